#include "base/HybridLogicalClock.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lectern {

namespace {
constexpr int kWallDigits = 15;
constexpr int kCounterDigits = 4;
constexpr int kNodeDigits = 16;
constexpr qsizetype kTextLength = kWallDigits + 1 + kCounterDigits + 1 + kNodeDigits;

bool isLowerHex(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}
} // namespace

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 16, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::fromString(QStringView text)
{
    if (text.size() != kTextLength || text[kWallDigits] != u'-' || text[kWallDigits + 1 + kCounterDigits] != u'-')
        return std::nullopt;
    const QStringView wall = text.first(kWallDigits);
    const QStringView counter = text.sliced(kWallDigits + 1, kCounterDigits);
    const QStringView node = text.last(kNodeDigits);
    if (!std::all_of(wall.begin(), wall.end(), [](QChar c) { return c.isDigit(); })
        || !isLowerHex(counter) || !isLowerHex(node))
        return std::nullopt;
    HlcTimestamp ts;
    ts.wallMs = wall.toLongLong();
    ts.counter = static_cast<quint16>(counter.toUInt(nullptr, 16));
    ts.node = node.toString();
    return ts;
}

std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b)
{
    if (auto c = a.wallMs <=> b.wallMs; c != 0)
        return c;
    if (auto c = a.counter <=> b.counter; c != 0)
        return c;
    const int n = a.node.compare(b.node);
    return n < 0 ? std::strong_ordering::less : n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

HybridLogicalClock::HybridLogicalClock(QString nodeId, const Clock &clock)
    : m_node(std::move(nodeId)), m_clock(clock)
{
}

HlcTimestamp HybridLogicalClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 physical = m_clock.nowMs();
    if (physical > m_lastWallMs) {
        m_lastWallMs = physical;
        m_lastCounter = 0;
    } else if (m_lastCounter == 0xffff) {
        // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
        ++m_lastWallMs;
        m_lastCounter = 0;
    } else {
        ++m_lastCounter;
    }
    return {m_lastWallMs, m_lastCounter, m_node};
}

void HybridLogicalClock::observe(const HlcTimestamp &remote)
{
    QMutexLocker lock(&m_mutex);
    if (remote.wallMs > m_lastWallMs || (remote.wallMs == m_lastWallMs && remote.counter > m_lastCounter)) {
        m_lastWallMs = remote.wallMs;
        m_lastCounter = remote.counter;
    }
}

QString HybridLogicalClock::makeNodeId()
{
    const quint64 id = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(id, kNodeDigits, 16, QLatin1Char('0'));
}

} // namespace lectern
