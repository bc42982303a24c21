#include "recording/LevelMeter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {
constexpr double kFloorDb = -60.0;
// The peak line holds this long, then falls this much per second.
constexpr qint64 kPeakHoldMs = 1200;
constexpr double kPeakFallPerSecond = 0.6;
constexpr int kBarHeight = 14;
constexpr int kScaleHeight = 16;

const QColor kGreen(0x3f, 0xb9, 0x50);
const QColor kAmber(0xe3, 0xa0, 0x08);
const QColor kRed(0xe0, 0x3e, 0x3e);
} // namespace

LevelMeter::LevelMeter(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Input level"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_sincePeak.start();
}

double LevelMeter::position(double level)
{
    if (level <= 0.0)
        return 0.0;
    const double db = 20.0 * std::log10(level);
    return std::clamp((db - kFloorDb) / -kFloorDb, 0.0, 1.0);
}

void LevelMeter::setLevel(double rms, double peak)
{
    m_rms = position(rms);
    const double peakPosition = position(peak);
    if (peakPosition >= m_peak) {
        m_peak = peakPosition;
        m_sincePeak.restart();
    } else if (m_sincePeak.elapsed() > kPeakHoldMs) {
        const double fall = kPeakFallPerSecond * double(m_sincePeak.elapsed() - kPeakHoldMs) / 1000.0;
        m_peak = std::max(peakPosition, m_peak - fall);
    }
    setAccessibleDescription(tr("%1 dB").arg(rms > 0 ? qRound(20.0 * std::log10(rms)) : int(kFloorDb)));
    update();
}

void LevelMeter::reset()
{
    m_rms = 0.0;
    m_peak = 0.0;
    update();
}

QSize LevelMeter::sizeHint() const
{
    return {360, kBarHeight + kScaleHeight + 4};
}

QSize LevelMeter::minimumSizeHint() const
{
    return {160, kBarHeight + kScaleHeight + 4};
}

void LevelMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(0.5, 0.5, width() - 1.0, kBarHeight);
    const double radius = kBarHeight / 2.0;

    QPainterPath track;
    track.addRoundedRect(bar, radius, radius);
    QColor trough = palette().color(QPalette::Text);
    trough.setAlphaF(0.10);
    painter.fillPath(track, trough);

    // One gradient across the whole track, so the colour says how loud, not how wide.
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setColorAt(0.0, kGreen);
    gradient.setColorAt(position(0.25), kGreen); // -12 dB: loud speech
    gradient.setColorAt(position(0.5), kAmber);  // -6 dB
    gradient.setColorAt(1.0, kRed);
    painter.save();
    painter.setClipPath(track);
    painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * m_rms, bar.height()), gradient);
    if (m_peak > 0.0) {
        const double x = bar.left() + bar.width() * m_peak;
        painter.fillRect(QRectF(x - 1.5, bar.top(), 3.0, bar.height()), gradient);
    }
    painter.restore();

    // The scale: a tick every 10 dB, labelled every 20.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    QColor tickColour = palette().color(QPalette::PlaceholderText);
    painter.setPen(tickColour);
    const QFontMetrics metrics(small);
    for (int db = int(kFloorDb); db <= 0; db += 10) {
        const double x = bar.left() + bar.width() * (double(db) - kFloorDb) / -kFloorDb;
        painter.drawLine(QPointF(x, bar.bottom() + 3), QPointF(x, bar.bottom() + 6));
        if (db % 20 != 0)
            continue;
        const QString label = db == 0 ? tr("0 dB") : QString::number(db);
        const int labelWidth = metrics.horizontalAdvance(label);
        const double left = std::clamp(x - labelWidth / 2.0, 0.0, double(width() - labelWidth));
        painter.drawText(QPointF(left, bar.bottom() + 7 + metrics.ascent()), label);
    }
}

} // namespace lectern
