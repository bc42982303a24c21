// lectern-server: syncs Lectern libraries through PostgreSQL and relays study-group chat.
#include "lectern/Version.h"
#include "server/ServerMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's default event dispatcher on Linux runs on glib, which keeps socket notifiers in a list:
    // every write to a connection turns its write notifier on and off again, and each turn walks
    // the list of all connections. With a thousand chat clients that was a third of the server's
    // time; Qt's own dispatcher keeps them in a hash. Set before the application exists.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(lectern::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(lectern::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(lectern::kOrganizationDomain));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    return lectern::server::runServer(app);
}
