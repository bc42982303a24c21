#include "ai/GroqError.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(GroqErrors, ClassifiesHttpFailures)
{
    const GroqFailure unauthorized = GroqErrors::fromHttpStatus(
        401, R"({"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}})", {});
    EXPECT_EQ(unauthorized.error.code, groq::kInvalidApiKey);
    EXPECT_FALSE(unauthorized.retryable);
    EXPECT_EQ(unauthorized.groqCode, QStringLiteral("invalid_api_key"));
    EXPECT_TRUE(unauthorized.error.message.contains(QStringLiteral("Invalid API Key")));

    const GroqFailure tooLarge = GroqErrors::fromHttpStatus(413, R"({"error":{"message":"Request Entity Too Large"}})", {});
    EXPECT_EQ(tooLarge.error.code, groq::kTooLarge);
    EXPECT_FALSE(tooLarge.retryable);

    const GroqFailure limited = GroqErrors::fromHttpStatus(
        429, R"({"error":{"message":"Rate limit reached. Please try again in 1m30.5s.","code":"rate_limit_exceeded"}})", {});
    EXPECT_EQ(limited.error.code, groq::kRateLimited);
    EXPECT_TRUE(limited.retryable);
    EXPECT_EQ(limited.retryAfterSeconds, 90.5);
    EXPECT_EQ(limited.error.message, QStringLiteral("Groq's rate limit was reached; waiting 91 s"));
    EXPECT_EQ(GroqErrors::fromHttpStatus(429, "{}", "6").retryAfterSeconds, 6.0);
    EXPECT_EQ(GroqErrors::finalError(limited).message, QStringLiteral("Groq's rate limit was reached; try again in 91 s."));

    const GroqFailure gateway = GroqErrors::fromHttpStatus(502, "<html><title>502 Bad Gateway</title></html>", {});
    EXPECT_EQ(gateway.error.code, groq::kGroqUnavailable);
    EXPECT_TRUE(gateway.retryable);
    EXPECT_TRUE(gateway.error.message.contains(QStringLiteral("502")));
    EXPECT_TRUE(GroqErrors::fromHttpStatus(498, "{}", {}).retryable);
    EXPECT_TRUE(GroqErrors::fromHttpStatus(408, "{}", {}).retryable);
    EXPECT_TRUE(GroqErrors::fromHttpStatus(409, "{}", {}).retryable);

    const GroqFailure jsonFailed = GroqErrors::fromHttpStatus(
        400, R"({"error":{"message":"Failed to generate JSON.","code":"json_validate_failed"}})", {});
    EXPECT_EQ(jsonFailed.error.code, groq::kBadResponse);
    EXPECT_TRUE(jsonFailed.retryable);

    const GroqFailure missingModel = GroqErrors::fromHttpStatus(
        404, R"({"error":{"message":"The model `x` does not exist or you do not have access to it.","code":"model_not_found"}})", {});
    EXPECT_EQ(missingModel.error.code, groq::kRequestRejected);
    EXPECT_FALSE(missingModel.retryable);
    EXPECT_TRUE(missingModel.error.message.contains(QStringLiteral("does not exist")));
}

TEST(GroqErrors, TellsOfflineFromABrokenConnection)
{
    for (auto error : {QNetworkReply::HostNotFoundError, QNetworkReply::ConnectionRefusedError, QNetworkReply::TemporaryNetworkFailureError}) {
        const GroqFailure failure = GroqErrors::fromNetworkError(error, QStringLiteral("detail"), QStringLiteral("api.groq.com"));
        EXPECT_EQ(failure.error.code, groq::kOffline);
        EXPECT_FALSE(failure.retryable);
        EXPECT_TRUE(failure.error.message.contains(QStringLiteral("api.groq.com")));
    }
    const GroqFailure dropped = GroqErrors::fromNetworkError(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"), {});
    EXPECT_EQ(dropped.error.code, groq::kGroqUnavailable);
    EXPECT_TRUE(dropped.retryable);
    EXPECT_EQ(GroqErrors::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("bad cert"), {}).error.code,
              groq::kNetworkError);
    EXPECT_EQ(GroqErrors::noApiKey().message, QStringLiteral("No Groq API key. Save one in Lectern's Settings (or with \"lectern-cli key set\"), or set the GROQ_API_KEY environment variable."));
}
