#include "study/RatingButton.h"

#include <QEnterEvent>
#include <QPainter>
#include <QStyleOptionButton>

namespace lectern {

namespace {
constexpr int kBandHeight = 3;
constexpr int kPaddingX = 14;
constexpr int kPaddingY = 8;
constexpr int kLineGap = 2;

QFont boldFont(QFont font)
{
    font.setWeight(QFont::DemiBold);
    return font;
}
} // namespace

RatingButton::RatingButton(Rating rating, QWidget *parent)
    : QAbstractButton(parent), m_rating(rating)
{
    setText(ratingName(rating));
    setObjectName(QStringLiteral("rate%1Button").arg(toString(rating).at(0).toUpper() + toString(rating).mid(1)));
    setAccessibleName(text());
    setToolTip(tr("%1 (key %2)").arg(text()).arg(static_cast<int>(rating)));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The page answers to the number keys; the buttons are for the mouse and screen readers.
    setFocusPolicy(Qt::NoFocus);
}

QString RatingButton::ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return tr("Again");
    case Rating::Hard:
        return tr("Hard");
    case Rating::Good:
        return tr("Good");
    case Rating::Easy:
        return tr("Easy");
    }
    return {};
}

void RatingButton::setInterval(const QString &interval)
{
    m_interval = interval;
    //: A rating button for screen readers, e.g. "Good, again in 10 min"
    setAccessibleName(interval.isEmpty() ? text() : tr("%1, again in %2").arg(text(), interval));
    updateGeometry();
    update();
}

QSize RatingButton::sizeHint() const
{
    const QFontMetrics name(boldFont(font()));
    const QFontMetrics detail(font());
    const int width = std::max({name.horizontalAdvance(text()), detail.horizontalAdvance(m_interval),
                                detail.horizontalAdvance(QStringLiteral("00 min"))});
    const int height = kBandHeight + 2 * kPaddingY + name.height() + kLineGap + detail.height();
    return {width + 2 * kPaddingX, height};
}

QSize RatingButton::minimumSizeHint() const
{
    return sizeHint();
}

QColor RatingButton::bandColour() const
{
    switch (m_rating) {
    case Rating::Again:
        return QColor(0xe5, 0x48, 0x4d);
    case Rating::Hard:
        return QColor(0xe0, 0x9b, 0x13);
    case Rating::Good:
        return QColor(0x2f, 0x9e, 0x5e);
    case Rating::Easy:
        return QColor(0x3d, 0x8e, 0xe6);
    }
    return palette().color(QPalette::Highlight);
}

void RatingButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionButton option;
    option.initFrom(this);
    option.state |= isDown() ? QStyle::State_Sunken : QStyle::State_Raised;
    if (m_hovered)
        option.state |= QStyle::State_MouseOver;
    style()->drawControl(QStyle::CE_PushButtonBevel, &option, &painter, this);

    painter.setRenderHint(QPainter::Antialiasing);
    const QRect band(6, 4, width() - 12, kBandHeight);
    QColor colour = bandColour();
    if (!isEnabled())
        colour.setAlphaF(0.35);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(band, 1.5, 1.5);

    const QFont nameFont = boldFont(font());
    const QFontMetrics name(nameFont);
    const QFontMetrics detail(font());
    const int blockHeight = name.height() + kLineGap + detail.height();
    const int top = band.bottom() + (height() - band.bottom() - blockHeight) / 2;
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    painter.setFont(nameFont);
    painter.setPen(palette().color(group, QPalette::ButtonText));
    painter.drawText(QRect(0, top, width(), name.height()), Qt::AlignHCenter | Qt::AlignVCenter, text());
    painter.setFont(font());
    painter.setPen(palette().color(group, QPalette::PlaceholderText));
    painter.drawText(QRect(0, top + name.height() + kLineGap, width(), detail.height()),
                     Qt::AlignHCenter | Qt::AlignVCenter, m_interval);
}

void RatingButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void RatingButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace lectern
