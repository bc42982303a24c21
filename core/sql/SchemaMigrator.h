#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lectern {

// Brings a database to the latest schema by applying numbered SQL files in order, each in its own
// transaction, and records each one in a `schema_version` table. A migration that fails is rolled
// back whole, so the database is always at some version that really existed.
//
// Migration files live in a Qt resource directory and are named NNNN_what_it_does.sql
// (e.g. ":/migrations/library/0001_initial.sql"); the number is the version they lead to.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(lectern::SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    SchemaMigrator(QSqlDatabase db, QString resourceDirectory);

    // Every migration found, ordered by version. Duplicate or malformed names are an error.
    Result<QList<Migration>> migrations() const;
    // The version the database is at now (0 for a new database).
    Result<int> currentVersion() const;
    int latestVersion() const;

    // Applies every migration newer than the database, up to `targetVersion` (default: all).
    // Returns the version reached. A database newer than this program knows is refused,
    // because running old code on a newer schema can lose data.
    Result<int> migrate(int targetVersion = -1);

private:
    Status ensureVersionTable();
    Status apply(const Migration &migration);
    Status execScript(const QString &script);

    QSqlDatabase m_db;
    QString m_directory;
};

} // namespace lectern
