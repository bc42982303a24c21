// The device sync section of Settings and the status bar's sync state, offscreen, against the
// real lectern-server (a process on the PostgreSQL cluster scripts/test starts).

#include "SyncServerHarness.h"
#include "TestDatabase.h"

#include "sync/AppSync.h"
#include "sync/SyncAccountSection.h"
#include "sync/SyncClient.h"
#include "sync/SyncStatusLabel.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace lectern::test {
namespace {

using namespace Qt::Literals::StringLiterals;
constexpr int kWaitMs = 30'000;

class SyncAccountSectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        app_sync::forgetAccount();
        auto database = TestDatabase::create();
        ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
        m_database = std::move(database).value();
        m_server = std::make_unique<ServerProcess>(m_database->url());
        m_port = m_server->start();
        ASSERT_NE(m_port, 0) << m_server->log().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        m_client = std::make_unique<SyncClient>(
            SyncClient::Options{m_dir.path(), u"Laptop"_s, std::make_shared<MemorySyncTokenStore>(), nullptr, {}});
        m_section = std::make_unique<SyncAccountSection>(m_client.get());
        m_statusLabel = std::make_unique<SyncStatusLabel>(m_client.get());
        m_section->show();
    }

    void TearDown() override
    {
        m_section.reset();
        m_statusLabel.reset();
        m_client.reset();
        if (m_server)
            m_server->stop();
        app_sync::forgetAccount();
    }

    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_section->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    void fill(const QString &server, const QString &username, const QString &password)
    {
        find<QLineEdit>(u"syncServerEdit"_s)->setText(server);
        find<QLineEdit>(u"syncUsernameEdit"_s)->setText(username);
        find<QLineEdit>(u"syncPasswordEdit"_s)->setText(password);
    }

    QString serverUrl() const { return u"ws://127.0.0.1:%1/"_s.arg(m_port); }
    QString status() const { return m_section->findChild<QLabel *>(u"syncAccountStatus"_s)->text(); }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<SyncAccountSection> m_section;
    std::unique_ptr<SyncStatusLabel> m_statusLabel;
};

TEST_F(SyncAccountSectionTest, CreatingAnAccountSignsInAndTheStatusBarSaysSynced)
{
    EXPECT_EQ(m_statusLabel->text(), SyncState::offline().text());
    EXPECT_FALSE(find<QPushButton>(u"syncSignOutButton"_s)->isEnabled());

    fill(serverUrl(), u"ada"_s, u"correct horse battery"_s);
    QTest::mouseClick(find<QPushButton>(u"syncRegisterButton"_s), Qt::LeftButton);
    EXPECT_TRUE(find<QLineEdit>(u"syncPasswordEdit"_s)->text().isEmpty()) << "the password is not kept in the form";

    const QString synced = SyncState::of(SyncState::Kind::Synced).text();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_statusLabel->text() == synced; }, kWaitMs)) << m_statusLabel->text().toStdString();
    EXPECT_EQ(status(), synced);
    ASSERT_TRUE(QTest::qWaitFor([&] { return find<QPushButton>(u"syncSignOutButton"_s)->isEnabled(); }, kWaitMs));
    EXPECT_FALSE(find<QPushButton>(u"syncSignInButton"_s)->isEnabled());
    EXPECT_EQ(app_sync::savedServer(), QUrl(serverUrl()));
    EXPECT_EQ(app_sync::savedUsername(), u"ada"_s);

    QTest::mouseClick(find<QPushButton>(u"syncSignOutButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_statusLabel->text() == SyncState::offline().text(); }, kWaitMs));
    EXPECT_TRUE(find<QPushButton>(u"syncSignInButton"_s)->isEnabled());
    EXPECT_TRUE(app_sync::savedServer().isEmpty());
}

TEST_F(SyncAccountSectionTest, AWrongPasswordIsShownWithTheServersReason)
{
    fill(serverUrl(), u"nobody"_s, u"not the password"_s);
    QTest::mouseClick(find<QPushButton>(u"syncSignInButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status().contains(u"username or password is wrong"_s); }, kWaitMs))
        << status().toStdString();
    EXPECT_EQ(m_client->state().kind, SyncState::Kind::Error);
    EXPECT_TRUE(find<QPushButton>(u"syncSignInButton"_s)->isEnabled());
    EXPECT_TRUE(app_sync::savedServer().isEmpty());
}

TEST_F(SyncAccountSectionTest, AnAddressThatIsNotAWebSocketServerIsAskedForAgain)
{
    fill(u"http://127.0.0.1:%1/"_s.arg(m_port), u"ada"_s, u"correct horse battery"_s);
    QTest::mouseClick(find<QPushButton>(u"syncSignInButton"_s), Qt::LeftButton);
    EXPECT_TRUE(status().contains(u"wss://"_s)) << status().toStdString();
    EXPECT_EQ(m_client->state(), SyncState::offline());
    EXPECT_EQ(find<QLineEdit>(u"syncPasswordEdit"_s)->text(), u"correct horse battery"_s) << "nothing was sent";
}

} // namespace
} // namespace lectern::test
