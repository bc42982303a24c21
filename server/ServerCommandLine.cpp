#include "server/ServerCommandLine.h"

#include "lectern/Version.h"

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
} // namespace

ServerCommandLine::ServerCommandLine()
    : m_help({u"h"_s, u"help"_s}, tr("Show this help and exit."))
    , m_version({u"v"_s, u"version"_s}, tr("Show the version and exit."))
    , m_config(u"config"_s, tr("Read settings from the INI file FILE (also: LECTERN_CONFIG)."), tr("FILE"))
    , m_listen(u"listen"_s,
               tr("Accept WebSocket and HTTP connections on HOST:PORT (also: LECTERN_LISTEN; default 127.0.0.1:8420)."),
               tr("HOST:PORT"))
    , m_databaseUrl(u"database-url"_s,
                    tr("PostgreSQL database, postgresql://user[:password]@host[:port]/dbname (also: LECTERN_DATABASE_URL)."),
                    tr("URL"))
    , m_tokenIdleDays(u"token-idle-days"_s,
                      tr("Sign a device out after DAYS without use (also: LECTERN_TOKEN_IDLE_DAYS; default 30)."),
                      tr("DAYS"))
    , m_tokenLifetimeDays(u"token-lifetime-days"_s,
                          tr("Sign a device out DAYS after it signed in, used or not (also: LECTERN_TOKEN_LIFETIME_DAYS; "
                             "default 180)."),
                          tr("DAYS"))
    , m_tlsCertificate(u"tls-cert"_s,
                       tr("Serve TLS (wss://, https://) with the PEM certificate chain in FILE; needs --tls-key "
                          "(also: LECTERN_TLS_CERT)."),
                       tr("FILE"))
    , m_tlsKey(u"tls-key"_s, tr("The unencrypted PEM private key of the TLS certificate (also: LECTERN_TLS_KEY)."),
               tr("FILE"))
    , m_passwordFile(u"password-file"_s,
                     tr("admin: read the new password from the first line of FILE instead of asking for it."), tr("FILE"))
    , m_yes(u"yes"_s, tr("admin: do not ask before deleting a user."))
    , m_benchmarkChatWithoutStorage(
          u"benchmark-chat-without-storage"_s,
          tr("For benchmarks only, never for real use: chat messages are relayed to the members connected to this "
             "instance without being stored, so there is no history, no resend detection and nothing reaches other "
             "instances; measures the chat path without its persistence."))
{
    m_parser.setApplicationDescription(
        tr("Lectern sync and study-group chat server.\n\n"
           "Settings are taken from the command line first, then the environment, then the configuration file.\n"
           "Configuration file keys: [server] listen, [database] url, [accounts] token_idle_days, token_lifetime_days, "
           "[tls] certificate, key.\n"
           "Without TLS settings the port speaks plain WebSocket and HTTP, for a reverse proxy on the same machine; "
           "GET /healthz and GET /metrics (Prometheus) are served on it too.\n"
           "Deployment: the package installs a systemd unit, /lib/systemd/system/lectern-server.service, reading "
           "/etc/lectern-server/lectern-server.conf and /etc/default/lectern-server, and an nginx site that adds TLS "
           "and proxies WebSocket upgrades, /usr/share/doc/lectern-server/examples/nginx-lectern-server.conf "
           "(packaging/ in the source tree).\n"
           "Exit status: 0 after a clean shutdown (SIGTERM, SIGINT), 2 for a bad command line or configuration, "
           "3 when the database cannot be reached or migrated, 4 when the listen address cannot be bound.\n\n"
           "Operator commands (they use the same settings and database, and do not start the server):\n"
           "  admin user create NAME           create an account; asks for its password (or --password-file)\n"
           "  admin user disable NAME          refuse the account's sign-ins and sign out all its devices\n"
           "  admin user enable NAME           allow the account to sign in again\n"
           "  admin user reset-password NAME   set a new password and sign out all its devices\n"
           "  admin user delete NAME           delete the account and all its data (asks first, unless --yes)\n"
           "  admin users                      list accounts: created, last seen, devices, disabled\n"
           "  admin groups                     list study groups: owner, members, messages\n"
           "  admin stats                      count users, groups, messages, sync changes; database size\n"
           "Their exit status: 0 done, 2 bad command or input, 3 database, 5 no such user, "
           "6 the name is taken, 7 not confirmed."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({m_help, m_version, m_config, m_listen, m_databaseUrl, m_tokenIdleDays, m_tokenLifetimeDays,
                        m_tlsCertificate, m_tlsKey, m_passwordFile, m_yes, m_benchmarkChatWithoutStorage});
}

Result<ServerCommandLine::Request> ServerCommandLine::parse(const QStringList &arguments)
{
    auto usageError = [](const QString &reason) {
        return Error{u"usage"_s, reason + u' ' + tr("Run lectern-server --help for the options.")};
    };
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    QStringList positional = m_parser.positionalArguments();
    const bool admin = !positional.isEmpty() && positional.constFirst() == u"admin"_s;
    if (!positional.isEmpty() && !admin)
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.constFirst()));
    if (!admin) {
        for (const QCommandLineOption *adminOnly : {&m_passwordFile, &m_yes}) {
            if (m_parser.isSet(*adminOnly))
                return usageError(tr("--%1 only goes with an admin command.").arg(adminOnly->names().constFirst()));
        }
    }

    Request request;
    if (m_parser.isSet(m_help))
        request.action = Action::ShowHelp;
    else if (m_parser.isSet(m_version))
        request.action = Action::ShowVersion;
    else if (admin)
        request.action = Action::Admin;
    if (admin) {
        positional.removeFirst();
        request.admin.words = positional;
        if (m_parser.isSet(m_passwordFile))
            request.admin.passwordFile = m_parser.values(m_passwordFile).constLast();
        request.admin.assumeYes = m_parser.isSet(m_yes);
    }

    auto optionValue = [this](const QCommandLineOption &option) -> std::optional<QString> {
        if (!m_parser.isSet(option))
            return std::nullopt;
        // The last occurrence wins, as with most Unix tools.
        return m_parser.values(option).constLast();
    };
    request.options.configFile = optionValue(m_config);
    request.options.listen = optionValue(m_listen);
    request.options.databaseUrl = optionValue(m_databaseUrl);
    request.options.tokenIdleDays = optionValue(m_tokenIdleDays);
    request.options.tokenLifetimeDays = optionValue(m_tokenLifetimeDays);
    request.options.tlsCertificate = optionValue(m_tlsCertificate);
    request.options.tlsKey = optionValue(m_tlsKey);
    request.options.benchmarkChatWithoutStorage = m_parser.isSet(m_benchmarkChatWithoutStorage);
    return request;
}

QString ServerCommandLine::helpText() const
{
    QString text = m_parser.helpText();
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

QString ServerCommandLine::versionText()
{
    return u"lectern-server "_s + QLatin1StringView(kVersion);
}

} // namespace lectern::server
