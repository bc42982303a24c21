#pragma once

#include <QColor>
#include <QPalette>

namespace lectern::ChartColours {

// Chart colours follow the widget's palette, so the charts read as well in the dark theme as in
// the light one.
bool isDark(const QPalette &palette);

// A distinct colour for the `index`th series of a chart, tuned for the palette's brightness.
QColor series(int index, const QPalette &palette);

// The calendar's colour for an activity level from 0 (nothing) to kHeatLevels - 1 (busiest).
inline constexpr int kHeatLevels = 5;
QColor heat(int level, const QPalette &palette);

// Faint lines behind the bars, and the colour of axis text.
QColor gridLine(const QPalette &palette);
QColor axisText(const QPalette &palette);

} // namespace lectern::ChartColours
