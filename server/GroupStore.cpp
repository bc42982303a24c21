#include "server/GroupStore.h"

#include "protocol/ErrorCode.h"
#include "protocol/Group.h"
#include "server/ServerLogging.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

// SQLSTATE unique_violation.
constexpr QLatin1StringView kUniqueViolation("23505");
constexpr int kInviteCodeAttempts = 8;

QString newInviteCode()
{
    QString code;
    code.reserve(protocol::kInviteCodeLength);
    for (qsizetype i = 0; i < protocol::kInviteCodeLength; ++i)
        code.append(protocol::kInviteAlphabet[QRandomGenerator::system()->bounded(int(protocol::kInviteAlphabet.size()))]);
    return code;
}

GroupStore::Group readGroup(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong(), query.value(4).toLongLong(), 0};
}

const QString kGroupColumns = u"g.id, g.name, g.invite_code, g.owner_id, g.last_seq"_s;
} // namespace

Error storeError(const QSqlQuery &query)
{
    qCWarning(lcServerDatabase).noquote() << "group query failed:" << query.lastError().text().simplified();
    return protocol::protocolError(protocol::ErrorCode::InternalError,
                                   GroupStore::tr("The server could not reach its database; try again shortly."));
}

Error storeError(const QSqlDatabase &db, const char *what)
{
    qCWarning(lcServerDatabase).noquote() << what << "failed:" << db.lastError().text().simplified();
    return protocol::protocolError(protocol::ErrorCode::InternalError,
                                   GroupStore::tr("The server could not reach its database; try again shortly."));
}

Result<GroupStore::Group> GroupStore::create(qint64 ownerId, const QString &name, const QDateTime &now)
{
    // A fresh code rarely collides; on a collision the insert fails alone and the next code is tried.
    for (int attempt = 0; attempt < kInviteCodeAttempts; ++attempt) {
        if (!m_db.transaction())
            return storeError(m_db, "BEGIN");
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO study_groups (name, invite_code, owner_id, created_at) VALUES (?, ?, ?, ?) "
                       u"RETURNING id, name, invite_code, owner_id, last_seq"_s);
        insert.addBindValue(name);
        insert.addBindValue(newInviteCode());
        insert.addBindValue(ownerId);
        insert.addBindValue(now);
        if (!insert.exec() || !insert.next()) {
            const bool collided = insert.lastError().nativeErrorCode() == kUniqueViolation;
            const Error error = storeError(insert);
            m_db.rollback();
            if (collided)
                continue;
            return error;
        }
        const Group group = readGroup(insert);
        QSqlQuery member(m_db);
        member.prepare(u"INSERT INTO group_members (group_id, user_id, joined_at) VALUES (?, ?, ?)"_s);
        member.addBindValue(group.id);
        member.addBindValue(ownerId);
        member.addBindValue(now);
        if (!member.exec()) {
            const Error error = storeError(member);
            m_db.rollback();
            return error;
        }
        if (!m_db.commit())
            return storeError(m_db, "COMMIT");
        return group;
    }
    return protocol::protocolError(protocol::ErrorCode::InternalError, tr("Could not find a free invite code; try again."));
}

Result<std::optional<GroupStore::Group>> GroupStore::join(qint64 userId, const QString &inviteCode, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"WITH g AS (SELECT * FROM study_groups WHERE invite_code = ?), "
                  u"joined AS (INSERT INTO group_members (group_id, user_id, joined_at) SELECT id, ?, ? FROM g "
                  u"ON CONFLICT (group_id, user_id) DO NOTHING) "
                  u"SELECT "_s + kGroupColumns + u" FROM g"_s);
    query.addBindValue(inviteCode);
    query.addBindValue(userId);
    query.addBindValue(now);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<Group>();
    return std::optional<Group>(readGroup(query));
}

Result<std::optional<GroupStore::Group>> GroupStore::groupOfMember(qint64 groupId, qint64 userId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kGroupColumns
                  + u" FROM study_groups g JOIN group_members m ON m.group_id = g.id WHERE g.id = ? AND m.user_id = ?"_s);
    query.addBindValue(groupId);
    query.addBindValue(userId);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<Group>();
    return std::optional<Group>(readGroup(query));
}

Result<bool> GroupStore::leave(qint64 groupId, qint64 userId)
{
    if (!m_db.transaction())
        return storeError(m_db, "BEGIN");
    const auto removed = removeFromGroup(groupId, userId);
    if (!removed || !*removed) {
        m_db.rollback();
        return removed;
    }
    if (!m_db.commit())
        return storeError(m_db, "COMMIT");
    return true;
}

Status GroupStore::leaveAllGroups(qint64 userId)
{
    QSqlQuery memberships(m_db);
    memberships.setForwardOnly(true);
    memberships.prepare(u"SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id"_s);
    memberships.addBindValue(userId);
    if (!memberships.exec())
        return storeError(memberships);
    QList<qint64> groupIds;
    while (memberships.next())
        groupIds.append(memberships.value(0).toLongLong());
    for (const qint64 groupId : std::as_const(groupIds)) {
        if (const auto removed = removeFromGroup(groupId, userId); !removed)
            return removed.error();
    }
    return success();
}

Result<GroupStore::Removal> GroupStore::removeMember(qint64 groupId, qint64 byUserId, qint64 userId)
{
    if (!m_db.transaction())
        return storeError(m_db, "BEGIN");
    auto finish = [this](Result<Removal> outcome) -> Result<Removal> {
        if (outcome && *outcome == Removal::Removed) {
            if (!m_db.commit())
                return storeError(m_db, "COMMIT");
        } else {
            m_db.rollback();
        }
        return outcome;
    };
    // The group row locked: ownership cannot change between this check and the removal.
    QSqlQuery owner(m_db);
    owner.prepare(u"SELECT g.owner_id FROM study_groups g JOIN group_members m ON m.group_id = g.id "
                  u"WHERE g.id = ? AND m.user_id = ? FOR UPDATE OF g"_s);
    owner.addBindValue(groupId);
    owner.addBindValue(byUserId);
    if (!owner.exec())
        return finish(storeError(owner));
    if (!owner.next())
        return finish(Removal::NotAMember);
    if (owner.value(0).toLongLong() != byUserId)
        return finish(Removal::NotOwner);
    if (userId == byUserId)
        return finish(Removal::IsOwner);
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM group_members WHERE group_id = ? AND user_id = ?"_s);
    remove.addBindValue(groupId);
    remove.addBindValue(userId);
    if (!remove.exec())
        return finish(storeError(remove));
    // NotAMember here means the target; the caller tells it apart from the requester by order.
    return finish(remove.numRowsAffected() > 0 ? Removal::Removed : Removal::NotAMember);
}

Result<bool> GroupStore::removeFromGroup(qint64 groupId, qint64 userId)
{
    QSqlQuery lock(m_db);
    lock.prepare(u"SELECT owner_id FROM study_groups WHERE id = ? FOR UPDATE"_s);
    lock.addBindValue(groupId);
    if (!lock.exec())
        return storeError(lock);
    if (!lock.next())
        return false;
    const qint64 ownerId = lock.value(0).toLongLong();
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM group_members WHERE group_id = ? AND user_id = ?"_s);
    remove.addBindValue(groupId);
    remove.addBindValue(userId);
    if (!remove.exec())
        return storeError(remove);
    if (remove.numRowsAffected() == 0)
        return false;
    if (ownerId != userId)
        return true;

    QSqlQuery heir(m_db);
    heir.prepare(u"SELECT user_id FROM group_members WHERE group_id = ? ORDER BY join_order LIMIT 1"_s);
    heir.addBindValue(groupId);
    if (!heir.exec())
        return storeError(heir);
    QSqlQuery handOver(m_db);
    if (heir.next()) {
        handOver.prepare(u"UPDATE study_groups SET owner_id = ? WHERE id = ?"_s);
        handOver.addBindValue(heir.value(0).toLongLong());
    } else {
        handOver.prepare(u"DELETE FROM study_groups WHERE id = ?"_s);
    }
    handOver.addBindValue(groupId);
    if (!handOver.exec())
        return storeError(handOver);
    return true;
}

Result<QList<GroupStore::Member>> GroupStore::members(qint64 groupId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT u.id, u.username, EXISTS (SELECT 1 FROM online_connections o WHERE o.user_id = u.id) "
                  u"FROM group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = ? ORDER BY m.join_order"_s);
    query.addBindValue(groupId);
    if (!query.exec())
        return storeError(query);
    QList<Member> members;
    while (query.next())
        members.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    return members;
}

Result<QList<GroupStore::Group>> GroupStore::groupsOf(qint64 userId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kGroupColumns
                  + u", (SELECT COUNT(*) FROM chat_messages c WHERE c.group_id = g.id AND c.seq > m.last_read_seq "
                    u"AND c.sender_id <> m.user_id) "
                    u"FROM study_groups g JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ? ORDER BY g.id"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return storeError(query);
    QList<Group> groups;
    while (query.next()) {
        Group group = readGroup(query);
        group.unread = query.value(5).toLongLong();
        groups.append(std::move(group));
    }
    return groups;
}

Result<QList<qint64>> GroupStore::companionsOf(qint64 userId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT other.user_id FROM group_members mine "
                  u"JOIN group_members other ON other.group_id = mine.group_id "
                  u"WHERE mine.user_id = ? AND other.user_id <> mine.user_id"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return storeError(query);
    QList<qint64> users;
    while (query.next())
        users.append(query.value(0).toLongLong());
    return users;
}

Result<std::optional<QString>> GroupStore::username(qint64 userId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT username FROM users WHERE id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace lectern::server
