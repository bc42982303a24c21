#include "progress/DashboardPage.h"

#include "progress/BarChart.h"
#include "progress/CalendarHeatmap.h"
#include "progress/ProgressModel.h"
#include "shell/Typography.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {

constexpr int kStudyTimeDays = 30;

// Day and month, short enough for an axis label ("12 Mar").
QString shortDate(const QDate &date)
{
    return QLocale().toString(date, u"d MMM"_s);
}

QString studyDuration(qint64 ms)
{
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes >= 60 && minutes % 60 == 0)
        return DashboardPage::tr("%1 h").arg(minutes / 60);
    if (minutes >= 60)
        return DashboardPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    if (minutes >= 1)
        return DashboardPage::tr("%n min", nullptr, int(minutes));
    return DashboardPage::tr("%n s", nullptr, int(ms / 1000));
}

QLabel *makeTile(QWidget *parent, const QString &objectName, const QString &caption, QHBoxLayout *row)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *value = new QLabel(frame);
    value->setObjectName(objectName);
    value->setFont(Typography::heading(parent->font()));
    auto *label = new QLabel(caption, frame);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(label);
    value->setAccessibleDescription(caption);
    row->addWidget(frame, 1);
    return value;
}

} // namespace

DashboardPage::DashboardPage(ProgressModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new QLabel(this))
    , m_heatmap(new CalendarHeatmap(this))
    , m_retention(new BarChart(this))
    , m_forecast(new BarChart(this))
    , m_studyTime(new BarChart(this))
    , m_cards(new BarChart(this))
    , m_achievements(new QTreeWidget(this))
    , m_reminderEnabled(new QCheckBox(tr("Remind me every day when cards are due, at"), this))
    , m_reminderTime(new QTimeEdit(this))
{
    setObjectName(u"dashboardPage"_s);
    setAccessibleName(tr("Progress"));

    auto *content = new QWidget;
    content->setObjectName(u"dashboardContent"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 28);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Progress"), content);
    title->setFont(Typography::heading(font()));
    layout->addWidget(title);

    m_banner->setObjectName(u"dashboardBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::Highlight);
    m_banner->setForegroundRole(QPalette::HighlightedText);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setAccessibleName(tr("Announcement"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    m_currentStreak = makeTile(content, u"currentStreakLabel"_s, tr("Days in a row"), tiles);
    m_longestStreak = makeTile(content, u"longestStreakLabel"_s, tr("Longest run of days"), tiles);
    m_reviewsToday = makeTile(content, u"reviewsTodayLabel"_s, tr("Reviews today"), tiles);
    m_dueToday = makeTile(content, u"dueTodayLabel"_s, tr("Due today"), tiles);
    layout->addLayout(tiles);

    m_heatmap->setObjectName(u"reviewHeatmap"_s);
    m_heatmap->setAccessibleName(tr("Reviews per day in the last year"));
    layout->addWidget(section(tr("Reviews in the last year"), m_heatmap));

    m_retention->setObjectName(u"retentionChart"_s);
    m_retention->setAccessibleName(tr("True retention by week"));
    m_retention->setFixedMaximum(1.0);
    m_retention->setValueFormatter([](double share) { return tr("%1%").arg(QLocale().toString(qRound(share * 100))); });
    m_retention->setSeries({{tr("Remembered"), {}}});
    m_retention->setLabelEvery(4);
    m_retention->setEmptyText(tr("No reviews of learned cards yet."));

    m_forecast->setObjectName(u"forecastChart"_s);
    m_forecast->setAccessibleName(tr("Cards due in the next 30 days"));
    m_forecast->setSeries({{tr("Due"), {}}});
    m_forecast->setLabelEvery(5);
    m_forecast->setEmptyText(tr("Nothing due in the next 30 days."));

    m_studyTime->setObjectName(u"studyTimeChart"_s);
    m_studyTime->setAccessibleName(tr("Study time per day in the last 30 days"));
    m_studyTime->setSeries({{tr("Reviewing"), {}}, {tr("Recording"), {}}, {tr("Listening"), {}}});
    m_studyTime->setValueFormatter([](double minutes) { return studyDuration(qint64(minutes * 60'000)); });
    m_studyTime->setLabelEvery(7);
    m_studyTime->setAxisSteps({1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360});
    m_studyTime->setEmptyText(tr("No study time in the last 30 days."));

    m_cards->setObjectName(u"cardsByStateChart"_s);
    m_cards->setAccessibleName(tr("Cards by state per course"));
    m_cards->setSeries({{tr("New"), {}}, {tr("Learning"), {}}, {tr("Review"), {}}, {tr("Relearning"), {}}});
    m_cards->setEmptyText(tr("No flashcards yet."));

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(section(tr("True retention by week"), m_retention,
                            tr("Reviews of learned cards answered with anything but Again.")),
                    0, 0);
    grid->addWidget(section(tr("Due in the next 30 days"), m_forecast, tr("Today includes overdue cards.")), 0, 1);
    grid->addWidget(section(tr("Study time per day"), m_studyTime,
                            tr("Time spent answering cards, and the length of lectures recorded.")),
                    1, 0);
    grid->addWidget(section(tr("Cards by state per course"), m_cards), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_achievements->setObjectName(u"achievementList"_s);
    m_achievements->setAccessibleName(tr("Achievements"));
    m_achievements->setHeaderLabels({tr("Achievement"), tr("What it takes"), tr("Reached on")});
    m_achievements->setRootIsDecorated(false);
    m_achievements->setSelectionMode(QAbstractItemView::NoSelection);
    m_achievements->setFocusPolicy(Qt::TabFocus);
    m_achievements->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_achievements->header()->setStretchLastSection(true);
    m_achievements->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_achievements->setAlternatingRowColors(true);
    layout->addWidget(section(tr("Achievements"), m_achievements));

    m_reminderEnabled->setObjectName(u"reminderCheckBox"_s);
    m_reminderTime->setObjectName(u"reminderTimeEdit"_s);
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    m_reminderTime->setDisplayFormat(u"HH:mm"_s);
    m_reminderTime->setEnabled(false);
    auto *reminder = new QHBoxLayout;
    reminder->addWidget(m_reminderEnabled);
    reminder->addWidget(m_reminderTime);
    reminder->addStretch();
    layout->addLayout(reminder);
    layout->addStretch();

    const auto announceReminder = [this] {
        m_reminderTime->setEnabled(m_reminderEnabled->isChecked());
        emit reminderChanged(m_reminderEnabled->isChecked(), m_reminderTime->time());
    };
    connect(m_reminderEnabled, &QCheckBox::toggled, this, announceReminder);
    connect(m_reminderTime, &QTimeEdit::timeChanged, this, announceReminder);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_model, &ProgressModel::loaded, this, &DashboardPage::refresh);
    refresh();
}

QWidget *DashboardPage::section(const QString &title, QWidget *content, const QString &caption)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    content->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, frame);
    heading->setFont(Typography::subheading(font()));
    layout->addWidget(heading);
    if (!caption.isEmpty()) {
        auto *note = new QLabel(caption, frame);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(content, 1);
    return frame;
}

void DashboardPage::setReminder(bool enabled, const QTime &at)
{
    const QSignalBlocker blockCheck(m_reminderEnabled);
    const QSignalBlocker blockTime(m_reminderTime);
    m_reminderEnabled->setChecked(enabled);
    m_reminderTime->setTime(at);
    m_reminderTime->setEnabled(enabled);
}

void DashboardPage::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void DashboardPage::refresh()
{
    refreshSummary();
    refreshCharts();
    refreshAchievements();
}

void DashboardPage::refreshSummary()
{
    const ProgressStats &stats = m_model->stats();
    const QLocale locale;
    m_currentStreak->setText(locale.toString(stats.streak.current));
    m_longestStreak->setText(locale.toString(stats.streak.longest));
    m_reviewsToday->setText(locale.toString(stats.day(stats.today).reviews));
    m_dueToday->setText(locale.toString(stats.dueForecast.value(0)));
    m_currentStreak->setAccessibleName(tr("Current streak: %n day(s)", nullptr, stats.streak.current));
    m_longestStreak->setAccessibleName(tr("Longest streak: %n day(s)", nullptr, stats.streak.longest));
}

void DashboardPage::refreshCharts()
{
    const ProgressStats &stats = m_model->stats();
    const QLocale locale;
    const QDate today = stats.today.isValid() ? stats.today : QDate::currentDate();

    QMap<QDate, int> counts;
    for (auto it = stats.days.cbegin(); it != stats.days.cend(); ++it) {
        if (it.value().reviews > 0)
            counts.insert(it.key(), it.value().reviews);
    }
    m_heatmap->setCounts(counts, today);

    QList<BarChart::Bar> weeks;
    for (const WeekRetention &week : stats.retentionByWeek) {
        const QString start = shortDate(week.weekStart);
        const QString tip = week.total > 0
            ? tr("Week of %1: %2% remembered (%3 of %n review(s))", nullptr, week.total)
                  .arg(start, locale.toString(week.rate() * 100, 'f', 1), locale.toString(week.passed))
            : tr("Week of %1: no reviews of learned cards").arg(start);
        weeks.append({start, tip, {week.rate()}});
    }
    m_retention->setBars(weeks);

    QList<BarChart::Bar> forecast;
    for (qsizetype day = 0; day < stats.dueForecast.size(); ++day) {
        const int due = stats.dueForecast[day];
        const QDate date = today.addDays(day);
        const QString label = day == 0 ? tr("Today") : shortDate(date);
        const QString tip = day == 0 ? tr("%n card(s) due today, overdue included", nullptr, due)
                                     : tr("%n card(s) due on %1", nullptr, due).arg(locale.toString(date, QLocale::LongFormat));
        forecast.append({label, tip, {double(due)}});
    }
    m_forecast->setBars(forecast);

    QList<BarChart::Bar> time;
    for (int back = kStudyTimeDays - 1; back >= 0; --back) {
        const QDate date = today.addDays(-back);
        const StudyDayTotals totals = stats.day(date);
        const QString tip = tr("%1: reviewing %2, recording %3, listening %4")
                                .arg(locale.toString(date, QLocale::LongFormat), studyDuration(totals.reviewingMs),
                                     studyDuration(totals.recordingMs), studyDuration(totals.listeningMs));
        time.append({shortDate(date), tip,
                     {totals.reviewingMs / 60'000.0, totals.recordingMs / 60'000.0, totals.listeningMs / 60'000.0}});
    }
    m_studyTime->setBars(time);

    QList<BarChart::Bar> courses;
    for (const CourseCardStates &course : stats.cardsByCourse) {
        const QString name = course.courseId.isEmpty() ? tr("Not in a course") : course.name;
        const QString tip = tr("%1: %2 new, %3 learning, %4 review, %5 relearning")
                                .arg(name, locale.toString(course.byState[0]), locale.toString(course.byState[1]),
                                     locale.toString(course.byState[2]), locale.toString(course.byState[3]));
        courses.append({name, tip,
                        {double(course.byState[0]), double(course.byState[1]), double(course.byState[2]),
                         double(course.byState[3])}});
    }
    m_cards->setBars(courses);
}

void DashboardPage::refreshAchievements()
{
    const ProgressStats &stats = m_model->stats();
    m_achievements->clear();
    const QList<Achievement> achievements = stats.achievements.isEmpty() ? achievementCatalogue() : stats.achievements;
    for (const Achievement &achievement : achievements) {
        auto *item = new QTreeWidgetItem(m_achievements);
        item->setData(0, Qt::UserRole, achievement.key());
        item->setText(0, achievement.title());
        item->setText(1, achievement.description());
        item->setToolTip(0, achievement.description());
        if (achievement.isUnlocked()) {
            item->setText(2, QLocale().toString(achievement.unlocked, QLocale::LongFormat));
            QFont bold = m_achievements->font();
            bold.setWeight(QFont::DemiBold);
            item->setFont(0, bold);
        } else {
            item->setText(2, tr("Not yet"));
            // Drawn in the palette's disabled text colour, which every theme dims legibly.
            item->setDisabled(true);
        }
    }
    // Tall enough for every row, so the page scrolls as one.
    const int rows = m_achievements->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_achievements->sizeHintForRow(0) : 0;
    m_achievements->setFixedHeight(m_achievements->header()->sizeHint().height() + rows * rowHeight
                                   + 2 * m_achievements->frameWidth());
}

} // namespace lectern
