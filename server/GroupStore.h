#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace lectern::server {

// The study_groups and group_members tables: who is in which group and who owns it. Runs on the
// thread that owns `db`.
class GroupStore
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::GroupStore)

public:
    struct Group
    {
        qint64 id = 0;
        QString name;
        QString inviteCode;
        qint64 ownerId = 0;
        qint64 lastSeq = 0;
        qint64 unread = 0; // only filled by groupsOf()
    };
    struct Member
    {
        qint64 userId = 0;
        QString username;
        bool online = false; // signed in on some instance now
    };
    enum class Removal { Removed, NotAMember, NotOwner, IsOwner };

    explicit GroupStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Creates the group with a fresh invite code and `ownerId` as its first member.
    Result<Group> create(qint64 ownerId, const QString &name, const QDateTime &now);
    // Adds the user to the group with that code (no change if already in it); nothing if no group has it.
    Result<std::optional<Group>> join(qint64 userId, const QString &inviteCode, const QDateTime &now);
    // The group when `userId` is a member of it, else nothing (also for a group that does not exist).
    Result<std::optional<Group>> groupOfMember(qint64 groupId, qint64 userId) const;
    // Takes the user out; hands ownership on or deletes the emptied group. False if not a member.
    Result<bool> leave(qint64 groupId, qint64 userId);
    Result<Removal> removeMember(qint64 groupId, qint64 byUserId, qint64 userId);
    // Takes the user out of every group, as leave() does for each, inside the caller's open
    // transaction: before an account is deleted, so the groups it owns pass to the next member
    // instead of going with it (and everyone's messages) through ON DELETE CASCADE.
    Status leaveAllGroups(qint64 userId);
    // Members in the order they joined.
    Result<QList<Member>> members(qint64 groupId) const;
    // The user's groups by id, with unread counts.
    Result<QList<Group>> groupsOf(qint64 userId) const;
    // Everyone who shares a group with the user, the user excluded.
    Result<QList<qint64>> companionsOf(qint64 userId) const;
    Result<std::optional<QString>> username(qint64 userId) const;

private:
    Result<bool> removeFromGroup(qint64 groupId, qint64 userId);

    QSqlDatabase m_db;
};

// A failed query as the error a client gets (internal_error), logged with the database's text.
Error storeError(const QSqlQuery &query);
Error storeError(const QSqlDatabase &db, const char *what);

} // namespace lectern::server
