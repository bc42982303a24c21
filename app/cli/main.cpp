#include "cli/CommandLine.h"

#include "base/Settings.h"
#include "i18n/Translations.h"

#include <lectern/Version.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Exporting may lay out a PDF, which needs fonts and so a QGuiApplication. It never shows a
// window, so it runs on the offscreen platform and works without a display (over ssh, in cron).
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0) {
            ++i; // its value, which could be any word
            continue;
        }
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "export") == 0;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QLatin1String(lectern::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(lectern::kOrganizationDomain));
    QCoreApplication::setApplicationName(QLatin1String(lectern::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(lectern::kVersion));

    // stdout and stderr are the CLI's user interface: keep the library's diagnostics out of them
    // unless asked for with QT_LOGGING_RULES (e.g. "lectern.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lectern.*.debug=false\nlectern.*.info=false"));

    // The same language as the app: the one chosen in Lectern, else the system's.
    lectern::installTranslations(lectern::uiLocale(lectern::Settings()), app.get());

    QTextStream out(stdout);
    QTextStream err(stderr);
    lectern::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
