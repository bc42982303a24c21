#include "progress/ChartColours.h"

#include <algorithm>
#include <array>

namespace lectern::ChartColours {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor series(int index, const QPalette &palette)
{
    // Hues that stay apart for the common kinds of colour blindness (after Okabe and Ito), a little
    // lighter on a dark background.
    static constexpr std::array<QRgb, 6> light = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00};
    static constexpr std::array<QRgb, 6> dark = {0x4FA3E0, 0xF0B93A, 0x2BC295, 0xE08FC0, 0x8CCDF2, 0xF2813A};
    const auto &colours = isDark(palette) ? dark : light;
    return QColor(colours[size_t(std::max(index, 0)) % colours.size()]);
}

QColor heat(int level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor empty = dark ? window.lighter(150) : window.darker(108);
    if (level <= 0)
        return empty;
    const QColor full = dark ? QColor(0x39D353) : QColor(0x216E39);
    const double t = 0.25 + 0.75 * double(std::min(level, kHeatLevels - 1)) / (kHeatLevels - 1);
    return mix(dark ? QColor(0x0E4429) : QColor(0x9BE9A8), full, (t - 0.25) / 0.75);
}

QColor gridLine(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.12);
}

QColor axisText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.62);
}

} // namespace lectern::ChartColours
