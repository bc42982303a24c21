#include "groups/ShareMomentDialog.h"

#include "chat/GroupChatClient.h"
#include "chat/GroupListModel.h"
#include "groups/ChatMessageDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

ShareMomentDialog::ShareMomentDialog(GroupChatClient *client, protocol::LectureQuote quote, const QString &lectureTitle,
                                     qint64 preferredGroupId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_quote(std::move(quote))
    , m_lectureTitle(lectureTitle)
    , m_groups(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(u"shareMomentDialog"_s);
    setWindowTitle(tr("Share Moment to Group"));
    m_groups->setObjectName(u"shareGroupCombo"_s);
    m_groups->setAccessibleName(tr("Group"));
    m_groups->setModel(client->groups());
    if (const QModelIndex preferred = client->groups()->indexOf(preferredGroupId); preferred.isValid())
        m_groups->setCurrentIndex(preferred.row());
    m_comment->setObjectName(u"shareCommentEdit"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Optional, e.g. “Can someone explain this?”"));
    m_comment->setMaxLength(int(protocol::kMaxMessageLength));

    auto *moment = new QLabel(tr("<b>%1</b> at %2<br><i>“%3”</i>")
                                  .arg(lectureTitle.toHtmlEscaped(), formatMoment(m_quote.timeMs), m_quote.text.toHtmlEscaped()),
                              this);
    moment->setObjectName(u"shareMomentPreview"_s);
    moment->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *share = buttons->button(QDialogButtonBox::Ok);
    share->setText(tr("Share"));
    share->setObjectName(u"shareMomentButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareMomentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShareMomentDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(moment);
    form->addRow(tr("&Group:"), m_groups);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(buttons);

    const bool hasGroups = client->groups()->rowCount() > 0;
    share->setEnabled(hasGroups && client->state() == GroupChatClient::State::Online);
    if (!hasGroups)
        form->insertRow(1, new QLabel(tr("You are in no study group yet: create or join one on the Groups page."), this));
}

void ShareMomentDialog::accept()
{
    const qint64 groupId = m_groups->currentData(GroupListModel::IdRole).toLongLong();
    if (!groupId)
        return;
    QString text = m_comment->text().trimmed();
    if (text.isEmpty())
        text = tr("A moment from “%1”").arg(m_lectureTitle);
    m_client->sendMessage(groupId, text, m_quote);
    emit shared(groupId);
    QDialog::accept();
}

} // namespace lectern
