#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace lectern::protocol {

// Every error code the server can put in an `error` reply. The strings (see errorCodeName) are part
// of the wire protocol: clients match on them, so once released a string never changes meaning.
// Add new codes at the end of the list and give each one a string in ErrorCode.cpp.
enum class ErrorCode {
    // The frame itself could not be understood.
    MalformedJson,      // not valid JSON, or not a text message
    NotAnObject,        // valid JSON, but not an object
    UnsupportedVersion, // "v" missing or a version this side does not speak
    MissingType,        // "type" missing or empty
    MissingRid,         // a request without "rid", so its reply could not be matched
    BadField,           // a field has the wrong type or an invalid value
    // The frame was understood but cannot be served.
    UnknownType,        // no handler for this "type"
    InternalError,      // the server failed while serving a valid request
    // Accounts (protocol/Auth.h).
    Unauthenticated,    // the request needs auth.login, auth.register or auth.resume first
    WeakPassword,       // a new password is too short (too long is bad_field)
    UsernameTaken,      // auth.register: the name is in use (compared case-insensitively)
    InvalidCredentials, // wrong username or password; never says which
    InvalidToken,       // auth.resume: unknown, revoked or expired token
    RateLimited,        // too many failed logins; the error carries "retry_after" (seconds)
    // Device sync (protocol/Sync.h).
    UnknownEntity,      // a change names an entity that does not sync
    TooManyChanges,     // sync.push: more changes than the server takes in one push
    ChangeTooLarge,     // sync.push: a change's fields exceed the server's size limit
    // Study groups and chat (protocol/Group.h).
    NotFound,           // no such group, or the caller is not a member (never told apart)
    Forbidden,          // a member asked for something only the group's owner may do
    // Accounts, added later (protocol/Auth.h).
    AccountDisabled,    // auth.login: the password is right but an operator disabled the account
};

// The stable wire string of a code, e.g. "malformed_json".
QString errorCodeName(ErrorCode code);
// The code a wire string names, or nothing for a string this version does not know (a newer
// peer may send codes added later; treat those as a generic failure and show the message).
std::optional<ErrorCode> errorCodeFromName(QStringView name);

// A lectern::Error carrying a protocol code, ready for an error reply.
Error protocolError(ErrorCode code, QString message);

} // namespace lectern::protocol
