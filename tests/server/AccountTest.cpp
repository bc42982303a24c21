#include "SyncFixture.h"

#include "server/ClientSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto kAccountPassword = "correct horse battery";

QJsonObject credentials(const QString &username, const QString &password, const QString &device = u"Laptop"_s)
{
    return {{u"username"_s, username}, {u"password"_s, password}, {u"device_name"_s, device}};
}

class AccountTest : public ServerFixture
{
protected:
    server::ServerConfig accountConfig() const
    {
        server::ServerConfig cfg = config();
        // libsodium's minimum cost keeps the suite fast; production parameters are the defaults.
        cfg.accounts.hashOpsLimit = 1;
        cfg.accounts.hashMemLimit = 64 * 1024;
        return cfg;
    }
    void start() { startServer(accountConfig()); }

    std::unique_ptr<TestClient> client() { return std::make_unique<TestClient>(webSocketUrl()); }

    // Registers and returns the ok reply, failing the test otherwise.
    QJsonObject registerUser(TestClient &client, const QString &username, const QString &password = QString::fromLatin1(kAccountPassword),
                             const QString &device = u"Laptop"_s)
    {
        const QJsonObject reply = client.request(frame(u"auth.register"_s, credentials(username, password, device)));
        EXPECT_TRUE(isOk(reply));
        return reply;
    }
    QJsonObject login(TestClient &client, const QString &username, const QString &password,
                      const QString &device = u"Phone"_s)
    {
        return client.request(frame(u"auth.login"_s, credentials(username, password, device)));
    }
    QJsonObject resume(TestClient &client, const QString &token)
    {
        return client.request(frame(u"auth.resume"_s, {{u"token"_s, token}}));
    }
    qint64 count(const QString &sql)
    {
        const auto value = m_database->scalar(sql);
        EXPECT_TRUE(value.ok()) << (value.ok() ? "" : value.error().message.toStdString());
        return value.ok() ? value->toLongLong() : -1;
    }
};
} // namespace

TEST_F(AccountTest, RegisterResumeLogoutAndLoginAgain)
{
    start();
    auto first = client();
    const QJsonObject registered = registerUser(*first, u"ada.l"_s);
    const QString token = registered.value(u"token"_s).toString();
    EXPECT_EQ(token.size(), 43); // 256 bits, unpadded base64url
    EXPECT_GT(registered.value(u"user_id"_s).toInteger(), 0);
    EXPECT_EQ(registered.value(u"expires_at"_s).toString(), m_clock.now().addDays(30).toString(Qt::ISODateWithMs));

    // Signed in by registering: requests that need an account are served.
    auto second = client();
    const QJsonObject resumed = resume(*second, token);
    ASSERT_TRUE(isOk(resumed));
    EXPECT_EQ(resumed.value(u"username"_s).toString(), u"ada.l"_s);
    EXPECT_EQ(resumed.value(u"user_id"_s), registered.value(u"user_id"_s));

    EXPECT_TRUE(isOk(second->request(frame(u"auth.logout"_s))));
    // Signed out: the connection stays, but only sign-in requests are accepted, and the token is dead.
    EXPECT_TRUE(isError(second->request(frame(u"auth.logout"_s)), u"unauthenticated"_s));
    EXPECT_TRUE(isError(resume(*second, token), u"invalid_token"_s));

    const QJsonObject again = login(*second, u"ADA.L"_s, QString::fromLatin1(kAccountPassword));
    ASSERT_TRUE(isOk(again));
    EXPECT_NE(again.value(u"token"_s).toString(), token);
    EXPECT_TRUE(isOk(resume(*client(), again.value(u"token"_s).toString())));
}

TEST_F(AccountTest, SignInRequestsOnlyUntilAuthenticated)
{
    start();
    auto anonymous = client();
    EXPECT_TRUE(isOk(anonymous->request(frame(u"ping"_s))));
    EXPECT_TRUE(isError(anonymous->request(frame(u"auth.logout"_s)), u"unauthenticated"_s));
    EXPECT_TRUE(isError(anonymous->request(frame(u"auth.change_password"_s, {{u"old_password"_s, u"x"_s}})),
                        u"unauthenticated"_s));
    EXPECT_TRUE(isError(anonymous->request(frame(u"auth.delete_account"_s, {{u"password"_s, u"x"_s}})),
                        u"unauthenticated"_s));
    EXPECT_TRUE(isError(resume(*anonymous, u"not-a-token"_s), u"invalid_token"_s));
    EXPECT_TRUE(isError(resume(*anonymous, QString(43, u'A')), u"invalid_token"_s));
}

TEST_F(AccountTest, LogoutOfAllDevicesRevokesEveryTokenAndClosesOtherConnections)
{
    start();
    auto laptop = client();
    const QString laptopToken = registerUser(*laptop, u"grace"_s).value(u"token"_s).toString();
    auto phone = client();
    const QString phoneToken = login(*phone, u"grace"_s, QString::fromLatin1(kAccountPassword)).value(u"token"_s).toString();
    ASSERT_FALSE(phoneToken.isEmpty());

    // This device only: the phone's token keeps working.
    auto tablet = client();
    const QString tabletToken = login(*tablet, u"grace"_s, QString::fromLatin1(kAccountPassword)).value(u"token"_s).toString();
    EXPECT_TRUE(isOk(tablet->request(frame(u"auth.logout"_s, {{u"all_devices"_s, false}}))));
    EXPECT_TRUE(isError(resume(*client(), tabletToken), u"invalid_token"_s));
    EXPECT_TRUE(phone->isConnected());

    EXPECT_TRUE(isOk(laptop->request(frame(u"auth.logout"_s, {{u"all_devices"_s, true}}))));
    EXPECT_TRUE(phone->waitForDisconnect());
    EXPECT_TRUE(isError(resume(*client(), phoneToken), u"invalid_token"_s));
    EXPECT_TRUE(isError(resume(*client(), laptopToken), u"invalid_token"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM device_tokens WHERE revoked_at IS NULL"_s), 0);
}

TEST_F(AccountTest, ChangingThePasswordSignsOutOtherDevices)
{
    start();
    auto laptop = client();
    const QString laptopToken = registerUser(*laptop, u"linus"_s).value(u"token"_s).toString();
    auto phone = client();
    const QString phoneToken = login(*phone, u"linus"_s, QString::fromLatin1(kAccountPassword)).value(u"token"_s).toString();

    EXPECT_TRUE(isError(laptop->request(frame(u"auth.change_password"_s, {{u"old_password"_s, u"wrong password"_s},
                                                                          {u"new_password"_s, u"new password 1"_s}})),
                        u"invalid_credentials"_s));
    EXPECT_TRUE(isError(laptop->request(frame(u"auth.change_password"_s, {{u"old_password"_s, QString::fromLatin1(kAccountPassword)},
                                                                          {u"new_password"_s, u"short"_s}})),
                        u"weak_password"_s));
    EXPECT_TRUE(isOk(laptop->request(frame(u"auth.change_password"_s, {{u"old_password"_s, QString::fromLatin1(kAccountPassword)},
                                                                       {u"new_password"_s, u"new password 1"_s}}))));
    EXPECT_TRUE(phone->waitForDisconnect());
    EXPECT_TRUE(isError(resume(*client(), phoneToken), u"invalid_token"_s));
    EXPECT_TRUE(isOk(resume(*client(), laptopToken)));
    EXPECT_TRUE(isError(login(*client(), u"linus"_s, QString::fromLatin1(kAccountPassword)), u"invalid_credentials"_s));
    EXPECT_TRUE(isOk(login(*client(), u"linus"_s, u"new password 1"_s)));
}

TEST_F(AccountTest, DeletingTheAccountRemovesItsRowsAndClosesItsConnections)
{
    start();
    auto laptop = client();
    registerUser(*laptop, u"margaret"_s);
    auto phone = client();
    ASSERT_TRUE(isOk(login(*phone, u"margaret"_s, QString::fromLatin1(kAccountPassword))));
    auto other = client();
    registerUser(*other, u"someone-else"_s);

    EXPECT_TRUE(isError(laptop->request(frame(u"auth.delete_account"_s, {{u"password"_s, u"not my password"_s}})),
                        u"invalid_credentials"_s));
    EXPECT_TRUE(isOk(laptop->request(frame(u"auth.delete_account"_s, {{u"password"_s, QString::fromLatin1(kAccountPassword)}}))));
    EXPECT_TRUE(phone->waitForDisconnect());
    EXPECT_TRUE(laptop->isConnected());
    EXPECT_TRUE(isError(laptop->request(frame(u"auth.logout"_s)), u"unauthenticated"_s));

    EXPECT_EQ(count(u"SELECT count(*) FROM users WHERE lower(username) = 'margaret'"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM device_tokens d LEFT JOIN users u ON u.id = d.user_id "
                    u"WHERE u.username IS NULL"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM device_tokens"_s), 1); // someone-else's
    EXPECT_TRUE(isError(login(*client(), u"margaret"_s, QString::fromLatin1(kAccountPassword)), u"invalid_credentials"_s));
    // The name is free again.
    registerUser(*client(), u"margaret"_s);
}

TEST_F(AccountTest, TokensExpireWhenIdleAndAfterTheirAbsoluteLifetime)
{
    start();
    const QString token = registerUser(*client(), u"idle-user"_s).value(u"token"_s).toString();
    m_clock.advanceDays(29);
    EXPECT_TRUE(isOk(resume(*client(), token))); // counts as use
    m_clock.advanceDays(29);
    EXPECT_TRUE(isOk(resume(*client(), token)));
    m_clock.advanceDays(30);
    EXPECT_TRUE(isError(resume(*client(), token), u"invalid_token"_s));

    const QString busy = registerUser(*client(), u"busy-user"_s).value(u"token"_s).toString();
    for (int day = 20; day < 180; day += 20) {
        m_clock.advanceDays(20);
        const QJsonObject resumed = resume(*client(), busy);
        ASSERT_TRUE(isOk(resumed)) << "day " << day;
    }
    // Used every 20 days, yet 180 days after sign-in the token ends; expires_at said so.
    m_clock.advanceDays(19);
    EXPECT_TRUE(isOk(resume(*client(), busy)));
    m_clock.advanceDays(1);
    EXPECT_TRUE(isError(resume(*client(), busy), u"invalid_token"_s));
}

TEST_F(AccountTest, RepeatedFailuresLockTheAccountAndSayWhenToRetry)
{
    start();
    registerUser(*client(), u"target"_s);
    auto attacker = client();
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(isError(login(*attacker, u"target"_s, u"guess number %1"_s.arg(i)), u"invalid_credentials"_s));
    // Locked: even the right password is refused until the lockout ends.
    QJsonObject locked = login(*attacker, u"TARGET"_s, QString::fromLatin1(kAccountPassword));
    ASSERT_TRUE(isError(locked, u"rate_limited"_s));
    EXPECT_EQ(locked.value(u"retry_after"_s).toInteger(), 60);
    m_clock.advanceMs(30'000);
    EXPECT_EQ(login(*attacker, u"target"_s, QString::fromLatin1(kAccountPassword)).value(u"retry_after"_s).toInteger(), 30);

    // The lock is in the database: a restarted server still enforces it.
    stopServer();
    start();
    attacker = client();
    EXPECT_TRUE(isError(login(*attacker, u"target"_s, QString::fromLatin1(kAccountPassword)), u"rate_limited"_s));

    m_clock.advanceMs(30'000);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(isError(login(*attacker, u"target"_s, u"more guesses %1"_s.arg(i)), u"invalid_credentials"_s));
    // The second lockout is twice as long.
    EXPECT_EQ(login(*attacker, u"target"_s, QString::fromLatin1(kAccountPassword)).value(u"retry_after"_s).toInteger(), 120);
    m_clock.advanceMs(120'000);
    EXPECT_TRUE(isOk(login(*attacker, u"target"_s, QString::fromLatin1(kAccountPassword))));
}

TEST_F(AccountTest, ManyFailuresFromOneAddressLockThatAddress)
{
    start();
    registerUser(*client(), u"innocent"_s);
    auto sprayer = client();
    // Four guesses at each of five names: no name reaches its own limit, the address does.
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(isError(login(*sprayer, u"name%1"_s.arg(i % 5), u"password guess"_s), u"invalid_credentials"_s));
    const QJsonObject locked = login(*sprayer, u"innocent"_s, QString::fromLatin1(kAccountPassword));
    ASSERT_TRUE(isError(locked, u"rate_limited"_s));
    EXPECT_GT(locked.value(u"retry_after"_s).toInteger(), 0);
}

TEST_F(AccountTest, UnknownUserAndWrongPasswordLookTheSame)
{
    start();
    registerUser(*client(), u"known"_s);
    auto probe = client();
    const QJsonObject wrongPassword = login(*probe, u"known"_s, u"wrong password"_s);
    const QJsonObject unknownUser = login(*probe, u"unknown"_s, u"wrong password"_s);
    ASSERT_TRUE(isError(wrongPassword, u"invalid_credentials"_s));
    ASSERT_TRUE(isError(unknownUser, u"invalid_credentials"_s));
    EXPECT_EQ(wrongPassword.value(u"message"_s), unknownUser.value(u"message"_s));
    EXPECT_EQ(wrongPassword.keys(), unknownUser.keys());
}

TEST_F(AccountTest, OnlyHashesOfTokensAndPasswordsAreStored)
{
    start();
    const QString token = registerUser(*client(), u"private"_s).value(u"token"_s).toString();
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    ASSERT_EQ(raw.size(), 32);
    const QString sha256Hex = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(count(u"SELECT count(*) FROM device_tokens WHERE encode(token_sha256, 'hex') = '%1'"_s.arg(sha256Hex)), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM device_tokens WHERE position(decode('%1', 'hex') IN token_sha256) > 0 "
                    u"OR device_name LIKE '%%2%'"_s.arg(QString::fromLatin1(raw.toHex()), token)),
              0);
    EXPECT_EQ(count(u"SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%' "
                    u"AND position('%1' IN password_hash) = 0"_s.arg(QString::fromLatin1(kAccountPassword))),
              1);
}

TEST_F(AccountTest, PasswordLengthIsCountedInCharacters)
{
    start();
    auto c = client();
    EXPECT_TRUE(isError(c->request(frame(u"auth.register"_s, credentials(u"shorty"_s, u"1234567"_s))), u"weak_password"_s));
    // Seven emoji are fourteen UTF-16 units but seven characters: too short. Eight are enough.
    const QString emoji = u"\U0001F511"_s;
    EXPECT_TRUE(isError(c->request(frame(u"auth.register"_s, credentials(u"emoji7"_s, emoji.repeated(7)))),
                        u"weak_password"_s));
    EXPECT_TRUE(isOk(c->request(frame(u"auth.register"_s, credentials(u"emoji8"_s, emoji.repeated(8))))));
    EXPECT_TRUE(isOk(login(*client(), u"emoji8"_s, emoji.repeated(8))));
    EXPECT_TRUE(isOk(client()->request(frame(u"auth.register"_s, credentials(u"longest"_s, u"p"_s.repeated(128))))));
    EXPECT_TRUE(isError(client()->request(frame(u"auth.register"_s, credentials(u"toolong"_s, u"p"_s.repeated(129)))),
                        u"bad_field"_s));
}

TEST_F(AccountTest, UsernamesAreCheckedAndUniqueRegardlessOfCase)
{
    start();
    registerUser(*client(), u"Alice_1"_s);
    const QJsonObject taken = client()->request(frame(u"auth.register"_s, credentials(u"alice_1"_s, u"another password"_s)));
    EXPECT_TRUE(isError(taken, u"username_taken"_s));
    for (const QString &bad : {u"ab"_s, u"has space"_s, u"x"_s.repeated(33), u"émile"_s, QString()})
        EXPECT_TRUE(isError(client()->request(frame(u"auth.register"_s, credentials(bad, u"good password"_s))), u"bad_field"_s))
            << bad.toStdString();
    EXPECT_TRUE(isError(client()->request(frame(u"auth.register"_s, credentials(u"nodevice"_s, u"good password"_s, u"  "_s))),
                        u"bad_field"_s));
    EXPECT_TRUE(isError(client()->request(frame(u"auth.register"_s, {{u"username"_s, u"nofields"_s}})), u"bad_field"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM users"_s), 1);
}

TEST_F(AccountTest, LoginIsUpgradedToTheConfiguredHashCost)
{
    start();
    registerUser(*client(), u"upgrade"_s);
    const auto before = m_database->scalar(u"SELECT password_hash FROM users"_s);
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->toString().contains(u"$m=64,t=1,"_s)) << before->toString().toStdString();
    stopServer();

    server::ServerConfig stronger = accountConfig();
    stronger.accounts.hashMemLimit = 128 * 1024;
    stronger.accounts.hashOpsLimit = 2;
    startServer(stronger);
    EXPECT_TRUE(isOk(login(*client(), u"upgrade"_s, QString::fromLatin1(kAccountPassword))));
    const auto after = m_database->scalar(u"SELECT password_hash FROM users"_s);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->toString().contains(u"$m=128,t=2,"_s)) << after->toString().toStdString();
    EXPECT_TRUE(isOk(login(*client(), u"upgrade"_s, QString::fromLatin1(kAccountPassword))));
}

TEST_F(AccountTest, AHashInProgressDoesNotHoldUpOtherClients)
{
    start();
    registerUser(*client(), u"patient"_s);

    // Hold the hashing worker until another client's ping has been answered.
    QSemaphore gate;
    std::atomic<QThread *> hashingThread = nullptr;
    m_server->accounts().hasher().setWorkerHookForTesting([&] {
        hashingThread = QThread::currentThread();
        gate.tryAcquire(1, 10'000);
    });
    auto slow = client();
    slow->socket().sendTextMessage(dump(frame(u"auth.login"_s, credentials(u"patient"_s, QString::fromLatin1(kAccountPassword)))));
    // The login is on the worker before the ping is sent.
    QDeadlineTimer deadline(10'000);
    while (!hashingThread.load() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    auto other = client();
    EXPECT_TRUE(isOk(other->request(frame(u"ping"_s))));
    gate.release();
    EXPECT_TRUE(isOk(slow->nextMessage()));
    EXPECT_NE(hashingThread.load(), QThread::currentThread());
    EXPECT_NE(hashingThread.load(), nullptr);
}

TEST_F(AccountTest, BehindAProxyFailuresAreCountedPerForwardedClient)
{
    start();
    registerUser(*client(), u"proxied"_s);
    auto viaProxy = [this](const QByteArray &forwardedFor) {
        QNetworkRequest request(webSocketUrl());
        request.setRawHeader("X-Forwarded-For", forwardedFor);
        return std::make_unique<TestClient>(request);
    };
    // The first entry is the client's own claim; the last is what the proxy saw.
    auto sprayer = viaProxy("198.51.100.7, 203.0.113.5");
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(isError(login(*sprayer, u"name%1"_s.arg(i % 5), u"password guess"_s), u"invalid_credentials"_s));
    EXPECT_TRUE(isError(login(*sprayer, u"proxied"_s, QString::fromLatin1(kAccountPassword)), u"rate_limited"_s));
    EXPECT_TRUE(isError(login(*viaProxy("203.0.113.5"), u"proxied"_s, QString::fromLatin1(kAccountPassword)), u"rate_limited"_s));
    // Another client behind the same proxy is not caught by the sprayer's lockout.
    EXPECT_TRUE(isOk(login(*viaProxy("203.0.113.5, 203.0.113.6"), u"proxied"_s, QString::fromLatin1(kAccountPassword))));
    EXPECT_EQ(count(u"SELECT count(*) FROM login_throttle WHERE scope = 'address' AND key = '203.0.113.5'"_s), 1);
}
