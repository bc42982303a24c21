#include "protocol/ErrorCode.h"

#include <array>
#include <cstddef>
#include <utility>

namespace lectern::protocol {

namespace {
// One row per code; the compiler checks the table has a row for every enumerator below.
constexpr std::array kNames = {
    std::pair{ErrorCode::MalformedJson, u"malformed_json"},
    std::pair{ErrorCode::NotAnObject, u"not_an_object"},
    std::pair{ErrorCode::UnsupportedVersion, u"unsupported_version"},
    std::pair{ErrorCode::MissingType, u"missing_type"},
    std::pair{ErrorCode::MissingRid, u"missing_rid"},
    std::pair{ErrorCode::BadField, u"bad_field"},
    std::pair{ErrorCode::UnknownType, u"unknown_type"},
    std::pair{ErrorCode::InternalError, u"internal_error"},
    std::pair{ErrorCode::Unauthenticated, u"unauthenticated"},
    std::pair{ErrorCode::WeakPassword, u"weak_password"},
    std::pair{ErrorCode::UsernameTaken, u"username_taken"},
    std::pair{ErrorCode::InvalidCredentials, u"invalid_credentials"},
    std::pair{ErrorCode::InvalidToken, u"invalid_token"},
    std::pair{ErrorCode::RateLimited, u"rate_limited"},
    std::pair{ErrorCode::UnknownEntity, u"unknown_entity"},
    std::pair{ErrorCode::TooManyChanges, u"too_many_changes"},
    std::pair{ErrorCode::ChangeTooLarge, u"change_too_large"},
    std::pair{ErrorCode::NotFound, u"not_found"},
    std::pair{ErrorCode::Forbidden, u"forbidden"},
    std::pair{ErrorCode::AccountDisabled, u"account_disabled"},
};

constexpr bool tableMatchesEnum()
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (int(kNames[i].first) != int(i))
            return false;
    }
    return int(ErrorCode::AccountDisabled) + 1 == int(kNames.size());
}
static_assert(tableMatchesEnum(), "kNames must list every ErrorCode once, in declaration order");
} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromUtf16(kNames[std::size_t(code)].second);
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &[code, text] : kNames) {
        if (name == QStringView(text))
            return code;
    }
    return std::nullopt;
}

Error protocolError(ErrorCode code, QString message)
{
    return Error{errorCodeName(code), std::move(message)};
}

} // namespace lectern::protocol
