#pragma once

#include <QLabel>

namespace lectern {

class SyncClient;
struct SyncState;

// The sync state in the status bar: "Sync: up to date", "Sync: 3 changes waiting", and why sync
// stopped when it did.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(SyncClient *client, QWidget *parent = nullptr);

private:
    void display(const SyncState &state);
};

} // namespace lectern
