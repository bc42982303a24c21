#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "server/ClientSession.h"
#include "server/GroupStore.h"
#include "server/RequestRouter.h"

#include <QObject>

namespace lectern::server {

class ServerDatabase;

// Serves the group.* requests (protocol/Group.h) for signed-in sessions. Every request naming a
// group is answered not_found unless the caller is a member of it.
class GroupService : public QObject
{
    Q_OBJECT

public:
    GroupService(ServerDatabase &database, const Clock &clock, QObject *parent = nullptr);

    void registerHandlers(RequestRouter &router);

    static QJsonObject groupJson(const GroupStore::Group &group);
    // The not_found answer for a group the caller cannot see, worded the same whether it exists.
    static Error groupNotFound(qint64 groupId);

private:
    Result<QJsonObject> create(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> join(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> leave(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> removeMember(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> members(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> list(const protocol::Frame &request, ClientSession &session);

    GroupStore store() const;

    ServerDatabase &m_database;
    const Clock &m_clock;
};

} // namespace lectern::server
