#include "server/AccountService.h"

#include "protocol/Auth.h"
#include "server/AccountRules.h"
#include "server/ServerDatabase.h"
#include "server/ServerLogging.h"
#include "server/SessionToken.h"

#include <QPointer>
#include <QSqlError>
#include <QUuid>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
using protocol::ErrorCode;
using protocol::protocolError;
namespace FrameType = protocol::FrameType;
namespace Field = protocol::AuthField;

QString wireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error internalError()
{
    return protocolError(ErrorCode::InternalError,
                         AccountService::tr("The server failed to finish the request; try again shortly."));
}
} // namespace

AccountService::AccountService(ServerDatabase &database, const AccountSettings &settings, const Clock &clock,
                               SessionList sessions, QObject *parent)
    : QObject(parent), m_database(database), m_settings(settings), m_clock(clock), m_sessions(std::move(sessions))
    , m_hasher(settings)
{
}

AccountService::~AccountService()
{
    if (m_listenerConnection.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerConnection, false);
        listener.driver()->unsubscribeFromNotification(QString(kSignOutChannel));
        listener.close();
    }
    QSqlDatabase::removeDatabase(m_listenerConnection);
}

void AccountService::registerHandlers(RequestRouter &router)
{
    auto bind = [this](auto method) {
        return [this, method](const protocol::Frame &request, ClientSession &session, const Reply &reply) {
            (this->*method)(request, session, reply);
        };
    };
    auto bindImmediate = [this](auto method) {
        return [this, method](const protocol::Frame &request, ClientSession &session) {
            return (this->*method)(request, session);
        };
    };
    router.add(QString(FrameType::AuthRegister), bind(&AccountService::registerAccount));
    router.add(QString(FrameType::AuthLogin), bind(&AccountService::login));
    router.addImmediate(QString(FrameType::AuthResume), bindImmediate(&AccountService::resume));
    router.addImmediate(QString(FrameType::AuthLogout), bindImmediate(&AccountService::logout));
    router.add(QString(FrameType::AuthChangePassword), bind(&AccountService::changePassword));
    router.add(QString(FrameType::AuthDeleteAccount), bind(&AccountService::deleteAccount));
    for (const QLatin1StringView type : {FrameType::AuthRegister, FrameType::AuthLogin, FrameType::AuthResume})
        router.allowUnauthenticated(QString(type));
}

Status AccountService::start()
{
    if (const Status prepared = m_hasher.prepare(); !prepared)
        return prepared;
    // A connection of its own, as for sync: a busy query connection would hold notifications back.
    m_listenerConnection = u"lectern-account-listener-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_database.connection(), m_listenerConnection);
    if (!listener.open())
        return Error{u"database_unreachable"_s,
                     tr("Could not open the connection that listens for account sign-outs: %1")
                         .arg(listener.lastError().text().simplified())};
    if (!listener.driver()->subscribeToNotification(QString(kSignOutChannel)))
        return Error{u"database_unreachable"_s,
                     tr("Could not LISTEN for account sign-outs: %1").arg(listener.driver()->lastError().text().simplified())};
    connect(listener.driver(), &QSqlDriver::notification, this, &AccountService::receiveNotification);
    return success();
}

void AccountService::receiveNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (channel != kSignOutChannel)
        return;
    bool ok = false;
    const qint64 userId = payload.toString().toLongLong(&ok);
    if (!ok || userId <= 0) {
        qCWarning(lcServer).noquote() << "ignored an account sign-out with the payload" << payload.toString();
        return;
    }
    qCInfo(lcServer) << "the operator signed user" << userId << "out";
    closeSessionsOf(userId, 0, nullptr, tr("Signed out by the server's operator."));
}

AccountStore AccountService::store() const
{
    return AccountStore(m_database.connection());
}

LoginThrottle AccountService::throttle() const
{
    return LoginThrottle(m_database.connection(), m_settings);
}

Error AccountService::invalidCredentials() const
{
    // One message for an unknown name and a wrong password, so neither reveals which names exist.
    return protocolError(ErrorCode::InvalidCredentials, tr("The username or password is wrong."));
}

QDateTime AccountService::expiryOf(const QDateTime &lastUsed, const QDateTime &absolute) const
{
    return std::min(lastUsed.addSecs(m_settings.tokenIdleLifetime.count()), absolute);
}

bool AccountService::refuseIfLocked(const QString &username, const ClientSession &session, const Reply &reply)
{
    const auto locked = throttle().lockedFor(username, session.peerAddress(), m_clock.now());
    if (!locked) {
        reply(locked.error());
        return true;
    }
    if (!*locked)
        return false;
    const qint64 seconds = (*locked)->count();
    reply(protocolError(ErrorCode::RateLimited,
                        tr("Too many failed sign-ins; try again in %n second(s).", nullptr, int(seconds))),
          QJsonObject{{Field::RetryAfter.toString(), seconds}});
    return true;
}

Result<QJsonObject> AccountService::signIn(qint64 userId, const QString &username, const QString &deviceName,
                                           ClientSession *session)
{
    const QDateTime now = m_clock.now();
    const QDateTime absolute = now.addSecs(m_settings.tokenAbsoluteLifetime.count());
    const SessionToken token = SessionToken::generate();
    const auto deviceId = store().addDevice(userId, deviceName.trimmed(), token.sha256, now, absolute);
    if (!deviceId)
        return deviceId.error();
    if (session)
        session->setIdentity(SessionIdentity{userId, username, *deviceId});
    return QJsonObject{{Field::UserId.toString(), userId},
                       {Field::Token.toString(), token.text},
                       {Field::ExpiresAt.toString(), wireTime(expiryOf(now, absolute))}};
}

void AccountService::registerAccount(const protocol::Frame &request, ClientSession &session, const Reply &reply)
{
    const auto username = request.stringField(Field::Username);
    const auto password = request.stringField(Field::Password);
    const auto deviceName = request.stringField(Field::DeviceName);
    for (const Status &field : {username ? success() : Status(username.error()),
                                password ? success() : Status(password.error()),
                                deviceName ? success() : Status(deviceName.error())}) {
        if (!field)
            return reply(field.error());
    }
    for (const Status &rule : {AccountRules::checkUsername(*username), AccountRules::checkPassword(*password, Field::Password),
                               AccountRules::checkDeviceName(*deviceName)}) {
        if (!rule)
            return reply(rule.error());
    }
    // Checked before hashing so a taken name costs no hash; the insert checks again.
    const auto existing = store().userByName(*username);
    if (!existing)
        return reply(existing.error());
    if (*existing)
        return reply(protocolError(ErrorCode::UsernameTaken, tr("The username \"%1\" is taken; choose another.").arg(*username)));

    QPointer<ClientSession> target(&session);
    m_hasher.hash(*password).then(this, [this, reply, target, name = *username, device = *deviceName](
                                             const Result<QByteArray> &hashed) {
        if (!hashed) {
            qCWarning(lcServer).noquote() << hashed.error().message;
            return reply(internalError());
        }
        const auto userId = store().createUser(name, *hashed, m_clock.now());
        if (!userId)
            return reply(userId.error());
        qCInfo(lcServer).noquote() << "registered user" << *userId;
        reply(signIn(*userId, name, device, target.data()));
    });
}

void AccountService::login(const protocol::Frame &request, ClientSession &session, const Reply &reply)
{
    const auto username = request.stringField(Field::Username);
    if (!username)
        return reply(username.error());
    const auto password = request.stringField(Field::Password);
    if (!password)
        return reply(password.error());
    const auto deviceName = request.stringField(Field::DeviceName);
    if (!deviceName)
        return reply(deviceName.error());
    if (const Status device = AccountRules::checkDeviceName(*deviceName); !device)
        return reply(device.error());
    if (refuseIfLocked(*username, session, reply))
        return;
    const auto user = store().userByName(*username);
    if (!user)
        return reply(user.error());

    // An unknown name is checked against the dummy hash: same work, same answer as a wrong password.
    const QByteArray storedHash = *user ? (*user)->passwordHash : QByteArray();
    QPointer<ClientSession> target(&session);
    m_hasher.verify(storedHash, *password)
        .then(this, [this, reply, target, found = *user, name = *username, device = *deviceName,
                     address = session.peerAddress()](const PasswordHasher::Verification &verification) {
            if (!verification.matches) {
                if (const Status recorded = throttle().recordFailure(name, address, m_clock.now()); !recorded)
                    return reply(recorded.error());
                return reply(invalidCredentials());
            }
            if (const Status cleared = throttle().recordSuccess(name); !cleared)
                return reply(cleared.error());
            // Told only to someone who knows the password, so it reveals nothing about the name.
            if (found->disabled)
                return reply(protocolError(ErrorCode::AccountDisabled,
                                           tr("This account has been disabled by the server's operator.")));
            if (!verification.upgradedHash.isEmpty()) {
                if (const Status upgraded = store().setPasswordHash(found->id, verification.upgradedHash); !upgraded)
                    return reply(upgraded.error());
                qCInfo(lcServer) << "rehashed the password of user" << found->id << "with the current parameters";
            }
            reply(signIn(found->id, found->username, device, target.data()));
        });
}

Result<QJsonObject> AccountService::resume(const protocol::Frame &request, ClientSession &session)
{
    const auto token = request.stringField(Field::Token);
    if (!token)
        return token.error();
    const Error invalid = protocolError(ErrorCode::InvalidToken,
                                        tr("This sign-in has expired or was revoked; sign in again with your password."));
    const auto digest = SessionToken::digestOf(*token);
    if (!digest)
        return invalid;
    const auto device = store().deviceByToken(*digest);
    if (!device)
        return device.error();
    const QDateTime now = m_clock.now();
    if (!*device || (*device)->revoked || now >= expiryOf((*device)->lastUsedAt, (*device)->expiresAt))
        return invalid;
    if (const Status touched = store().touchDevice((*device)->id, now); !touched)
        return touched.error();
    session.setIdentity(SessionIdentity{(*device)->userId, (*device)->username, (*device)->id});
    return QJsonObject{{Field::UserId.toString(), (*device)->userId},
                       {u"username"_s, (*device)->username},
                       {Field::ExpiresAt.toString(), wireTime(expiryOf(now, (*device)->expiresAt))}};
}

Result<QJsonObject> AccountService::logout(const protocol::Frame &request, ClientSession &session)
{
    bool allDevices = false;
    if (request.contains(Field::AllDevices)) {
        const auto all = request.boolField(Field::AllDevices);
        if (!all)
            return all.error();
        allDevices = *all;
    }
    const SessionIdentity identity = *session.identity();
    const QDateTime now = m_clock.now();
    const Status revoked = allDevices ? store().revokeDevicesOf(identity.userId, now)
                                      : store().revokeDevice(identity.deviceId, now);
    if (!revoked)
        return revoked.error();
    session.setIdentity(std::nullopt);
    closeSessionsOf(identity.userId, allDevices ? 0 : identity.deviceId, &session,
                    tr("Signed out; sign in again to continue."));
    return QJsonObject{};
}

void AccountService::changePassword(const protocol::Frame &request, ClientSession &session, const Reply &reply)
{
    const auto oldPassword = request.stringField(Field::OldPassword);
    if (!oldPassword)
        return reply(oldPassword.error());
    const auto newPassword = request.stringField(Field::NewPassword);
    if (!newPassword)
        return reply(newPassword.error());
    if (const Status rule = AccountRules::checkPassword(*newPassword, Field::NewPassword); !rule)
        return reply(rule.error());
    const SessionIdentity identity = *session.identity();
    if (refuseIfLocked(identity.username, session, reply))
        return;
    const auto user = store().userById(identity.userId);
    if (!user)
        return reply(user.error());
    if (!*user)
        return reply(invalidCredentials());

    QPointer<ClientSession> target(&session);
    m_hasher.verifyAndHash((*user)->passwordHash, *oldPassword, *newPassword)
        .then(this, [this, reply, target, identity, address = session.peerAddress()](
                        const Result<PasswordHasher::Verification> &verification) {
            if (!verification) {
                qCWarning(lcServer).noquote() << verification.error().message;
                return reply(internalError());
            }
            if (!verification->matches) {
                if (const Status recorded = throttle().recordFailure(identity.username, address, m_clock.now()); !recorded)
                    return reply(recorded.error());
                return reply(invalidCredentials());
            }
            if (const Status stored = store().setPasswordHash(identity.userId, verification->upgradedHash); !stored)
                return reply(stored.error());
            if (const Status revoked = store().revokeDevicesOf(identity.userId, m_clock.now(), identity.deviceId); !revoked)
                return reply(revoked.error());
            // This device keeps its token; connections of the same device stay signed in too.
            const QList<ClientSession *> sessions = m_sessions();
            for (ClientSession *other : sessions) {
                if (other != target.data() && other->identity() && other->identity()->userId == identity.userId
                    && other->identity()->deviceId != identity.deviceId) {
                    other->setIdentity(std::nullopt);
                    other->close(QWebSocketProtocol::CloseCodeNormal,
                                 tr("The password was changed on another device; sign in again."));
                }
            }
            qCInfo(lcServer) << "user" << identity.userId << "changed their password";
            reply(QJsonObject{});
        });
}

void AccountService::deleteAccount(const protocol::Frame &request, ClientSession &session, const Reply &reply)
{
    const auto password = request.stringField(Field::Password);
    if (!password)
        return reply(password.error());
    const SessionIdentity identity = *session.identity();
    if (refuseIfLocked(identity.username, session, reply))
        return;
    const auto user = store().userById(identity.userId);
    if (!user)
        return reply(user.error());
    if (!*user)
        return reply(invalidCredentials());

    QPointer<ClientSession> target(&session);
    m_hasher.verify((*user)->passwordHash, *password)
        .then(this, [this, reply, target, identity, address = session.peerAddress()](
                        const PasswordHasher::Verification &verification) {
            if (!verification.matches) {
                if (const Status recorded = throttle().recordFailure(identity.username, address, m_clock.now()); !recorded)
                    return reply(recorded.error());
                return reply(invalidCredentials());
            }
            if (const Status deleted = store().deleteUser(identity.userId); !deleted)
                return reply(deleted.error());
            if (const Status cleared = throttle().recordSuccess(identity.username); !cleared)
                return reply(cleared.error());
            if (target)
                target->setIdentity(std::nullopt);
            closeSessionsOf(identity.userId, 0, target.data(), tr("The account was deleted."));
            qCInfo(lcServer) << "deleted user" << identity.userId;
            reply(QJsonObject{});
        });
}

void AccountService::closeSessionsOf(qint64 userId, qint64 deviceId, const ClientSession *except, const QString &reason)
{
    const QList<ClientSession *> sessions = m_sessions();
    for (ClientSession *other : sessions) {
        if (other == except || !other->identity() || other->identity()->userId != userId)
            continue;
        if (deviceId != 0 && other->identity()->deviceId != deviceId)
            continue;
        other->setIdentity(std::nullopt);
        other->close(QWebSocketProtocol::CloseCodeNormal, reason);
    }
}

} // namespace lectern::server
