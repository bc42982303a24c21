#include "FaultResponse.h"

#include "ApiError.h"

#include <cmath>

namespace lectern::fake {

HttpResponse faultResponse(const FaultRule &rule, bool audio)
{
    constexpr double kDefaultWait = 5.289;
    ApiError error{rule.status, QString::fromLatin1(HttpResponse::reasonPhrase(rule.status)),
                   rule.status < 500 ? QStringLiteral("invalid_request_error") : QStringLiteral("internal_server_error")};
    switch (rule.status) {
    case 401:
        error.message = QStringLiteral("Invalid API Key");
        error.code = QStringLiteral("invalid_api_key");
        break;
    case 413:
        error.code = QStringLiteral("request_too_large");
        break;
    case 429: {
        const QString model = audio ? QStringLiteral("whisper-large-v3-turbo") : QStringLiteral("llama-3.3-70b-versatile");
        error.message = QStringLiteral("Rate limit reached for model `%1` in organization `org_fake` service tier `on_demand` on "
                                       "requests per minute (RPM): Limit 20, Used 20, Requested 1. Please try again in %2s. "
                                       "Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing")
                            .arg(model)
                            .arg(rule.retryAfterSeconds.value_or(kDefaultWait), 0, 'f', 3);
        error.type = QStringLiteral("requests");
        error.code = QStringLiteral("rate_limit_exceeded");
        break;
    }
    case 498:
        error.message = QStringLiteral("Flex tier capacity exceeded. This is a known issue and we're working on it.");
        error.type = QStringLiteral("capacity_exceeded");
        error.code = QStringLiteral("capacity_exceeded");
        break;
    case 502: {
        // Groq's edge answers a dead upstream with an HTML page, not JSON.
        HttpResponse response;
        response.status = 502;
        response.setHeader("content-type", "text/html");
        response.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                        "<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";
        return response;
    }
    case 503:
        error.type = QStringLiteral("service_unavailable");
        break;
    default:
        break;
    }
    if (!rule.message.isEmpty())
        error.message = rule.message;
    if (!rule.code.isEmpty())
        error.code = rule.code;
    HttpResponse response = error.response();
    if (rule.status == 429) // Groq rounds the wait up to whole seconds in the header
        response.setHeader("retry-after", QByteArray::number(qint64(std::ceil(rule.retryAfterSeconds.value_or(kDefaultWait)))));
    return response;
}

} // namespace lectern::fake
