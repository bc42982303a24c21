#pragma once

#include <QTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTimeEdit;
class QTreeWidget;

namespace lectern {

class BarChart;
class CalendarHeatmap;
class ProgressModel;

// The progress dashboard: streaks, a year of reviews as a calendar, retention by week, the due
// forecast, study time per day, cards by state per course, achievements with the day each was
// reached, and the daily reminder's setting. It shows what `model` loaded and follows its reloads.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(ProgressModel *model, QWidget *parent = nullptr);

    CalendarHeatmap *heatmap() const { return m_heatmap; }
    BarChart *retentionChart() const { return m_retention; }
    BarChart *forecastChart() const { return m_forecast; }
    BarChart *studyTimeChart() const { return m_studyTime; }
    BarChart *cardsChart() const { return m_cards; }
    QLabel *currentStreakLabel() const { return m_currentStreak; }
    QLabel *longestStreakLabel() const { return m_longestStreak; }
    QTreeWidget *achievementList() const { return m_achievements; }
    QCheckBox *reminderCheckBox() const { return m_reminderEnabled; }
    QTimeEdit *reminderTimeEdit() const { return m_reminderTime; }
    QLabel *banner() const { return m_banner; }

    void setReminder(bool enabled, const QTime &at);
    // A message across the top of the page (e.g. an achievement, where no tray is available).
    void showBanner(const QString &text);

signals:
    void reminderChanged(bool enabled, const QTime &at);

private:
    void refresh();
    void refreshSummary();
    void refreshCharts();
    void refreshAchievements();
    QWidget *section(const QString &title, QWidget *content, const QString &caption = {});

    ProgressModel *m_model;
    QLabel *m_banner;
    QLabel *m_currentStreak;
    QLabel *m_longestStreak;
    QLabel *m_reviewsToday;
    QLabel *m_dueToday;
    CalendarHeatmap *m_heatmap;
    BarChart *m_retention;
    BarChart *m_forecast;
    BarChart *m_studyTime;
    BarChart *m_cards;
    QTreeWidget *m_achievements;
    QCheckBox *m_reminderEnabled;
    QTimeEdit *m_reminderTime;
};

} // namespace lectern
