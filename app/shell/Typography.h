#pragma once

#include <QFont>

namespace lectern::Typography {

// Fonts derived from the widget's own, so the student's font choice and size carry through.
inline QFont heading(QFont base)
{
    if (base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * 1.6);
    else
        base.setPixelSize(int(base.pixelSize() * 1.6));
    base.setWeight(QFont::DemiBold);
    return base;
}

inline QFont subheading(QFont base)
{
    if (base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * 1.15);
    else
        base.setPixelSize(int(base.pixelSize() * 1.15));
    return base;
}

} // namespace lectern::Typography
