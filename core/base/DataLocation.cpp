#include "base/DataLocation.h"

#include "base/Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace lectern {

QString resolveDataDirectory(const QString &explicitChoice)
{
    QString dir = explicitChoice;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("LECTERN_DATA_DIR");
    if (dir.isEmpty())
        dir = Settings().value(Setting::LibraryLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

} // namespace lectern
