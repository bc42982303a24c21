#include "cli/CommandLine.h"

#include <lectern/Version.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(lectern::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(lectern::kOrganizationDomain));
    QCoreApplication::setApplicationName(QLatin1String(lectern::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(lectern::kVersion));

    // stdout and stderr are the CLI's user interface: keep the library's diagnostics out of them
    // unless asked for with QT_LOGGING_RULES (e.g. "lectern.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lectern.*.debug=false\nlectern.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    lectern::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
