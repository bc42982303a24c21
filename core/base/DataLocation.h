#pragma once

#include <QString>

namespace lectern {

// Where the student's library (database and audio) lives, in order of precedence:
// an explicit choice (the --data-dir option), the LECTERN_DATA_DIR environment variable,
// the "library location" setting, and finally QStandardPaths::AppDataLocation.
QString resolveDataDirectory(const QString &explicitChoice = QString());

} // namespace lectern
