#include "progress/CalendarHeatmap.h"

#include "progress/ChartColours.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {
constexpr int kGap = 3;
constexpr int kDays = 7;
} // namespace

CalendarHeatmap::CalendarHeatmap(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CalendarHeatmap::setCounts(const QMap<QDate, int> &counts, const QDate &today)
{
    m_today = today;
    m_counts = counts;
    m_busiest = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() >= firstDay() && it.key() <= today)
            m_busiest = std::max(m_busiest, it.value());
    }
    updateGeometry();
    update();
}

QDate CalendarHeatmap::firstDay() const
{
    const QDate thisMonday = m_today.addDays(1 - m_today.dayOfWeek());
    return thisMonday.addDays(-7 * (kWeeks - 1));
}

int CalendarHeatmap::level(const QDate &day) const
{
    const int n = count(day);
    if (n <= 0 || m_busiest <= 0)
        return 0;
    // Levels by share of the busiest day, so one long session does not wash out the rest.
    const double share = std::sqrt(double(n) / m_busiest);
    return std::clamp(int(std::ceil(share * (ChartColours::kHeatLevels - 1))), 1, ChartColours::kHeatLevels - 1);
}

int CalendarHeatmap::cellSize() const
{
    return cellSizeFor(width());
}

int CalendarHeatmap::cellSizeFor(int width) const
{
    const int fitting = (width - gridOrigin().x()) / kWeeks - kGap;
    return std::clamp(fitting, 9, 18);
}

int CalendarHeatmap::heightForWidth(int width) const
{
    const QFontMetrics metrics(font());
    return gridOrigin().y() + kDays * (cellSizeFor(width) + kGap) + metrics.height() + 2 * kGap;
}

bool CalendarHeatmap::hasHeightForWidth() const
{
    return true;
}

QPoint CalendarHeatmap::gridOrigin() const
{
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (int day : {1, 3, 5})
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return {labelWidth + 2 * kGap, metrics.height() + kGap};
}

QRect CalendarHeatmap::cellRect(const QDate &day) const
{
    const qint64 offset = firstDay().daysTo(day);
    if (offset < 0 || day > m_today)
        return {};
    const int size = cellSize();
    const QPoint origin = gridOrigin();
    const int week = int(offset / kDays);
    const int weekday = day.dayOfWeek() - 1;
    return {origin.x() + week * (size + kGap), origin.y() + weekday * (size + kGap), size, size};
}

QDate CalendarHeatmap::dayAt(const QPoint &position) const
{
    const int size = cellSize();
    const QPoint relative = position - gridOrigin();
    if (relative.x() < 0 || relative.y() < 0)
        return {};
    const int week = relative.x() / (size + kGap);
    const int weekday = relative.y() / (size + kGap);
    if (week >= kWeeks || weekday >= kDays)
        return {};
    const QDate day = firstDay().addDays(qint64(week) * kDays + weekday);
    return cellRect(day).contains(position) ? day : QDate();
}

QString CalendarHeatmap::toolTipFor(const QDate &day) const
{
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    return tr("%n review(s) on %1", nullptr, count(day)).arg(date);
}

QSize CalendarHeatmap::sizeHint() const
{
    const int width = gridOrigin().x() + kWeeks * (13 + kGap);
    return {width, heightForWidth(width)};
}

QSize CalendarHeatmap::minimumSizeHint() const
{
    const int width = gridOrigin().x() + kWeeks * (9 + kGap);
    return {width, heightForWidth(width)};
}

bool CalendarHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), toolTipFor(day), this, cellRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics(font());
    const QPoint origin = gridOrigin();
    const int size = cellSize();
    const QLocale locale;

    painter.setPen(ChartColours::axisText(pal));
    for (int weekday : {1, 3, 5}) {
        const QRect label(0, origin.y() + (weekday - 1) * (size + kGap), origin.x() - kGap, size);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(weekday, QLocale::ShortFormat));
    }

    // A month's name above the first week that starts in it.
    int lastLabelRight = -1;
    for (int week = 0; week < kWeeks; ++week) {
        const QDate monday = firstDay().addDays(qint64(week) * kDays);
        const QDate sunday = monday.addDays(6);
        if (week > 0 && monday.month() == monday.addDays(-7).month())
            continue;
        const QDate named = week == 0 ? sunday : monday;
        const QString name = locale.monthName(named.month(), QLocale::ShortFormat);
        const int x = origin.x() + week * (size + kGap);
        if (x <= lastLabelRight)
            continue;
        painter.drawText(QPoint(x, metrics.ascent()), name);
        lastLabelRight = x + metrics.horizontalAdvance(name) + kGap;
    }

    painter.setPen(Qt::NoPen);
    const double radius = std::max(2.0, size / 5.0);
    for (QDate day = firstDay(); day <= m_today; day = day.addDays(1)) {
        painter.setBrush(ChartColours::heat(level(day), pal));
        painter.drawRoundedRect(cellRect(day), radius, radius);
    }
    if (m_today.isValid()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::Text), 1.2));
        painter.drawRoundedRect(QRectF(cellRect(m_today)).adjusted(-0.5, -0.5, 0.5, 0.5), radius, radius);
    }

    // "Less ■■■■■ More" under the grid, right-aligned with it.
    const int legendY = origin.y() + kDays * (size + kGap) + kGap;
    const QString less = tr("Less");
    const QString more = tr("More");
    int x = origin.x() + kWeeks * (size + kGap) - kGap;
    x -= metrics.horizontalAdvance(more);
    painter.setPen(ChartColours::axisText(pal));
    painter.drawText(QPoint(x, legendY + metrics.ascent()), more);
    x -= kGap * 2;
    painter.setPen(Qt::NoPen);
    const int swatch = std::min(size, metrics.height() - 2);
    for (int level = ChartColours::kHeatLevels - 1; level >= 0; --level) {
        x -= swatch;
        painter.setBrush(ChartColours::heat(level, pal));
        painter.drawRoundedRect(QRectF(x, legendY + (metrics.height() - swatch) / 2.0, swatch, swatch), radius, radius);
        x -= kGap;
    }
    x -= kGap + metrics.horizontalAdvance(less);
    painter.setPen(ChartColours::axisText(pal));
    painter.drawText(QPoint(x, legendY + metrics.ascent()), less);
}

} // namespace lectern
