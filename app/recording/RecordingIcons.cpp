#include "recording/RecordingIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace lectern::RecordingIcons {

namespace {
constexpr int kSize = 32; // drawn at twice the button's 16 px, so it stays sharp on HiDPI

QIcon drawn(const std::function<void(QPainter &)> &paint, const QColor &disabled)
{
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        QPixmap pixmap(kSize, kSize);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        paint(painter);
        if (mode == QIcon::Disabled) {
            // The shape stays, its colour gives way to the palette's disabled text.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), disabled);
        }
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
    return icon;
}

QColor disabledColour(const QPalette &palette)
{
    QColor colour = palette.color(QPalette::Disabled, QPalette::ButtonText);
    colour.setAlphaF(0.55);
    return colour;
}
} // namespace

QColor recordColour()
{
    return {0xe0, 0x3e, 0x3e};
}

QColor pauseColour()
{
    return {0xd9, 0x8e, 0x04};
}

QIcon record(const QPalette &palette)
{
    return drawn([](QPainter &p) {
        p.setBrush(recordColour());
        p.drawEllipse(QRectF(5, 5, 22, 22));
    }, disabledColour(palette));
}

QIcon pause(const QPalette &palette)
{
    const QColor colour = palette.color(QPalette::ButtonText);
    return drawn([colour](QPainter &p) {
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(7, 5, 7, 22), 2, 2);
        p.drawRoundedRect(QRectF(18, 5, 7, 22), 2, 2);
    }, disabledColour(palette));
}

QIcon resume(const QPalette &palette)
{
    return drawn([](QPainter &p) {
        p.setBrush(recordColour());
        QPainterPath triangle;
        triangle.moveTo(8, 5);
        triangle.lineTo(27, 16);
        triangle.lineTo(8, 27);
        triangle.closeSubpath();
        p.drawPath(triangle);
    }, disabledColour(palette));
}

QIcon stop(const QPalette &palette)
{
    const QColor colour = palette.color(QPalette::ButtonText);
    return drawn([colour](QPainter &p) {
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(6, 6, 20, 20), 3, 3);
    }, disabledColour(palette));
}

} // namespace lectern::RecordingIcons
