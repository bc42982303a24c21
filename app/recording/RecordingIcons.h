#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace lectern::RecordingIcons {

// Transport icons drawn here rather than taken from the icon theme: the desktop may have none,
// and a red record dot must look the same everywhere.
QColor recordColour();
QColor pauseColour();
QIcon record(const QPalette &palette);
QIcon pause(const QPalette &palette);
QIcon resume(const QPalette &palette);
QIcon stop(const QPalette &palette);

} // namespace lectern::RecordingIcons
