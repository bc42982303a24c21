#pragma once

#include "base/Result.h"
#include "server/admin/TextTable.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <chrono>

namespace lectern::server {

// What `lectern-server admin users|groups|stats` print, read straight from the database.
class AdminReports
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::AdminReports)

public:
    // What deleting a user takes with it, to show before asking for confirmation.
    struct Footprint
    {
        qint64 syncRecords = 0;
        qint64 messages = 0;
        qint64 groups = 0;
        qint64 devices = 0;
    };

    // `tokenIdle` decides which devices still count as signed in.
    AdminReports(QSqlDatabase db, std::chrono::seconds tokenIdle) : m_db(std::move(db)), m_tokenIdle(tokenIdle) {}

    // NAME, CREATED, LAST SEEN, DEVICES (signed in now), DISABLED; by name.
    Result<TextTable> users() const;
    // ID, NAME, OWNER, MEMBERS, MESSAGES; oldest first.
    Result<TextTable> groups() const;
    // One "label: value" line per figure.
    Result<TextTable> stats() const;
    Result<Footprint> footprintOf(qint64 userId) const;

private:
    QSqlDatabase m_db;
    std::chrono::seconds m_tokenIdle;
};

} // namespace lectern::server
