#pragma once

#include "base/Result.h"
#include "server/AccountStore.h"
#include "server/ServerCommandLine.h"
#include "server/ServerConfig.h"
#include "server/ServerDatabase.h"

#include <QCoreApplication>

namespace lectern::server {

// `lectern-server admin ...`: the operator's account and reporting commands, run against the
// same database (migrated first) as the server, whether or not a server is running on it.
// Errors carry the codes exitCodeFor() maps to exit statuses: `usage`, `not_found`,
// `username_taken`, `cancelled`, `database_*`.
class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::AdminCommand)

public:
    AdminCommand(ServerConfig config, AdminRequest request);

    // Prints its result on stdout, questions and prompts on stderr.
    Status run();

private:
    Status createUser(const QString &name);
    Status setDisabled(const QString &name, bool disabled);
    Status resetPassword(const QString &name);
    Status deleteUser(const QString &name);

    Result<AccountStore::User> existingUser(const QString &name) const;
    Result<QByteArray> hashNewPassword(const QString &prompt) const;
    // Tells every server instance to close the user's connections now.
    Status signOutEverywhere(qint64 userId) const;
    AccountStore store() const { return AccountStore(m_database.connection()); }

    ServerConfig m_config;
    AdminRequest m_request;
    ServerDatabase m_database;
};

} // namespace lectern::server
