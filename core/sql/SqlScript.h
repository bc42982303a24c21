#pragma once

#include <QString>
#include <QStringList>

namespace lectern {

// Splits an SQL script into the statements SQLite would run one by one. QSqlQuery executes a
// single statement at a time with QSQLITE, and a naive split on ';' breaks triggers
// (CREATE TRIGGER ... BEGIN ...; ...; END;) and string literals; SQLite's own
// sqlite3_complete() knows where a statement really ends.
QStringList splitSqliteScript(const QString &script);

} // namespace lectern
