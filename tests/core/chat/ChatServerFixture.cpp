#include "ChatServerFixture.h"

#include "ServerFixture.h"
#include "SyncFixture.h"

namespace lectern::test {

using namespace Qt::Literals::StringLiterals;

void ChatServerFixture::SetUp()
{
    auto database = TestDatabase::create();
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    m_database = std::move(database).value();
    m_server = std::make_unique<ServerProcess>(m_database->url());
    m_port = m_server->start();
    ASSERT_NE(m_port, 0) << m_server->log().toStdString();
    m_relay = std::make_unique<Relay>();
    m_relay->setUpstreamPort(m_port);
}

void ChatServerFixture::TearDown()
{
    m_relay.reset();
    if (m_server)
        m_server->stop();
}

QUrl ChatServerFixture::serverUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_relay->port()));
}

QUrl ChatServerFixture::directServerUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_port));
}

ChatServerFixture::Account ChatServerFixture::registerAccount(const QString &username)
{
    TestClient client(directServerUrl());
    const QJsonObject reply = client.request(frame(u"auth.register"_s, {{u"username"_s, username},
                                                                      {u"password"_s, u"correct horse battery"_s},
                                                                      {u"device_name"_s, u"Laptop"_s}}));
    EXPECT_TRUE(isOk(reply)) << dump(reply).toStdString();
    return Account{username, reply.value(u"user_id"_s).toInteger(), reply.value(u"token"_s).toString()};
}

} // namespace lectern::test
