// Applying pulled changes to the library: record-level last-writer-wins, review logs by union.

#include "sync/LibrarySyncStore.h"

#include "library/LibraryDatabase.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>

namespace lectern {

namespace {
using Kind = LibraryChange::Kind;

// A JSON value as the column's declared type wants it. Fields come from another device's
// library, perhaps of another version, so a mismatched type is converted rather than refused.
QVariant columnValue(const QJsonValue &value, const QString &type)
{
    if (type.contains(u"INT")) {
        if (value.isBool())
            return value.toBool() ? 1 : 0;
        if (value.isString())
            return value.toString().toLongLong();
        return value.toInteger();
    }
    if (type.contains(u"REAL"))
        return value.isString() ? value.toString().toDouble() : value.toDouble();
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}
} // namespace

Result<LibrarySyncStore::PullOutcome> LibrarySyncStore::applyPulled(const QList<protocol::SyncChange> &changes, qint64 next)
{
    PullOutcome outcome;
    const Status s = m_db->transaction([&]() -> Status {
        for (const protocol::SyncChange &change : changes) {
            const auto stamp = HlcTimestamp::fromString(change.hlc);
            if (!stamp) {
                qCWarning(lcSync) << "ignoring a pulled" << change.entity << change.id << "with the malformed stamp" << change.hlc;
                continue;
            }
            if (!outcome.latest || *outcome.latest < *stamp)
                outcome.latest = stamp;
            const auto applied = applyOne(change);
            if (!applied)
                return applied.error();
            if (*applied)
                ++outcome.applied;
        }
        return setStateValue(QStringLiteral("pull_cursor"), QString::number(next));
    });
    if (!s)
        return s.error();
    if (outcome.latest)
        m_db->observe(*outcome.latest);
    outcome.changes = m_db->takeChanges();
    return outcome;
}

Result<bool> LibrarySyncStore::applyOne(const protocol::SyncChange &change)
{
    // A kind of record a newer Lectern syncs and this one does not know.
    if (!protocol::isSyncEntity(change.entity))
        return false;
    auto existing = m_db->exec(QStringLiteral("SELECT updated_at, deleted FROM %1 WHERE id = ?").arg(change.entity),
                               {change.id});
    if (!existing)
        return existing.error();
    const bool exists = existing.value().next();
    const QString localHlc = exists ? existing->value(0).toString() : QString();
    const bool localDeleted = exists && existing->value(1).toBool();
    existing.value().finish();

    if (change.entity == protocol::kReviewLogEntity && exists) {
        // A review never changes; the only news about a stored one is its withdrawal, which is final.
        if (!change.deleted || localDeleted)
            return false;
        auto withdrawn = m_db->exec(QStringLiteral("UPDATE review_log SET deleted = 1, updated_at = MAX(updated_at, ?) "
                                                   "WHERE id = ?"),
                                    {change.hlc, change.id});
        if (!withdrawn)
            return withdrawn.error();
    } else if (exists && change.hlc <= localHlc) {
        // This device's state is as new or newer; if it is not pushed yet, it is in the outbox.
        return false;
    } else if (const Status s = writeRecord(change, exists); !s) {
        return s.error();
    }
    // The server holds what this record now is, so a pending local change to it is superseded.
    if (auto q = m_db->exec(QStringLiteral("DELETE FROM sync_outbox WHERE entity = ? AND record_id = ?"),
                            {change.entity, change.id});
        !q)
        return q.error();
    if (const Status s = noteChange(change); !s)
        return s.error();
    return true;
}

Status LibrarySyncStore::writeRecord(const protocol::SyncChange &change, bool exists)
{
    const auto tableColumns = columns(change.entity);
    if (!tableColumns)
        return tableColumns.error();
    QStringList names{QStringLiteral("updated_at"), QStringLiteral("deleted")};
    QVariantList values{change.hlc, change.deleted ? 1 : 0};
    for (const Column &column : *tableColumns) {
        if (column.name == u"id" || column.name == u"updated_at" || column.name == u"deleted"
            || column.name == u"local_id" || !change.fields.contains(column.name))
            continue;
        const QJsonValue value = change.fields.value(column.name);
        if (value.isNull() || value.isUndefined()) {
            // A NOT NULL column keeps its value (or default) rather than failing the whole page.
            if (column.notNull)
                continue;
            names.append(column.name);
            values.append(QVariant());
            continue;
        }
        names.append(column.name);
        values.append(columnValue(value, column.type));
    }

    QString sql;
    if (exists) {
        QStringList assignments;
        for (const QString &name : std::as_const(names))
            assignments.append(name + QStringLiteral(" = ?"));
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(change.entity, assignments.join(QStringLiteral(", ")));
        values.append(change.id);
    } else {
        names.prepend(QStringLiteral("id"));
        values.prepend(change.id);
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(change.entity, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    auto written = m_db->exec(sql, values);
    if (!written)
        return written.error();
    return success();
}

Status LibrarySyncStore::noteChange(const protocol::SyncChange &change)
{
    const QString lectureId = change.fields.value(QStringLiteral("lecture_id")).toString();
    if (change.entity == u"course") {
        m_db->changed(Kind::Courses);
    } else if (change.entity == u"lecture") {
        m_db->changed(Kind::Lectures, change.fields.value(QStringLiteral("course_id")).toString());
        // A lecture that left a course, or was deleted, must also leave the course's list.
        m_db->changed(Kind::Courses);
    } else if (change.entity == u"transcript_segment") {
        m_db->changed(Kind::Transcript, lectureId);
    } else if (change.entity == u"note") {
        m_db->changed(Kind::Notes, lectureId);
    } else if (change.entity == u"study_item") {
        m_db->changed(Kind::StudyItems, lectureId);
    } else if (change.entity == u"listening_session") {
        m_db->changed(Kind::Listening, lectureId);
    } else if (change.entity == u"flashcard") {
        m_db->changed(Kind::Flashcards, lectureId);
    } else if (change.entity == protocol::kReviewLogEntity) {
        auto card = m_db->exec(QStringLiteral("SELECT f.lecture_id FROM review_log r JOIN flashcard f ON f.id = r.card_id "
                                              "WHERE r.id = ?"),
                               {change.id});
        if (!card)
            return card.error();
        if (card.value().next())
            m_db->changed(Kind::Flashcards, card->value(0).toString());
    }
    return success();
}

} // namespace lectern
