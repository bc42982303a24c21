#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace lectern::server {

// Counts each user's signed-in connections of this instance in online_connections, and when a
// user's first connection on any instance signs in, or their last one goes, notifies the chat
// channel with "presence:<user id>:<1|0>" so every instance can tell the user's group companions.
class PresenceTracker
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::PresenceTracker)

public:
    PresenceTracker(QSqlDatabase db, QString instanceId) : m_db(std::move(db)), m_instanceId(std::move(instanceId)) {}

    // One more (delta 1) or one fewer (delta -1) connection of the user on this instance.
    Status count(qint64 userId, int delta);

private:
    QSqlDatabase m_db;
    QString m_instanceId;
};

} // namespace lectern::server
