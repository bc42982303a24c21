#include "server/ServerLogging.h"

// Info and above by default: a server's log should say what happened, not every request.
Q_LOGGING_CATEGORY(lcServer, "lectern.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDatabase, "lectern.server.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "lectern.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerSync, "lectern.server.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerWebSocket, "lectern.server.websocket", QtInfoMsg)
