#pragma once

#include "base/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace lectern::server {

// What was given on the command line; unset options fall through to the environment and the
// configuration file (see ServerConfigLoader).
struct CommandLineOptions
{
    std::optional<QString> configFile;
    std::optional<QString> listen;
    std::optional<QString> databaseUrl;
    std::optional<QString> tokenIdleDays;
    std::optional<QString> tokenLifetimeDays;
    std::optional<QString> tlsCertificate;
    std::optional<QString> tlsKey;
    bool benchmarkChatWithoutStorage = false; // see ServerConfig::chatWithoutStorage
};

// What `lectern-server admin ...` was asked to do (see AdminCommand).
struct AdminRequest
{
    QStringList words;                  // after "admin", e.g. {"user", "create", "ada"}
    std::optional<QString> passwordFile; // --password-file
    bool assumeYes = false;             // --yes
};

// lectern-server's command line: --help, --version, --config FILE, --listen HOST:PORT,
// --database-url URL, --token-idle-days DAYS, --token-lifetime-days DAYS, --tls-cert FILE, --tls-key FILE, and the operator's
// `admin ...` commands with --password-file FILE and --yes. Parsing never exits the process, so
// the caller decides the exit code.
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::ServerCommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Admin };
    struct Request
    {
        Action action = Action::Run;
        CommandLineOptions options;
        AdminRequest admin; // for Action::Admin
    };

    ServerCommandLine();

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    // Unknown options, missing values and stray arguments are a `usage` error.
    Result<Request> parse(const QStringList &arguments);
    QString helpText() const;
    static QString versionText();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_config;
    QCommandLineOption m_listen;
    QCommandLineOption m_databaseUrl;
    QCommandLineOption m_tokenIdleDays;
    QCommandLineOption m_tokenLifetimeDays;
    QCommandLineOption m_tlsCertificate;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_yes;
    QCommandLineOption m_benchmarkChatWithoutStorage;
};

} // namespace lectern::server
