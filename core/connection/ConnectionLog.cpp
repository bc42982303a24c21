#include "connection/ConnectionLog.h"

Q_LOGGING_CATEGORY(lcConnection, "lectern.connection", QtInfoMsg)
