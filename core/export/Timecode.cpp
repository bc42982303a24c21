#include "export/Timecode.h"

namespace lectern {

namespace {
constexpr qint64 kHourMs = 60 * 60 * 1000;
const QChar kZero(u'0');
} // namespace

QString Timecode::duration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, kZero)
            .arg(seconds % 60, 2, 10, kZero);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, kZero);
}

QString Timecode::position(qint64 ms, qint64 lectureMs)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    if (lectureMs >= kHourMs || ms >= kHourMs)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, kZero)
            .arg(seconds % 60, 2, 10, kZero);
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, kZero).arg(seconds % 60, 2, 10, kZero);
}

QString Timecode::subtitle(qint64 ms, QChar separator)
{
    const qint64 clamped = qMax<qint64>(0, ms);
    const qint64 seconds = clamped / 1000;
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(seconds / 3600, 2, 10, kZero)
        .arg(seconds / 60 % 60, 2, 10, kZero)
        .arg(seconds % 60, 2, 10, kZero)
        .arg(separator)
        .arg(clamped % 1000, 3, 10, kZero);
}

} // namespace lectern
