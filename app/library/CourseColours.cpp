#include "library/CourseColours.h"

#include "library/Entities.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace lectern::CourseColours {

QList<Preset> presets()
{
    // QCoreApplication::translate rather than tr(): this is a namespace, not a QObject.
    return {
        {QColor(0x3b, 0x82, 0xf6), QCoreApplication::translate("lectern::CourseColours", "Blue")},
        {QColor(0x14, 0xb8, 0xa6), QCoreApplication::translate("lectern::CourseColours", "Teal")},
        {QColor(0x22, 0xc5, 0x5e), QCoreApplication::translate("lectern::CourseColours", "Green")},
        {QColor(0xea, 0xb3, 0x08), QCoreApplication::translate("lectern::CourseColours", "Yellow")},
        {QColor(0xf9, 0x73, 0x16), QCoreApplication::translate("lectern::CourseColours", "Orange")},
        {QColor(0xef, 0x44, 0x44), QCoreApplication::translate("lectern::CourseColours", "Red")},
        {QColor(0xec, 0x48, 0x99), QCoreApplication::translate("lectern::CourseColours", "Pink")},
        {QColor(0x8b, 0x5c, 0xf6), QCoreApplication::translate("lectern::CourseColours", "Purple")},
        {QColor(0x78, 0x71, 0x6c), QCoreApplication::translate("lectern::CourseColours", "Grey")},
    };
}

QColor displayColour(const Course &course)
{
    const QColor own = QColor::fromString(course.colour);
    if (own.isValid())
        return own;
    const QList<Preset> all = presets();
    return all.at(qHash(course.id) % all.size()).colour;
}

QColor suggestNext(const QList<QColor> &used)
{
    const QList<Preset> all = presets();
    for (const Preset &preset : all) {
        if (!used.contains(preset.colour))
            return preset.colour;
    }
    return all.at(used.size() % all.size()).colour;
}

QIcon swatchIcon(const QColor &colour, int size, bool filled)
{
    // Render at the screen's pixel ratio so the swatch is crisp on high-DPI displays.
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A slightly darker outline keeps light colours visible on a light background.
    painter.setPen(QPen(filled ? colour.darker(130) : colour, filled ? 1.0 : 1.5));
    painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
    const qreal inset = 1.5;
    painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 4.0, size / 4.0);
    painter.end();
    return QIcon(pixmap);
}

QString toStoredForm(const QColor &colour)
{
    return colour.isValid() ? colour.name(QColor::HexRgb) : QString();
}

} // namespace lectern::CourseColours
