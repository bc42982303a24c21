#include "ai/GroqConfig.h"

#include "base/Settings.h"

#include <algorithm>

namespace lectern {

QUrl GroqConfig::resolveBaseUrl(const Settings &settings)
{
    for (const QString &candidate : {qEnvironmentVariable("GROQ_BASE_URL"), settings.value(Setting::GroqBaseUrl)}) {
        const QUrl url(candidate.trimmed(), QUrl::StrictMode);
        if (!candidate.trimmed().isEmpty() && url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
            return url;
    }
    return QUrl(QString::fromLatin1(kDefaultBaseUrl));
}

GroqConfig GroqConfig::fromSettings(const Settings &settings)
{
    GroqConfig config;
    config.baseUrl = resolveBaseUrl(settings);
    config.maxConcurrentRequests = std::clamp(settings.value(Setting::GroqConcurrency), 1, 16);
    return config;
}

} // namespace lectern
