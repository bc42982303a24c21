#include "base/DataLocation.h"
#include "base/Settings.h"
#include "i18n/Translations.h"
#include "library/LibraryService.h"
#include "settings/Theme.h"
#include "shell/LibraryOpenErrorDialog.h"
#include "shell/MainWindow.h"
#include "startup/StartupProbe.h"

#include "lectern/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace lectern;

namespace {

// --help and --version only print, and must work in a terminal without a display, where a
// QApplication could not start.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Lectern's debug output stays quiet unless QT_LOGGING_RULES (which overrides this) asks for it.
    QLoggingCategory::setFilterRules(u"lectern.*.debug=false"_s);

    const std::unique_ptr<QCoreApplication> app =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    // Before the parser, so --help speaks the student's language.
    installTranslations(uiLocale(Settings()), app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Record lectures, transcribe them and study them offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QCoreApplication::translate("main", "Use the library in <directory> instead of the usual one."),
        QCoreApplication::translate("main", "directory"));
    parser.addOption(dataDirOption);
    // Prints and exits for --help, --version and unknown options.
    parser.process(*app);

    // The system's look needs nothing: Lectern starts with it.
    if (const Theme theme = themeFromSetting(Settings().value(Setting::Theme)); theme != Theme::System)
        applyTheme(theme);

    // Matches the installed .desktop file, so desktops show the right icon and name.
    QGuiApplication::setDesktopFileName(u"org.example.Lectern"_s);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(u"org.example.Lectern"_s));

    const QString dataDir = resolveDataDirectory(parser.value(dataDirOption));
    // The window is declared first so that it outlives the service: the service finishes its
    // queued work when destroyed, and the answers are addressed to the window's objects.
    std::unique_ptr<MainWindow> window;
    LibraryService service(dataDir);
    // The window opens at once, on its loading page, while the library opens on the service's
    // worker: opening a large library (its integrity check reads every page) takes seconds. The
    // window's own reads are queued behind the open, so they see the opened library.
    service.open().then(app.get(), [&](Status opened) {
        if (opened)
            return;
        window.reset();
        // Closing the dialog must end Lectern with an error status, not a normal quit.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        LibraryOpenErrorDialog dialog(dataDir, opened.error());
        dialog.exec();
        QCoreApplication::exit(1);
    });
    window = std::make_unique<MainWindow>(&service);
    installStartupProbe(window.get());
    window->show();
    return app->exec();
}
