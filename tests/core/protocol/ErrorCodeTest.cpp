#include "protocol/ErrorCode.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace lectern;
using namespace lectern::protocol;

TEST(ErrorCodeTest, WireNamesAreTheDocumentedStrings)
{
    // These strings are part of the protocol: changing one breaks every released client.
    EXPECT_EQ(errorCodeName(ErrorCode::MalformedJson), QStringLiteral("malformed_json"));
    EXPECT_EQ(errorCodeName(ErrorCode::NotAnObject), QStringLiteral("not_an_object"));
    EXPECT_EQ(errorCodeName(ErrorCode::UnsupportedVersion), QStringLiteral("unsupported_version"));
    EXPECT_EQ(errorCodeName(ErrorCode::MissingType), QStringLiteral("missing_type"));
    EXPECT_EQ(errorCodeName(ErrorCode::MissingRid), QStringLiteral("missing_rid"));
    EXPECT_EQ(errorCodeName(ErrorCode::BadField), QStringLiteral("bad_field"));
    EXPECT_EQ(errorCodeName(ErrorCode::UnknownType), QStringLiteral("unknown_type"));
    EXPECT_EQ(errorCodeName(ErrorCode::InternalError), QStringLiteral("internal_error"));
    EXPECT_EQ(errorCodeName(ErrorCode::Unauthenticated), QStringLiteral("unauthenticated"));
    EXPECT_EQ(errorCodeName(ErrorCode::WeakPassword), QStringLiteral("weak_password"));
    EXPECT_EQ(errorCodeName(ErrorCode::UsernameTaken), QStringLiteral("username_taken"));
    EXPECT_EQ(errorCodeName(ErrorCode::InvalidCredentials), QStringLiteral("invalid_credentials"));
    EXPECT_EQ(errorCodeName(ErrorCode::InvalidToken), QStringLiteral("invalid_token"));
    EXPECT_EQ(errorCodeName(ErrorCode::RateLimited), QStringLiteral("rate_limited"));
    EXPECT_EQ(errorCodeName(ErrorCode::UnknownEntity), QStringLiteral("unknown_entity"));
    EXPECT_EQ(errorCodeName(ErrorCode::TooManyChanges), QStringLiteral("too_many_changes"));
    EXPECT_EQ(errorCodeName(ErrorCode::ChangeTooLarge), QStringLiteral("change_too_large"));
    EXPECT_EQ(errorCodeName(ErrorCode::NotFound), QStringLiteral("not_found"));
    EXPECT_EQ(errorCodeName(ErrorCode::Forbidden), QStringLiteral("forbidden"));
}

TEST(ErrorCodeTest, EveryCodeRoundTripsThroughItsName)
{
    QSet<QString> seen;
    for (int i = 0; i <= int(ErrorCode::Forbidden); ++i) {
        const auto code = ErrorCode(i);
        const QString name = errorCodeName(code);
        EXPECT_FALSE(seen.contains(name)) << name.toStdString();
        seen.insert(name);
        EXPECT_EQ(errorCodeFromName(name), code) << name.toStdString();
    }
}

TEST(ErrorCodeTest, UnknownNamesAreNotMistakenForKnownCodes)
{
    EXPECT_EQ(errorCodeFromName(u"rate_limited_in_a_future_version"), std::nullopt);
    EXPECT_EQ(errorCodeFromName(u""), std::nullopt);
    EXPECT_EQ(errorCodeFromName(u"MALFORMED_JSON"), std::nullopt);
}

TEST(ErrorCodeTest, ProtocolErrorCarriesTheWireName)
{
    const Error error = protocolError(ErrorCode::UnknownType, QStringLiteral("No handler"));
    EXPECT_EQ(error.code, QStringLiteral("unknown_type"));
    EXPECT_EQ(error.message, QStringLiteral("No handler"));
}
