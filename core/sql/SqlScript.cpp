#include "sql/SqlScript.h"

#include <QRegularExpression>

#include <sqlite3.h>

namespace lectern {

namespace {
// True unless `text` is only comments, white space and semicolons: nothing SQLite should run.
bool holdsStatement(const QString &text)
{
    static const QRegularExpression noise(QStringLiteral("--[^\\n]*|/\\*.*?\\*/|;|\\s"),
                                          QRegularExpression::DotMatchesEverythingOption);
    return !QString(text).remove(noise).isEmpty();
}
} // namespace

QStringList splitSqliteScript(const QString &script)
{
    QStringList statements;
    QString pending;
    qsizetype from = 0;
    while (from < script.size()) {
        qsizetype semicolon = script.indexOf(u';', from);
        if (semicolon < 0)
            semicolon = script.size() - 1;
        pending += QStringView(script).sliced(from, semicolon - from + 1);
        from = semicolon + 1;
        if (sqlite3_complete(pending.toUtf8().constData())) {
            if (holdsStatement(pending))
                statements.append(pending.trimmed());
            pending.clear();
        }
    }
    // What follows the last semicolon is either comments, or a statement missing its semicolon
    // that SQLite should see (and report) rather than have silently dropped.
    if (holdsStatement(pending))
        statements.append(pending.trimmed());
    return statements;
}

} // namespace lectern
