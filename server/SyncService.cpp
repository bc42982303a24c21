#include "server/SyncService.h"

#include "protocol/Sync.h"
#include "server/ServerDatabase.h"
#include "server/ServerLogging.h"

#include <QJsonArray>
#include <QSqlError>
#include <QUuid>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
using protocol::ErrorCode;
using protocol::Frame;
using protocol::protocolError;
using protocol::SyncChange;
namespace Field = protocol::SyncField;
namespace FrameType = protocol::FrameType;

QJsonObject indexDetail(qsizetype index)
{
    return {{Field::Index.toString(), qint64(index)}};
}
} // namespace

SyncService::SyncService(ServerDatabase &database, const SyncSettings &settings, SessionList sessions, QObject *parent)
    : QObject(parent), m_database(database), m_settings(settings), m_sessions(std::move(sessions))
{
}

SyncService::~SyncService()
{
    if (m_listenerConnection.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerConnection, false);
        listener.driver()->unsubscribeFromNotification(QString(SyncStore::kNotifyChannel));
        listener.close();
    }
    QSqlDatabase::removeDatabase(m_listenerConnection);
}

void SyncService::registerHandlers(RequestRouter &router)
{
    router.add(QString(FrameType::SyncPush), [this](const Frame &request, ClientSession &session, const Reply &reply) {
        push(request, session, reply);
    });
    router.addImmediate(QString(FrameType::SyncPull),
                        [this](const Frame &request, ClientSession &session) { return pull(request, session); });
    router.declareEvent(QString(FrameType::SyncChanged));
}

Status SyncService::start()
{
    // A connection of its own that never runs queries: notifications that arrive while a
    // connection is busy with a query wait inside libpq unseen until its socket stirs again.
    m_listenerConnection = u"lectern-sync-listener-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_database.connection(), m_listenerConnection);
    if (!listener.open())
        return Error{u"database_unreachable"_s,
                     tr("Could not open the connection that listens for sync notifications: %1")
                         .arg(listener.lastError().text().simplified())};
    if (!listener.driver()->subscribeToNotification(QString(SyncStore::kNotifyChannel)))
        return Error{u"database_unreachable"_s,
                     tr("Could not LISTEN for sync notifications: %1").arg(listener.driver()->lastError().text().simplified())};
    connect(listener.driver(), &QSqlDriver::notification, this, &SyncService::receiveNotification);
    return success();
}

SyncStore SyncService::store() const
{
    return SyncStore(m_database.connection(), m_settings.pushLockTimeout);
}

void SyncService::push(const Frame &request, ClientSession &session, const Reply &reply)
{
    const auto changes = request.arrayField(Field::Changes);
    if (!changes)
        return reply(changes.error());
    if (changes->size() > m_settings.maxChangesPerPush)
        return reply(protocolError(ErrorCode::TooManyChanges,
                                   tr("A push may carry at most %1 changes, this one has %2; send them in several pushes.")
                                       .arg(m_settings.maxChangesPerPush)
                                       .arg(changes->size())));
    QList<SyncChange> parsed;
    parsed.reserve(changes->size());
    for (qsizetype i = 0; i < changes->size(); ++i) {
        auto change = SyncChange::fromJson(changes->at(i), i);
        if (!change)
            return reply(change.error(), indexDetail(i));
        if (const qsizetype size = protocol::fieldsSize(change->fields); size > m_settings.maxFieldsBytes)
            return reply(protocolError(ErrorCode::ChangeTooLarge,
                                       tr("changes[%1].fields takes %2 bytes; the server takes at most %3 per change.")
                                           .arg(i)
                                           .arg(size)
                                           .arg(m_settings.maxFieldsBytes)),
                         indexDetail(i));
        parsed.append(std::move(change).value());
    }

    const qint64 userId = session.identity()->userId;
    const auto outcome = store().push(userId, parsed);
    if (!outcome)
        return reply(outcome.error());
    if (outcome->applied > 0) {
        qCDebug(lcServerSync) << "user" << userId << "stored" << outcome->applied << "of" << parsed.size()
                              << "changes, up to seq" << outcome->seq;
        announce(userId, outcome->seq, &session);
        emit changesApplied(outcome->applied);
    }
    reply(QJsonObject{{Field::Seq.toString(), outcome->seq}, {Field::Applied.toString(), outcome->applied}});
}

Result<QJsonObject> SyncService::pull(const Frame &request, ClientSession &session)
{
    const auto since = request.integerField(Field::Since);
    if (!since)
        return since.error();
    if (*since < 0)
        return protocolError(ErrorCode::BadField, tr("Field \"since\" must be 0 or a seq from an earlier reply."));
    qint64 limit = m_settings.defaultPullLimit;
    if (request.contains(Field::Limit)) {
        const auto asked = request.integerField(Field::Limit);
        if (!asked)
            return asked.error();
        if (*asked < 1)
            return protocolError(ErrorCode::BadField, tr("Field \"limit\" must be at least 1."));
        limit = std::min<qint64>(*asked, m_settings.maxPullLimit);
    }

    const auto page = store().pull(session.identity()->userId, *since, limit, m_settings.maxPullBytes);
    if (!page)
        return page.error();
    QJsonArray changes;
    for (const SyncChange &change : page->changes)
        changes.append(change.toJson());
    const qint64 next = page->changes.isEmpty() ? *since : page->changes.constLast().seq;
    return QJsonObject{{Field::Changes.toString(), changes},
                       {Field::More.toString(), page->more},
                       {Field::Next.toString(), next}};
}

void SyncService::announce(qint64 userId, qint64 seq, const ClientSession *except)
{
    const Frame event = Frame::makeRequest(QString(FrameType::SyncChanged), {}, {{Field::Seq.toString(), seq}});
    const QList<ClientSession *> sessions = m_sessions();
    for (ClientSession *other : sessions) {
        if (other != except && other->identity() && other->identity()->userId == userId)
            other->send(event);
    }
    if (except)
        m_announced.insert(userId, std::max(seq, m_announced.value(userId)));
}

void SyncService::receiveNotification(const QString &channel, QSqlDriver::NotificationSource,
                                      const QVariant &payload)
{
    if (channel != SyncStore::kNotifyChannel)
        return;
    const QStringList parts = payload.toString().split(u':');
    bool userOk = false;
    bool seqOk = false;
    const qint64 userId = parts.value(0).toLongLong(&userOk);
    const qint64 seq = parts.value(1).toLongLong(&seqOk);
    if (parts.size() != 2 || !userOk || !seqOk) {
        qCWarning(lcServerSync).noquote() << "ignored a sync notification with the payload" << payload.toString();
        return;
    }
    const auto announced = m_announced.constFind(userId);
    if (announced != m_announced.constEnd() && seq <= *announced) {
        // This instance's own push coming back: its sessions were told at commit.
        if (seq == *announced)
            m_announced.erase(announced);
        return;
    }
    announce(userId, seq, nullptr);
}

} // namespace lectern::server
