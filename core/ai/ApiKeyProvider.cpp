#include "ai/ApiKeyProvider.h"

namespace lectern {

QString EnvironmentApiKeyProvider::apiKey() const
{
    return qEnvironmentVariable("GROQ_API_KEY").trimmed();
}

QString FallbackApiKeyProvider::apiKey() const
{
    if (m_first) {
        const QString key = m_first->apiKey();
        if (!key.isEmpty())
            return key;
    }
    return m_second ? m_second->apiKey() : QString();
}

} // namespace lectern
