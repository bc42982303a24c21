#pragma once

#include <QLatin1StringView>
#include <QStringView>

namespace lectern::protocol {

// Account requests. A connection starts unauthenticated and may then send only ping,
// auth.register, auth.login and auth.resume; anything else is answered `unauthenticated`.
// Tokens are opaque base64url strings (43 characters, 256 random bits); times are ISO 8601 UTC
// with milliseconds, as in ping.
namespace FrameType {
// {username, password, device_name} → ok {user_id, token, expires_at}
// username: 3–32 of a-z 0-9 . _ - (letters case-insensitive; unique regardless of case);
// password: 8–128 Unicode code points; device_name: 1–64 characters, shown in device lists.
// Errors: bad_field, weak_password, username_taken.
inline constexpr QLatin1StringView AuthRegister{"auth.register"};
// {username, password, device_name} → ok {user_id, token, expires_at}
// Errors: invalid_credentials (the same for an unknown user and a wrong password),
// rate_limited {retry_after: whole seconds}.
inline constexpr QLatin1StringView AuthLogin{"auth.login"};
// {token} → ok {user_id, username, expires_at}. Errors: invalid_token (unknown, revoked, idle
// for too long or past its absolute lifetime).
inline constexpr QLatin1StringView AuthResume{"auth.resume"};
// {all_devices?: bool (default false)} → ok {}. Revokes this device's token, or every token of
// the account (other connections of the account are then closed). The connection stays open,
// unauthenticated.
inline constexpr QLatin1StringView AuthLogout{"auth.logout"};
// {old_password, new_password} → ok {}. Revokes every other device's token and closes their
// connections; this device stays signed in. Errors: invalid_credentials, weak_password, rate_limited.
inline constexpr QLatin1StringView AuthChangePassword{"auth.change_password"};
// {password} → ok {}. Deletes the account with everything stored for it and closes its other
// connections; this one stays open, unauthenticated. Errors: invalid_credentials, rate_limited.
inline constexpr QLatin1StringView AuthDeleteAccount{"auth.delete_account"};
} // namespace FrameType

// Field names of the account frames.
namespace AuthField {
inline constexpr QStringView Username{u"username"};
inline constexpr QStringView Password{u"password"};
inline constexpr QStringView DeviceName{u"device_name"};
inline constexpr QStringView Token{u"token"};
inline constexpr QStringView UserId{u"user_id"};
inline constexpr QStringView ExpiresAt{u"expires_at"};
inline constexpr QStringView AllDevices{u"all_devices"};
inline constexpr QStringView OldPassword{u"old_password"};
inline constexpr QStringView NewPassword{u"new_password"};
inline constexpr QStringView RetryAfter{u"retry_after"};
} // namespace AuthField

} // namespace lectern::protocol
