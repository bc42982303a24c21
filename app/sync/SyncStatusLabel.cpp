#include "sync/SyncStatusLabel.h"

#include "sync/SyncClient.h"

namespace lectern {

SyncStatusLabel::SyncStatusLabel(SyncClient *client, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setAccessibleName(tr("Sync state"));
    connect(client, &SyncClient::stateChanged, this, &SyncStatusLabel::display);
    display(client->state());
}

void SyncStatusLabel::display(const SyncState &state)
{
    setText(state.text());
    setToolTip(state.kind == SyncState::Kind::Offline
                   ? tr("Sign in under Settings to keep your library the same on all your devices.")
                   : state.text());
}

} // namespace lectern
