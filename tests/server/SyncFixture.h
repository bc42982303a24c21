#pragma once

#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace lectern::test {

// Runs the server with accounts set up for speed and gives tests signed-in sync clients.
class SyncFixture : public ServerFixture
{
protected:
    server::ServerConfig syncConfig() const;
    void start() { startServer(syncConfig()); }

    struct Device
    {
        std::unique_ptr<TestClient> client;
        QString token;
        qint64 userId = 0;
    };
    // Registers `username` and returns its first device, signed in.
    Device registerUser(const QString &username);
    // Another connection of the account that `token` belongs to.
    std::unique_ptr<TestClient> resume(const QString &token);
    std::unique_ptr<TestClient> anonymous() { return std::make_unique<TestClient>(webSocketUrl()); }

    // Sends a request and returns its reply, passing over the sync.changed events that come
    // before it.
    QJsonObject call(TestClient &client, const QJsonObject &request);
    QJsonObject push(TestClient &client, const QJsonArray &changes);
    QJsonObject pull(TestClient &client, qint64 since, qint64 limit = 0);
    // Every change after `since`, following `more` through all pages.
    QJsonArray pullAll(TestClient &client, qint64 since = 0);
    qint64 scalar(const QString &sql);
};

// A frame with a fresh rid.
QJsonObject frame(const QString &type, QJsonObject fields = {});
// A change as a client pushes it. `wallMs` and `node` make its hlc.
QJsonObject change(const QString &entity, const QString &id, qint64 wallMs, const QString &node,
                   const QJsonObject &fields, bool deleted = false);
QString hlc(qint64 wallMs, const QString &node, int counter = 0);
QString newId();

::testing::AssertionResult isOk(const QJsonObject &reply);
::testing::AssertionResult isError(const QJsonObject &reply, const QString &code);
QString dump(const QJsonObject &json);

} // namespace lectern::test
