#include "SharedUplink.h"

#include <algorithm>
#include <numeric>

namespace lectern::fake {

namespace {
// Short enough that a 20 Mbit/s line moves in pieces of about 12 kB, well under what a
// connection buffers between two ticks.
constexpr int kTickMs = 5;
// How much of a late grant is made up for.
constexpr double kMaxCatchUpSeconds = 0.1;
} // namespace

SharedUplink::SharedUplink(qint64 bytesPerSecond, QObject *parent)
    : QObject(parent), m_bytesPerSecond(std::max<qint64>(1, bytesPerSecond))
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SharedUplink::tick);
}

void SharedUplink::attach(Reader *reader)
{
    if (!m_readers.contains(reader))
        m_readers.append(reader);
}

void SharedUplink::detach(Reader *reader)
{
    m_readers.removeAll(reader);
}

void SharedUplink::wake()
{
    if (m_timer.isActive())
        return;
    m_budget = 0;
    m_sinceTick.start();
    m_timer.start();
}

QList<qint64> SharedUplink::share(const QList<qint64> &wants, qint64 budget)
{
    QList<qint64> grants(wants.size(), 0);
    QList<qsizetype> order(wants.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&wants](qsizetype a, qsizetype b) { return wants[a] < wants[b]; });
    qint64 left = std::max<qint64>(0, budget);
    for (qsizetype k = 0; k < order.size(); ++k) {
        const qsizetype i = order[k];
        const qint64 fair = left / (order.size() - k);
        grants[i] = std::clamp<qint64>(wants[i], 0, fair);
        left -= grants[i];
    }
    return grants;
}

void SharedUplink::tick()
{
    const double seconds = double(m_sinceTick.nsecsElapsed()) / 1e9;
    m_sinceTick.start();
    m_budget = std::min(m_budget + seconds * double(m_bytesPerSecond), kMaxCatchUpSeconds * double(m_bytesPerSecond));

    const QList<Reader *> readers = m_readers;
    QList<qint64> wants;
    wants.reserve(readers.size());
    bool anyWaiting = false;
    for (Reader *reader : readers) {
        qint64 want = reader->bytesWaiting();
        anyWaiting = anyWaiting || want > 0;
        if (const qint64 own = reader->ownLimit(); own >= 0)
            want = std::min(want, own);
        wants.append(want);
    }
    if (!anyWaiting) {
        // Nothing to carry: the line goes idle and saves nothing up.
        m_budget = 0;
        m_timer.stop();
        return;
    }
    const QList<qint64> grants = share(wants, qint64(m_budget));
    for (qsizetype i = 0; i < readers.size(); ++i) {
        // A reader may have gone away while an earlier one was served.
        if (grants[i] <= 0 || !m_readers.contains(readers[i]))
            continue;
        const qint64 read = readers[i]->readGranted(grants[i]);
        m_budget -= double(read);
        m_carried += read;
    }
}

} // namespace lectern::fake
