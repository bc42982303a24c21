#include "connection/ReconnectSchedule.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lectern {

ReconnectSchedule::ReconnectSchedule(std::chrono::milliseconds first, std::chrono::milliseconds max, QObject *parent)
    : QObject(parent), m_first(first), m_max(std::max(first, max)), m_next(first), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReconnectSchedule::due);
}

std::chrono::milliseconds ReconnectSchedule::scheduleNext()
{
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const auto wait = std::chrono::milliseconds(qint64(double(m_next.count()) * jitter));
    m_timer.start(wait);
    m_next = std::min(m_next * 2, m_max);
    return wait;
}

void ReconnectSchedule::reset()
{
    m_next = m_first;
}

void ReconnectSchedule::cancel()
{
    m_timer.stop();
}

} // namespace lectern
