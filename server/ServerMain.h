#pragma once

#include <QCoreApplication>

namespace lectern::server {

// Everything main() does: parse the command line, load the configuration, start the server, run
// until SIGTERM/SIGINT. A failure to start is one line on stderr and the exit status from
// ExitCode.h. Returns the process exit status.
int runServer(QCoreApplication &app);

} // namespace lectern::server
