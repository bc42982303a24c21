#include "study/Achievements.h"

#include <QCoreApplication>

namespace lectern {

namespace {

struct CatalogueEntry
{
    Achievement::Id id;
    const char *key;
    const char *title;
    const char *description;
};

constexpr CatalogueEntry kCatalogue[] = {
    {Achievement::Id::FirstLecture, "first-lecture", QT_TRANSLATE_NOOP("Achievement", "First lecture"),
     QT_TRANSLATE_NOOP("Achievement", "Recorded your first lecture.")},
    {Achievement::Id::TenLectures, "10-lectures", QT_TRANSLATE_NOOP("Achievement", "Ten lectures"),
     QT_TRANSLATE_NOOP("Achievement", "Recorded ten lectures.")},
    {Achievement::Id::FirstReview, "first-review", QT_TRANSLATE_NOOP("Achievement", "First review"),
     QT_TRANSLATE_NOOP("Achievement", "Reviewed your first flashcard.")},
    {Achievement::Id::HundredReviews, "100-reviews", QT_TRANSLATE_NOOP("Achievement", "100 reviews"),
     QT_TRANSLATE_NOOP("Achievement", "Reviewed flashcards 100 times.")},
    {Achievement::Id::ThousandReviews, "1000-reviews", QT_TRANSLATE_NOOP("Achievement", "1,000 reviews"),
     QT_TRANSLATE_NOOP("Achievement", "Reviewed flashcards 1,000 times.")},
    {Achievement::Id::WeekStreak, "7-day-streak", QT_TRANSLATE_NOOP("Achievement", "A week in a row"),
     QT_TRANSLATE_NOOP("Achievement", "Studied on 7 days in a row.")},
    {Achievement::Id::MonthStreak, "30-day-streak", QT_TRANSLATE_NOOP("Achievement", "A month in a row"),
     QT_TRANSLATE_NOOP("Achievement", "Studied on 30 days in a row.")},
    {Achievement::Id::CourseReviewed, "course-reviewed", QT_TRANSLATE_NOOP("Achievement", "A course fully reviewed"),
     QT_TRANSLATE_NOOP("Achievement", "Reviewed every flashcard of a course at least once.")},
};

const CatalogueEntry &entryFor(Achievement::Id id)
{
    for (const CatalogueEntry &entry : kCatalogue) {
        if (entry.id == id)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

QString Achievement::key() const
{
    return QString::fromLatin1(entryFor(id).key);
}

QString Achievement::title() const
{
    return QCoreApplication::translate("Achievement", entryFor(id).title);
}

QString Achievement::description() const
{
    return QCoreApplication::translate("Achievement", entryFor(id).description);
}

QList<Achievement> achievementCatalogue()
{
    QList<Achievement> achievements;
    for (const CatalogueEntry &entry : kCatalogue)
        achievements.append({entry.id, QDate()});
    return achievements;
}

QList<Achievement> unannouncedAchievements(const QList<Achievement> &achievements,
                                           const std::optional<QStringList> &announced, const QDate &today)
{
    QList<Achievement> fresh;
    for (const Achievement &achievement : achievements) {
        if (!achievement.isUnlocked())
            continue;
        const bool isNew = announced ? !announced->contains(achievement.key()) : achievement.unlocked >= today;
        if (isNew)
            fresh.append(achievement);
    }
    return fresh;
}

} // namespace lectern
