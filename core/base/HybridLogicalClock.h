#pragma once

#include "base/Clock.h"

#include <QMutex>
#include <QString>

#include <compare>
#include <optional>

namespace lectern {

// A hybrid logical clock timestamp (Kulkarni et al., 2014): wall time in milliseconds, a counter
// that orders events within the same millisecond, and the id of the node that made it, which
// breaks the last ties. Every syncable row carries one as `updated_at`; last writer wins by it.
//
// The text form sorts the same way as the timestamps, so SQLite and PostgreSQL can compare it as a
// plain string: "001700000000000-0000-0123456789abcdef" (15 digits, 4 hex digits, node id).
struct HlcTimestamp
{
    qint64 wallMs = 0;
    quint16 counter = 0;
    QString node;

    QString toString() const;
    static std::optional<HlcTimestamp> fromString(QStringView text);

    bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }

    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b);
    friend bool operator==(const HlcTimestamp &a, const HlcTimestamp &b) = default;
};

// Issues timestamps for one node (a device's library, or the server). Thread-safe.
class HybridLogicalClock
{
public:
    HybridLogicalClock(QString nodeId, const Clock &clock = Clock::system());

    // A timestamp for a local change: later than every timestamp issued or observed so far.
    HlcTimestamp now();
    // Merge a timestamp received from another node so that later local changes sort after it.
    void observe(const HlcTimestamp &remote);

    const QString &nodeId() const { return m_node; }

    // A fresh random node id in the form used by HlcTimestamp (16 lowercase hex digits).
    static QString makeNodeId();

private:
    const QString m_node;
    const Clock &m_clock;
    QMutex m_mutex;
    qint64 m_lastWallMs = 0;
    quint16 m_lastCounter = 0;
};

} // namespace lectern
