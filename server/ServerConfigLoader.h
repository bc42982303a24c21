#pragma once

#include "base/Result.h"
#include "server/ServerCommandLine.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QProcessEnvironment>

namespace lectern::server {

// One setting that can come from three places, declared once so the flag, the environment
// variable and the INI key can never drift apart.
struct ConfigSetting
{
    QLatin1StringView iniKey;      // "group/key" in the configuration file
    QLatin1StringView environment; // environment variable
    QLatin1StringView flag;        // command-line option, without the dashes
};

namespace ConfigSettings {
inline constexpr ConfigSetting Listen{QLatin1StringView("server/listen"), QLatin1StringView("LECTERN_LISTEN"),
                                      QLatin1StringView("listen")};
inline constexpr ConfigSetting DatabaseUrl{QLatin1StringView("database/url"), QLatin1StringView("LECTERN_DATABASE_URL"),
                                           QLatin1StringView("database-url")};
inline constexpr ConfigSetting TokenIdleDays{QLatin1StringView("accounts/token_idle_days"),
                                             QLatin1StringView("LECTERN_TOKEN_IDLE_DAYS"),
                                             QLatin1StringView("token-idle-days")};
inline constexpr ConfigSetting TokenLifetimeDays{QLatin1StringView("accounts/token_lifetime_days"),
                                                 QLatin1StringView("LECTERN_TOKEN_LIFETIME_DAYS"),
                                                 QLatin1StringView("token-lifetime-days")};
inline constexpr ConfigSetting TlsCertificate{QLatin1StringView("tls/certificate"), QLatin1StringView("LECTERN_TLS_CERT"),
                                              QLatin1StringView("tls-cert")};
inline constexpr ConfigSetting TlsKey{QLatin1StringView("tls/key"), QLatin1StringView("LECTERN_TLS_KEY"),
                                      QLatin1StringView("tls-key")};
} // namespace ConfigSettings

// Builds the ServerConfig with this precedence: command-line flags, then environment variables,
// then the INI file (--config FILE or LECTERN_CONFIG), then built-in defaults. Empty environment
// variables count as unset. Every error (code `config_invalid`) names where the bad value came from.
class ServerConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::ServerConfigLoader)

public:
    static Result<ServerConfig> load(const CommandLineOptions &flags, const QProcessEnvironment &environment);
};

} // namespace lectern::server
