#pragma once

#include "base/Result.h"
#include "server/ChatStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <optional>

namespace lectern::server {

// Stores chat messages on a database connection and thread of its own, so that the server's
// event loop goes on reading requests and delivering messages while a commit waits for the disk.
// Batches are stored one after the other in the order given; the answers come back on the
// thread that asked.
class ChatWriter : public QObject
{
    Q_OBJECT

public:
    using Outcome = Result<std::optional<ChatStore::Sent>>;
    // Called on this object's thread with one outcome per message, in order.
    using Stored = std::function<void(const QList<Outcome> &outcomes)>;

    explicit ChatWriter(QObject *parent = nullptr);
    // Waits for the batch being stored, if any; answers not yet handed over are dropped.
    ~ChatWriter() override;

    // Starts the thread and opens its connection with the settings of `connectionName`, an open
    // connection of this thread.
    Status start(const QString &connectionName);
    // Stores `messages` in one transaction (ChatStore::sendAll), or one by one when that fails,
    // and calls `done` once committed.
    void store(QList<ChatStore::Outgoing> messages, Stored done);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace lectern::server
