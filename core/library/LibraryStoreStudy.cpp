// LibraryStore: generated study material and roaming settings.

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

#include <QJsonDocument>

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

const QString kItemColumns = QStringLiteral("id, lecture_id, kind, position, content, updated_at");

// Setting ids derive from the key, so one setting changed on two devices is one synced record.
QString settingIdFor(const QString &key)
{
    static const QUuid kSettingNamespace(QStringLiteral("9d7e6c1a-3f2b-4a58-8c0d-6e4b1f9a7c32"));
    return QUuid::createUuidV5(kSettingNamespace, QStringLiteral("setting/") + key).toString(QUuid::WithoutBraces);
}

Status upsertItem(LibraryDatabase &db, const StudyItem &item, const QString &stamp)
{
    const QString content = QString::fromUtf8(QJsonDocument(item.content).toJson(QJsonDocument::Compact));
    return db.execOne(QStringLiteral("INSERT INTO study_item (id, lecture_id, kind, position, content, updated_at, deleted) "
                                     "VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                                     "position = excluded.position, content = excluded.content, "
                                     "updated_at = excluded.updated_at, deleted = 0 "
                                     "WHERE study_item.lecture_id = excluded.lecture_id"),
                      {item.id, item.lectureId, toString(item.kind), item.position, content, stamp},
                      invalidArgument(LibraryStore::tr("The study item %1 belongs to another lecture.").arg(item.id)));
}
} // namespace

Result<StudyItem> LibraryStore::putStudyItem(const StudyItem &item)
{
    StudyItem stored = item;
    stored.id = item.id.isEmpty() ? newId() : item.id;
    const Status s = d->db->transaction([&]() -> Status {
        if (const auto course = liveLectureCourse(*d->db, stored.lectureId); !course)
            return course.error();
        stored.updatedAt = d->db->stamp();
        if (const Status written = upsertItem(*d->db, stored, stored.updatedAt); !written)
            return written;
        d->db->changed(Kind::StudyItems, stored.lectureId);
        return success();
    });
    if (!s)
        return s.error();
    return stored;
}

Status LibraryStore::replaceStudyItems(const QString &lectureId, StudyItemKind kind, const QList<StudyItem> &items)
{
    return d->db->transaction([&]() -> Status {
        if (const auto course = liveLectureCourse(*d->db, lectureId); !course)
            return course.error();
        const QString stamp = d->db->stamp();
        auto retired = d->db->exec(QStringLiteral("UPDATE study_item SET deleted = 1, updated_at = ? "
                                                  "WHERE lecture_id = ? AND kind = ? AND deleted = 0"),
                                   {stamp, lectureId, toString(kind)});
        if (!retired)
            return retired.error();
        for (qsizetype i = 0; i < items.size(); ++i) {
            StudyItem item = items[i];
            item.id = item.id.isEmpty() ? newId() : item.id;
            item.lectureId = lectureId;
            item.kind = kind;
            item.position = int(i);
            if (const Status written = upsertItem(*d->db, item, stamp); !written)
                return written;
        }
        d->db->changed(Kind::StudyItems, lectureId);
        return success();
    });
}

Status LibraryStore::deleteStudyItem(const QString &itemId)
{
    return d->db->transaction([&]() -> Status {
        auto q = d->db->exec(QStringLiteral("SELECT lecture_id FROM study_item WHERE id = ? AND deleted = 0"), {itemId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(tr("The study item %1 does not exist or was deleted.").arg(itemId));
        const QString lectureId = q->value(0).toString();
        auto update = d->db->exec(QStringLiteral("UPDATE study_item SET deleted = 1, updated_at = ? WHERE id = ?"),
                                  {d->db->stamp(), itemId});
        if (!update)
            return update.error();
        d->db->changed(Kind::StudyItems, lectureId);
        return success();
    });
}

Result<QList<StudyItem>> LibraryStore::studyItems(const QString &lectureId, std::optional<StudyItemKind> kind) const
{
    QString sql = QStringLiteral("SELECT ") + kItemColumns + QStringLiteral(" FROM study_item WHERE lecture_id = ? AND deleted = 0");
    QVariantList values{lectureId};
    if (kind) {
        sql += QStringLiteral(" AND kind = ?");
        values.append(toString(*kind));
    }
    sql += QStringLiteral(" ORDER BY CASE kind WHEN 'summary' THEN 0 WHEN 'key_term' THEN 1 ELSE 2 END, position, id");
    auto q = d->db->exec(sql, values);
    if (!q)
        return q.error();
    QList<StudyItem> list;
    while (q.value().next()) {
        const auto itemKind = studyItemKindFromString(q->value(2).toString());
        if (!itemKind)
            continue; // a kind from a newer Lectern that synced here: not ours to show
        list.append({q->value(0).toString(), q->value(1).toString(), *itemKind, q->value(3).toInt(),
                     QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object(), q->value(5).toString()});
    }
    return list;
}

Result<std::optional<QString>> LibraryStore::setting(const QString &key) const
{
    auto q = d->db->exec(QStringLiteral("SELECT value FROM setting WHERE key = ? AND deleted = 0"), {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status LibraryStore::putSetting(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return invalidArgument(tr("A setting needs a name."));
    return d->db->transaction([&]() -> Status {
        const auto current = setting(key);
        if (!current)
            return current.error();
        if (*current == value)
            return success();
        auto q = d->db->exec(QStringLiteral("INSERT INTO setting (id, key, value, updated_at, deleted) VALUES (?, ?, ?, ?, 0) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                            "updated_at = excluded.updated_at, deleted = 0"),
                             {settingIdFor(key), key, value, d->db->stamp()});
        if (!q)
            return q.error();
        return success();
    });
}

Status LibraryStore::removeSetting(const QString &key)
{
    return d->db->transaction([&]() -> Status {
        auto q = d->db->exec(QStringLiteral("UPDATE setting SET deleted = 1, updated_at = ? WHERE key = ? AND deleted = 0"),
                             {d->db->stamp(), key});
        if (!q)
            return q.error();
        return success();
    });
}

} // namespace lectern
