#include "progress/BarChart.h"

#include "progress/ChartColours.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

constexpr int kTicks = 4;
constexpr int kPadding = 6;

// A step of 1, 2 or 5 times a power of ten, so the axis reads 0, 25, 50 rather than 0, 23, 46.
double roundStep(double maximum)
{
    const double raw = std::max(maximum, 1e-9) / kTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

double BarChart::Bar::total() const
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum;
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_Hover);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    update();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    update();
}

void BarChart::setValueFormatter(std::function<QString(double)> formatter)
{
    m_formatter = std::move(formatter);
    update();
}

void BarChart::setFixedMaximum(std::optional<double> maximum)
{
    m_fixedMaximum = maximum;
    update();
}

void BarChart::setAxisSteps(const QList<double> &steps)
{
    m_axisSteps = steps;
    update();
}

void BarChart::setLabelEvery(int n)
{
    m_labelEvery = std::max(n, 1);
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QString BarChart::formatValue(double value) const
{
    return m_formatter ? m_formatter(value) : QLocale().toString(qRound64(value));
}

QColor BarChart::seriesColour(qsizetype index) const
{
    if (index < m_series.size() && m_series[index].colour.isValid())
        return m_series[index].colour;
    return ChartColours::series(int(index), palette());
}

BarChart::Layout BarChart::layout() const
{
    Layout l;
    double dataMaximum = 0;
    for (const Bar &bar : m_bars)
        dataMaximum = std::max(dataMaximum, bar.total());
    const double top = m_fixedMaximum.value_or(dataMaximum > 0 ? dataMaximum : 1.0);
    l.step = roundStep(top);
    for (double step : m_axisSteps) {
        l.step = step;
        if (step * kTicks >= top)
            break;
    }
    l.maximum = m_fixedMaximum ? top : l.step * std::ceil(top / l.step);
    if (m_fixedMaximum)
        l.step = top / kTicks;

    const QFontMetrics metrics(font());
    int axisWidth = 0;
    for (int tick = 0; tick <= kTicks; ++tick)
        axisWidth = std::max(axisWidth, metrics.horizontalAdvance(formatValue(l.step * tick)));
    const int legendHeight = m_series.size() > 1 ? metrics.height() + kPadding : 0;
    l.legendTop = kPadding;
    l.plot = QRect(QPoint(axisWidth + 2 * kPadding, kPadding + legendHeight + metrics.height() / 2),
                   QPoint(width() - kPadding - 1, height() - metrics.height() - 2 * kPadding));
    return l;
}

QRect BarChart::barRect(qsizetype index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Layout l = layout();
    const double slot = double(l.plot.width()) / double(m_bars.size());
    const double gap = std::clamp(slot * 0.22, 1.0, 12.0);
    const int left = l.plot.left() + int(std::round(slot * double(index) + gap / 2));
    const int right = l.plot.left() + int(std::round(slot * double(index + 1) - gap / 2));
    const double share = std::clamp(m_bars[index].total() / l.maximum, 0.0, 1.0);
    const int height = std::max(1, int(std::round(share * l.plot.height())));
    return QRect(QPoint(left, l.plot.bottom() - height + 1), QPoint(std::max(left, right - 1), l.plot.bottom()));
}

qsizetype BarChart::barAt(const QPoint &position) const
{
    const Layout l = layout();
    if (m_bars.isEmpty() || position.x() < l.plot.left() || position.x() > l.plot.right() || position.y() < l.plot.top()
        || position.y() > l.plot.bottom() + QFontMetrics(font()).height() + kPadding)
        return -1;
    const double slot = double(l.plot.width()) / double(m_bars.size());
    return std::clamp<qsizetype>(qsizetype((position.x() - l.plot.left()) / slot), 0, m_bars.size() - 1);
}

QSize BarChart::sizeHint() const
{
    return {420, 220};
}

QSize BarChart::minimumSizeHint() const
{
    return {220, 160};
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype index = barAt(help->pos());
        if (index >= 0 && !m_bars[index].toolTip.isEmpty()) {
            const Layout l = layout();
            const QRect column(barRect(index).left(), l.plot.top(), barRect(index).width(), l.plot.height());
            QToolTip::showText(help->globalPos(), m_bars[index].toolTip, this, column);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Layout l = layout();
    const QFontMetrics metrics(font());

    // Value axis: faint lines at round steps, their values on the left.
    painter.setFont(font());
    for (int tick = 0; tick <= kTicks; ++tick) {
        const double value = l.step * tick;
        if (value > l.maximum + 1e-9)
            break;
        const int y = l.plot.bottom() - int(std::round(value / l.maximum * l.plot.height()));
        painter.setPen(QPen(ChartColours::gridLine(pal), 1));
        painter.drawLine(l.plot.left(), y, l.plot.right(), y);
        painter.setPen(ChartColours::axisText(pal));
        const QRect label(0, y - metrics.height() / 2, l.plot.left() - kPadding, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, formatValue(value));
    }

    bool anyValue = false;
    for (const Bar &bar : m_bars)
        anyValue = anyValue || bar.total() > 0;

    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        const QRect whole = barRect(i);
        // Stacked from the bottom; the top segment gets rounded corners.
        double below = 0;
        const double total = bar.total();
        const qsizetype topSegment = [&] {
            for (qsizetype s = bar.values.size() - 1; s >= 0; --s) {
                if (bar.values[s] > 0)
                    return s;
            }
            return qsizetype(-1);
        }();
        for (qsizetype s = 0; s < bar.values.size(); ++s) {
            const double value = bar.values[s];
            if (value <= 0)
                continue;
            const int bottomY = whole.bottom() + 1 - int(std::round(below / total * whole.height()));
            below += value;
            const int topY = whole.bottom() + 1 - int(std::round(below / total * whole.height()));
            const QRectF segment(whole.left(), topY, whole.width(), std::max(1, bottomY - topY));
            painter.setPen(Qt::NoPen);
            painter.setBrush(seriesColour(s));
            if (s == topSegment && segment.height() > 3 && segment.width() > 4) {
                const double radius = std::min(3.0, segment.width() / 3);
                QPainterPath path;
                // Winding, so the square lower half adds to the rounded rectangle rather than cutting it out.
                path.setFillRule(Qt::WindingFill);
                path.addRoundedRect(segment, radius, radius);
                path.addRect(segment.adjusted(0, radius, 0, 0));
                painter.drawPath(path.simplified());
            } else {
                painter.drawRect(segment);
            }
        }
        if (i % m_labelEvery == 0 && !bar.label.isEmpty()) {
            painter.setPen(ChartColours::axisText(pal));
            const int centre = whole.center().x();
            const int labelWidth = std::max(whole.width(), int(l.plot.width() / std::max<qsizetype>(m_bars.size(), 1)) * m_labelEvery);
            const QRect label(centre - labelWidth / 2, l.plot.bottom() + kPadding, labelWidth, metrics.height());
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        }
    }

    if (!anyValue && !m_emptyText.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(l.plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }

    if (m_series.size() > 1) {
        // Legend along the top right.
        int x = width() - kPadding;
        const int swatch = metrics.height() * 2 / 3;
        for (qsizetype s = m_series.size() - 1; s >= 0; --s) {
            const int textWidth = metrics.horizontalAdvance(m_series[s].name);
            x -= textWidth;
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QRect(x, l.legendTop, textWidth, metrics.height()), Qt::AlignVCenter, m_series[s].name);
            x -= swatch + 4;
            painter.setPen(Qt::NoPen);
            painter.setBrush(seriesColour(s));
            painter.drawRoundedRect(QRectF(x, l.legendTop + (metrics.height() - swatch) / 2.0, swatch, swatch), 2, 2);
            x -= 14;
        }
    }
}

} // namespace lectern
