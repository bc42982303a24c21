#pragma once

#include "SyncFixture.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lectern::test {

// Signed-in clients in study groups. Events (chat.message, chat.typing, ...) that arrive while a
// request waits for its reply are kept per client and handed out by nextEvent().
class ChatFixture : public SyncFixture
{
protected:
    // Sends a request and returns its reply.
    QJsonObject ask(TestClient &client, const QString &type, const QJsonObject &fields = {});
    // The next event this client received or receives, which must be of `type` (another type fails
    // the test). Empty when none came in time. Events reach a client in the order their
    // notifications committed, so a later event of one's own proves nothing else came before it.
    QJsonObject nextEvent(TestClient &client, const QString &type);

    // Creates a group owned by `owner` and returns {id, invite_code}.
    QJsonObject createGroup(TestClient &owner, const QString &name);
    void joinGroup(TestClient &client, const QJsonObject &group);
    QJsonObject sendChat(TestClient &client, qint64 groupId, const QString &text, const QString &clientMsgId = newId());

private:
    QHash<TestClient *, QList<QJsonObject>> m_events;
};

} // namespace lectern::test
