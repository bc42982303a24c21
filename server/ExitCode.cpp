#include "server/ExitCode.h"

namespace lectern::server {

ExitCode exitCodeFor(const Error &error)
{
    // bad_field, weak_password, password_mismatch: an admin command's input broke a rule.
    if (error.code == u"usage" || error.code == u"config_invalid" || error.code == u"bad_field"
        || error.code == u"weak_password" || error.code == u"password_mismatch")
        return ExitUsage;
    // internal_error: what the account and group stores report when a query fails.
    if (error.code.startsWith(u"database_") || error.code == u"internal_error")
        return ExitDatabase;
    if (error.code == u"not_found")
        return ExitNotFound;
    if (error.code == u"username_taken")
        return ExitNameTaken;
    if (error.code == u"cancelled")
        return ExitCancelled;
    if (error.code == u"listen_failed")
        return ExitListen;
    return ExitFailure;
}

} // namespace lectern::server
