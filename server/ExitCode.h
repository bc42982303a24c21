#pragma once

#include "base/Result.h"

namespace lectern::server {

// lectern-server's exit status, so scripts and systemd can tell why it stopped.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,       // anything not listed below
    ExitUsage = 2,         // bad command line or configuration
    ExitDatabase = 3,      // PostgreSQL unreachable, or its schema could not be migrated
    ExitListen = 4,        // the listen address could not be bound
    // From `lectern-server admin ...` only:
    ExitNotFound = 5,      // the named user does not exist
    ExitNameTaken = 6,     // user create: the name is in use
    ExitCancelled = 7,     // user delete: the operator did not confirm
};

// The exit status for an error that stopped the server from starting, or an admin command, by
// the error's code.
ExitCode exitCodeFor(const Error &error);

} // namespace lectern::server
