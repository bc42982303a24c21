#include "server/ServerMain.h"

#include "server/ExitCode.h"
#include "server/LecternServer.h"
#include "server/ServerCommandLine.h"
#include "server/ServerConfigLoader.h"
#include "server/ServerLogging.h"
#include "server/UnixSignalWatcher.h"
#include "server/admin/AdminCommand.h"

#include <QProcessEnvironment>

#include <csignal>
#include <cstdio>

namespace lectern::server {

namespace {
int fail(const Error &error)
{
    std::fprintf(stderr, "lectern-server: %s\n", qPrintable(error.message));
    return exitCodeFor(error);
}
} // namespace

int runServer(QCoreApplication &app)
{
    ServerCommandLine commandLine;
    const auto request = commandLine.parse(app.arguments());
    if (!request)
        return fail(request.error());
    switch (request->action) {
    case ServerCommandLine::Action::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return ExitSuccess;
    case ServerCommandLine::Action::ShowVersion:
        std::printf("%s\n", qPrintable(ServerCommandLine::versionText()));
        return ExitSuccess;
    case ServerCommandLine::Action::Run:
    case ServerCommandLine::Action::Admin:
        break;
    }

    const auto config = ServerConfigLoader::load(request->options, QProcessEnvironment::systemEnvironment());
    if (!config)
        return fail(config.error());
    if (request->action == ServerCommandLine::Action::Admin) {
        if (const Status done = AdminCommand(*config, request->admin).run(); !done)
            return fail(done.error());
        return ExitSuccess;
    }

    UnixSignalWatcher signalWatcher;
    if (const Status watching = signalWatcher.watch({SIGTERM, SIGINT}); !watching)
        return fail(watching.error());

    LecternServer server(*config);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &server, [&server](int signalNumber) {
        qCInfo(lcServer).noquote() << (signalNumber == SIGTERM ? "SIGTERM" : "SIGINT") << "received";
        server.shutdown();
    });
    QObject::connect(&server, &LecternServer::stopped, &app, &QCoreApplication::quit);

    if (const Status started = server.start(); !started)
        return fail(started.error());
    return app.exec();
}

} // namespace lectern::server
