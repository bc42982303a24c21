#pragma once

// Shared by the files that implement LibraryStore; not part of its interface.

#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "library/SearchRanker.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace lectern {

struct LibraryStore::Private
{
    std::unique_ptr<LibraryDatabase> db;
    // Declared after `db`: it is destroyed first, while the connection it hooks into is open.
    std::unique_ptr<SearchRanker> ranker;
    // Search statements, prepared once rather than per search, where preparing them was about a
    // sixth of the time a rare word took.
    QHash<QString, QSqlQuery> searchStatements;
};

namespace library_detail {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline Error invalidArgument(const QString &message)
{
    return {QStringLiteral("invalid_argument"), message};
}

inline Error notFound(const QString &message)
{
    return {QStringLiteral("not_found"), message};
}

// The course of a lecture that exists and is not a tombstone ("" when it is unfiled).
inline Result<QString> liveLectureCourse(const LibraryDatabase &db, const QString &lectureId)
{
    auto query = db.exec(QStringLiteral("SELECT COALESCE(course_id, '') FROM lecture WHERE id = ? AND deleted = 0"),
                         {lectureId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return notFound(LibraryStore::tr("The lecture %1 does not exist or was deleted.").arg(lectureId));
    return query->value(0).toString();
}

} // namespace library_detail
} // namespace lectern
