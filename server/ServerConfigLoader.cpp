#include "server/ServerConfigLoader.h"

#include "server/tls/TlsCredentials.h"

#include <QFileInfo>
#include <QSettings>

#include <array>
#include <memory>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

constexpr std::array kKnownSettings = {ConfigSettings::Listen, ConfigSettings::DatabaseUrl, ConfigSettings::TokenIdleDays,
                                       ConfigSettings::TokenLifetimeDays, ConfigSettings::TlsCertificate,
                                       ConfigSettings::TlsKey};
// Ten years: a longer token lifetime is a typo, not a policy.
constexpr int kMaxTokenDays = 3650;
constexpr QLatin1StringView kConfigEnvironment("LECTERN_CONFIG");

Error configError(const QString &message)
{
    return {u"config_invalid"_s, message};
}

// A value together with where it came from, so an error can point at the right place.
struct SourcedValue
{
    QString value;
    QString source;
};

class Sources
{
public:
    Sources(const CommandLineOptions &flags, const QProcessEnvironment &environment)
        : m_flags(flags), m_environment(environment)
    {
    }

    Status openFile()
    {
        std::optional<SourcedValue> path;
        if (m_flags.configFile)
            path = SourcedValue{*m_flags.configFile, u"--config"_s};
        else if (const QString fromEnvironment = m_environment.value(kConfigEnvironment); !fromEnvironment.isEmpty())
            path = SourcedValue{fromEnvironment, QString(kConfigEnvironment)};
        if (!path)
            return success();

        const QFileInfo info(path->value);
        if (!info.exists())
            return configError(ServerConfigLoader::tr("The configuration file %1 (from %2) does not exist.")
                                   .arg(path->value, path->source));
        if (!info.isFile() || !info.isReadable())
            return configError(ServerConfigLoader::tr("The configuration file %1 (from %2) is not a readable file.")
                                   .arg(path->value, path->source));
        m_file = std::make_unique<QSettings>(path->value, QSettings::IniFormat);
        m_fileName = path->value;
        if (m_file->status() != QSettings::NoError)
            return configError(ServerConfigLoader::tr("The configuration file %1 is not a valid INI file.").arg(m_fileName));

        // A misspelt key would otherwise be ignored in silence and the default used instead.
        QStringList known;
        for (const ConfigSetting &setting : kKnownSettings)
            known.append(QString(setting.iniKey));
        for (const QString &key : m_file->allKeys()) {
            if (!known.contains(key))
                return configError(ServerConfigLoader::tr("Unknown setting \"%1\" in %2. Known settings: %3.")
                                       .arg(key, m_fileName, known.join(u", "_s)));
        }
        return success();
    }

    std::optional<SourcedValue> value(const ConfigSetting &setting, const std::optional<QString> &flag) const
    {
        if (flag)
            return SourcedValue{*flag, u"--"_s + setting.flag};
        if (const QString fromEnvironment = m_environment.value(setting.environment); !fromEnvironment.isEmpty())
            return SourcedValue{fromEnvironment, QString(setting.environment)};
        if (m_file && m_file->contains(setting.iniKey)) {
            // QSettings splits unquoted values at commas; a URL may legitimately contain one.
            const QVariant stored = m_file->value(setting.iniKey);
            const QString text = stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(u',')
                                                                           : stored.toString();
            return SourcedValue{text, ServerConfigLoader::tr("%1 in %2").arg(setting.iniKey, m_fileName)};
        }
        return std::nullopt;
    }

    QString fileName() const { return m_fileName; }

private:
    const CommandLineOptions &m_flags;
    const QProcessEnvironment &m_environment;
    std::unique_ptr<QSettings> m_file;
    QString m_fileName;
};

// A whole number of days from 1 to kMaxTokenDays.
Result<std::chrono::seconds> parseDays(const QString &text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 1 || days > kMaxTokenDays)
        return configError(ServerConfigLoader::tr("\"%1\" is not a number of days from 1 to %2.").arg(text).arg(kMaxTokenDays));
    return std::chrono::seconds(std::chrono::hours(24) * days);
}

// Prefixes an error with the place the bad value came from.
Error fromSource(const Error &error, const SourcedValue &value)
{
    return configError(value.source + u": " + error.message);
}
} // namespace

Result<ServerConfig> ServerConfigLoader::load(const CommandLineOptions &flags, const QProcessEnvironment &environment)
{
    Sources sources(flags, environment);
    if (const Status opened = sources.openFile(); !opened)
        return opened.error();

    ServerConfig config;
    config.configFile = sources.fileName();

    if (const auto listen = sources.value(ConfigSettings::Listen, flags.listen)) {
        const auto parsed = ListenAddress::parse(listen->value);
        if (!parsed)
            return fromSource(parsed.error(), *listen);
        config.listen = *parsed;
    }

    const auto databaseUrl = sources.value(ConfigSettings::DatabaseUrl, flags.databaseUrl);
    if (!databaseUrl)
        return configError(tr("No database configured. Pass --database-url postgresql://user@host:port/dbname, "
                              "set LECTERN_DATABASE_URL, or set url in the [database] section of the configuration file."));
    const auto database = DatabaseSettings::fromUrl(databaseUrl->value);
    if (!database)
        return fromSource(database.error(), *databaseUrl);
    config.database = *database;

    if (const auto idle = sources.value(ConfigSettings::TokenIdleDays, flags.tokenIdleDays)) {
        const auto parsed = parseDays(idle->value);
        if (!parsed)
            return fromSource(parsed.error(), *idle);
        config.accounts.tokenIdleLifetime = *parsed;
    }
    if (const auto lifetime = sources.value(ConfigSettings::TokenLifetimeDays, flags.tokenLifetimeDays)) {
        const auto parsed = parseDays(lifetime->value);
        if (!parsed)
            return fromSource(parsed.error(), *lifetime);
        config.accounts.tokenAbsoluteLifetime = *parsed;
    }

    const auto certificate = sources.value(ConfigSettings::TlsCertificate, flags.tlsCertificate);
    const auto key = sources.value(ConfigSettings::TlsKey, flags.tlsKey);
    if (certificate.has_value() != key.has_value()) {
        const SourcedValue &given = certificate ? *certificate : *key;
        return configError(given.source + u": "
                           + tr("TLS needs both a certificate and its key; set --tls-cert and --tls-key, "
                                "LECTERN_TLS_CERT and LECTERN_TLS_KEY, or certificate and key in [tls]."));
    }
    if (certificate) {
        const auto tls = TlsCredentials::load(certificate->value, key->value);
        if (!tls)
            return configError(tr("%1 and %2: %3").arg(certificate->source, key->source, tls.error().message));
        config.tls = *tls;
    }
    // A benchmark switch, deliberately on the command line only: no configuration file or
    // environment left behind by a benchmark can turn storage off for a real server.
    config.chatWithoutStorage = flags.benchmarkChatWithoutStorage;
    return config;
}

} // namespace lectern::server
