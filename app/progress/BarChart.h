#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

namespace lectern {

// A bar chart painted by hand (Qt Charts is not a dependency): one bar per category, each bar a
// stack of its series' values, a value axis with round steps, a legend when there is more than one
// series, and the exact figures of a bar as its tooltip.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        // Empty: the chart picks one of its palette's series colours.
        QColor colour;
    };
    struct Bar
    {
        QString label;
        QString toolTip;
        // One per series, stacked in series order from the bottom.
        QList<double> values;

        double total() const;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setSeries(const QList<Series> &series);
    void setBars(const QList<Bar> &bars);
    // How values are written on the axis (default: whole numbers).
    void setValueFormatter(std::function<QString(double)> formatter);
    // A fixed top of the value axis (e.g. 1 for a share); otherwise it follows the data.
    void setFixedMaximum(std::optional<double> maximum);
    // Steps the value axis may use, smallest first (e.g. 15, 30, 60 for minutes); default 1, 2, 2.5
    // and 5 times a power of ten.
    void setAxisSteps(const QList<double> &steps);
    // Only every `n`th category label is written, for charts with many narrow bars.
    void setLabelEvery(int n);
    // Shown instead of the bars while every bar is zero.
    void setEmptyText(const QString &text);

    qsizetype barCount() const { return m_bars.size(); }
    const Bar &bar(qsizetype index) const { return m_bars.at(index); }
    // Where the bar is drawn (its whole stack, at least a hairline high); -1 / empty outside.
    QRect barRect(qsizetype index) const;
    qsizetype barAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout
    {
        QRect plot;
        double maximum = 1;
        double step = 1;
        int legendTop = 0;
    };
    Layout layout() const;
    QColor seriesColour(qsizetype index) const;
    QString formatValue(double value) const;

    QList<Series> m_series;
    QList<Bar> m_bars;
    std::function<QString(double)> m_formatter;
    std::optional<double> m_fixedMaximum;
    QList<double> m_axisSteps;
    int m_labelEvery = 1;
    QString m_emptyText;
};

} // namespace lectern
