#pragma once

#include <QLoggingCategory>

// One category per part of the server, so QT_LOGGING_RULES can turn each on or off
// (e.g. QT_LOGGING_RULES="lectern.server.http.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcServerDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerSync)
Q_DECLARE_LOGGING_CATEGORY(lcServerWebSocket)
