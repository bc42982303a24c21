#include "server/ExitCode.h"

namespace lectern::server {

ExitCode exitCodeFor(const Error &error)
{
    if (error.code == u"usage" || error.code == u"config_invalid")
        return ExitUsage;
    if (error.code.startsWith(u"database_"))
        return ExitDatabase;
    if (error.code == u"listen_failed")
        return ExitListen;
    return ExitFailure;
}

} // namespace lectern::server
