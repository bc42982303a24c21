#include "cli/CommandLine.h"

#include "base/DataLocation.h"
#include "cli/AskCommand.h"
#include "cli/CardsCommand.h"
#include "cli/CliContext.h"
#include "cli/ExportCommand.h"
#include "cli/ListCommand.h"
#include "cli/QuizCommand.h"
#include "cli/SearchCommand.h"
#include "cli/ShowCommand.h"
#include "cli/SummarizeCommand.h"
#ifdef LECTERN_CLI_IMPORT
#include "cli/ImportCommand.h"
#include "cli/TranscribeCommand.h"
#endif
#ifdef LECTERN_CLI_KEYCHAIN
#include "cli/KeyCommand.h"
#endif

#include <lectern/Version.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lectern::cli {

CommandLine::CommandLine()
{
#ifdef LECTERN_CLI_IMPORT
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<TranscribeCommand>());
#endif
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SummarizeCommand>());
    m_commands.push_back(std::make_unique<CardsCommand>());
    m_commands.push_back(std::make_unique<QuizCommand>());
    m_commands.push_back(std::make_unique<AskCommand>());
#ifdef LECTERN_CLI_KEYCHAIN
    m_commands.push_back(std::make_unique<KeyCommand>());
#endif
}

CommandLine::~CommandLine() = default;

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandLine::helpText(const QString &globalHelp) const
{
    QString text = globalHelp;
    text += u'\n' + tr("Commands:") + u'\n';
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += u'\n' + tr("Run \"lectern-cli <command> --help\" for a command's own options.") + u'\n';
    text += tr("Exit codes: 0 success, 2 usage error, 3 input error, 4 service error.") + u'\n';
    return text;
}

ExitCode CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lectern on the command line: your lecture library, without the window."));
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           tr("Use the library in <dir> (default: $LECTERN_DATA_DIR, else the "
                                              "library location set in Lectern, else your data directory)."),
                                           tr("dir"));
    parser.addOptions({helpOption, versionOption, dataDirOption});
    parser.addPositionalArgument(tr("command"), tr("The command to run (see below)."), tr("<command> [options]"));

    if (!parser.parse(arguments)) {
        err << QStringLiteral("lectern-cli: ") << parser.errorText() << u'\n'
            << tr("Run \"lectern-cli --help\" for usage.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("lectern-cli ") << QLatin1String(kVersion) << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption)) {
        out << helpText(parser.helpText()) << Qt::flush;
        return Success;
    }
    if (positional.isEmpty()) {
        err << helpText(parser.helpText()) << Qt::flush;
        return UsageError;
    }
    Command *command = find(positional.first());
    if (!command) {
        err << QStringLiteral("lectern-cli: ") << tr("unknown command \"%1\".").arg(positional.first()) << u'\n'
            << tr("Run \"lectern-cli --help\" for the list of commands.") << Qt::endl;
        return UsageError;
    }
    CliContext context(resolveDataDirectory(parser.value(dataDirOption)), out, err);
    return command->run(context, positional);
}

} // namespace lectern::cli
