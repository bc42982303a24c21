#pragma once

#include "base/Result.h"
#include "protocol/Frame.h"

#include <QDateTime>
#include <QString>

namespace lectern::protocol {

// `ping`: a liveness check that also tells the client the server's clock (to judge skew before
// stamping hybrid logical clocks) and version.
//   request: {"v":1,"type":"ping","rid":"..."}
//   reply:   {"v":1,"type":"ok","rid":"...","time":"2024-05-01T10:00:00.000Z","version":"0.1.0"}
struct PingReply
{
    Q_DECLARE_TR_FUNCTIONS(lectern::protocol::PingReply)

public:
    QDateTime serverTime; // UTC, millisecond precision
    QString serverVersion;

    static Frame request(const QString &rid);
    QJsonObject toResult() const;
    // Reads the `ok` reply to a ping; anything else (including an `error` frame) is an error.
    static Result<PingReply> fromFrame(const Frame &reply);
};

} // namespace lectern::protocol
