#include "server/ChatWriter.h"

#include "server/ServerLogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
} // namespace

// Lives on the writer thread and owns the connection there: a QSqlDatabase connection may only
// be used on the thread that opened it.
class ChatWriter::Worker : public QObject
{
public:
    explicit Worker(QString sourceConnection)
        : m_sourceConnection(std::move(sourceConnection))
        , m_connectionName(u"lectern-chat-writer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    Status open()
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_sourceConnection, m_connectionName);
        if (!db.open())
            return Error{u"database_unreachable"_s,
                         ChatWriter::tr("Could not open the connection that stores chat messages: %1")
                             .arg(db.lastError().text().simplified())};
        return success();
    }

    void close()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    QList<Outcome> store(const QList<ChatStore::Outgoing> &messages)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        ChatStore store(db);
        QList<Outcome> outcomes;
        outcomes.reserve(messages.size());
        const auto stored = store.sendAll(messages);
        if (stored) {
            for (const std::optional<ChatStore::Sent> &sent : *stored)
                outcomes.append(sent);
            return outcomes;
        }
        if (messages.size() > 1)
            qCWarning(lcServer).noquote() << "storing" << messages.size()
                                          << "chat messages together failed, storing them one by one:"
                                          << stored.error().message;
        reconnectIfLost(db);
        // Nothing of the batch was stored. One at a time, a message the database refuses (or a
        // resend racing in on another instance) only affects its own answer.
        for (const ChatStore::Outgoing &message : messages)
            outcomes.append(store.send(message.groupId, message.senderId, message.clientMsgId, message.text,
                                       message.quote, message.createdAt));
        return outcomes;
    }

private:
    // After PostgreSQL restarted or ended this session, the next messages should not fail too.
    static void reconnectIfLost(QSqlDatabase &db)
    {
        {
            QSqlQuery probe(db);
            if (db.isOpen() && probe.exec(u"SELECT 1"_s))
                return;
        }
        db.close();
        if (!db.open())
            qCWarning(lcServerDatabase).noquote() << "could not reconnect the chat writer:"
                                                  << db.lastError().text().simplified();
    }

    QString m_sourceConnection;
    QString m_connectionName;
};

ChatWriter::ChatWriter(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"chat writer"_s);
}

ChatWriter::~ChatWriter()
{
    if (!m_worker)
        return;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

Status ChatWriter::start(const QString &connectionName)
{
    m_worker = new Worker(connectionName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Status opened = success();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, &opened] { opened = worker->open(); }, Qt::BlockingQueuedConnection);
    return opened;
}

void ChatWriter::store(QList<ChatStore::Outgoing> messages, Stored done)
{
    Worker *worker = m_worker;
    // The destructor waits for this to finish, so `this` outlives it; the answer is posted to
    // this object and dropped if it is destroyed before it runs.
    QMetaObject::invokeMethod(worker, [this, worker, messages = std::move(messages), done = std::move(done)] {
        const QList<Outcome> outcomes = worker->store(messages);
        QMetaObject::invokeMethod(this, [done, outcomes] { done(outcomes); }, Qt::QueuedConnection);
    });
}

} // namespace lectern::server
