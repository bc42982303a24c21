#pragma once

#include "SyncServerHarness.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QString>
#include <QUrl>

#include <memory>

namespace lectern::test {

// The real lectern-server as a process on a database of the test's own, reached through a Relay so
// a test can take the network away, and accounts registered on it the way the app's Settings do.
class ChatServerFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    struct Account
    {
        QString username;
        qint64 userId = 0;
        QString token;
    };
    // Registers `username` over a connection of its own, closed again, so the account is offline.
    Account registerAccount(const QString &username);
    // The server's address through the relay, as a client would have it saved.
    QUrl serverUrl() const;
    // The server's own address, past the relay.
    QUrl directServerUrl() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Relay> m_relay;
    quint16 m_port = 0;
};

} // namespace lectern::test
