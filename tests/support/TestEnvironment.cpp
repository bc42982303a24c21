#include "TestEnvironment.h"

#include <QDir>

namespace lectern::test {

QString sourceDir()
{
    return qEnvironmentVariable("LECTERN_SOURCE_DIR", QStringLiteral(LECTERN_SOURCE_DIR_FALLBACK));
}

QString sampleFile(const QString &name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("../shared/samples/") + name);
}

QString databaseUrl()
{
    return qEnvironmentVariable("LECTERN_TEST_DATABASE_URL");
}

} // namespace lectern::test
