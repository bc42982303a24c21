#pragma once

#include <QPalette>
#include <QString>

namespace lectern {

// The look the student chose in Settings ("ui/theme"): the desktop's own, or Fusion with a light
// or dark palette, for desktops whose style ignores a dark colour scheme.
enum class Theme { System, Light, Dark };

Theme themeFromSetting(const QString &value);
QString themeSettingValue(Theme theme);

// Lectern's own dark palette, which the Dark theme applies (with the Fusion style).
QPalette darkThemePalette();

// Applies `theme` to the running QApplication; every window follows at once.
void applyTheme(Theme theme);

} // namespace lectern
