#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace lectern {

// A year of study days as a grid of small squares, one column per week (Monday at the top), each
// day's square the darker the more cards were reviewed; hovering shows the exact number.
class CalendarHeatmap : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kWeeks = 53;

    explicit CalendarHeatmap(QWidget *parent = nullptr);

    void setCounts(const QMap<QDate, int> &counts, const QDate &today);

    QDate firstDay() const;
    QDate today() const { return m_today; }
    int count(const QDate &day) const { return m_counts.value(day); }
    // 0 (nothing) to ChartColours::kHeatLevels - 1.
    int level(const QDate &day) const;
    QRect cellRect(const QDate &day) const;
    QDate dayAt(const QPoint &position) const;
    QString toolTipFor(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int cellSize() const;
    int cellSizeFor(int width) const;
    QPoint gridOrigin() const;

    QMap<QDate, int> m_counts;
    QDate m_today;
    int m_busiest = 0;
};

} // namespace lectern
