#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace lectern {

struct Course;

// The colours a student can give a course, and how a course's colour is shown. A course's colour
// is the one hard-coded colour in the interface: it is the student's choice, everything else
// follows the system palette.
namespace CourseColours {

struct Preset
{
    QColor colour;
    // Translated name for the colour picker's accessible names and tooltips.
    QString name;
};

// Mid-tone colours that stay readable as a swatch on both light and dark palettes.
QList<Preset> presets();

// The colour to show for `course`: its own, or for a course without one (an empty or invalid
// value, e.g. from another device) a preset chosen from its id, so it stays the same every time.
QColor displayColour(const Course &course);

// The first preset none of `used` has, so a new course looks different from the existing ones
// (cycling through the presets once every one is taken).
QColor suggestNext(const QList<QColor> &used);

// A rounded square swatch; `size` in device-independent pixels. Unfilled, it is an outline only
// (for groups that are not a course).
QIcon swatchIcon(const QColor &colour, int size = 16, bool filled = true);

// The "#rrggbb" form stored in the library.
QString toStoredForm(const QColor &colour);

} // namespace CourseColours
} // namespace lectern
