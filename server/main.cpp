// lectern-server: syncs Lectern libraries through PostgreSQL and relays study-group chat.
#include "lectern/Version.h"
#include "server/ServerMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(lectern::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(lectern::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(lectern::kOrganizationDomain));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    return lectern::server::runServer(app);
}
