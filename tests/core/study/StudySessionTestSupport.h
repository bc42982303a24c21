#pragma once

#include "base/Clock.h"
#include "library/LibraryStore.h"
#include "study/CardScheduleCache.h"
#include "study/FsrsScheduler.h"
#include "study/ReviewSession.h"
#include "study/StudyQueue.h"

#include <gtest/gtest.h>

#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace lectern::test {

template<typename R>
::testing::AssertionResult succeeded(const R &result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << qPrintable(result.error().code) << ": " << qPrintable(result.error().message);
}

// A library with one course and lecture, a student one hour east of UTC whose study day starts at
// 4 am, and a clock at 10:00 local time on 2024-03-10.
class StudySessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_clock.set(local(0, 10));
        auto opened = LibraryStore::open(m_dir.path(), m_clock);
        ASSERT_TRUE(succeeded(opened));
        m_store = std::move(opened).value();
        m_course = addCourse(QStringLiteral("Biology"));
        m_lecture = addLecture(m_course.id);
        m_options.timeZone = QTimeZone(3600);
        m_options.dayStartHour = 4;
    }

    // `hour`:`minute` local time, `days` after 2024-03-10.
    static QDateTime local(int days, int hour, int minute = 0)
    {
        return QDateTime(QDate(2024, 3, 10).addDays(days), QTime(hour, minute), QTimeZone(3600)).toUTC();
    }

    LibraryStore &store() { return *m_store; }

    Course addCourse(const QString &name)
    {
        auto course = m_store->createCourse(name);
        EXPECT_TRUE(succeeded(course));
        return course.ok() ? *course : Course{};
    }

    Lecture addLecture(const QString &courseId)
    {
        Lecture draft;
        draft.courseId = courseId;
        draft.title = QStringLiteral("Lecture");
        auto lecture = m_store->createLecture(draft);
        EXPECT_TRUE(succeeded(lecture));
        return lecture.ok() ? *lecture : Lecture{};
    }

    // A card made now; the clock then moves on a second, so cards made later are newer.
    QString addCard(const QString &front, const QString &lectureId = {}, const QString &segmentId = {})
    {
        Flashcard draft;
        draft.lectureId = lectureId.isEmpty() ? m_lecture.id : lectureId;
        draft.front = front;
        draft.back = QStringLiteral("back of ") + front;
        draft.sourceSegmentId = segmentId;
        auto card = m_store->createFlashcard(draft);
        EXPECT_TRUE(succeeded(card));
        m_clock.advanceMs(1000);
        m_names.insert(card.ok() ? card->id : QString(), front);
        return card.ok() ? card->id : QString();
    }

    // A review that reaches the library the way sync delivers one: straight into the log.
    void logReview(const QString &cardId, const QDateTime &at, Rating rating)
    {
        const auto log = m_store->reviewLog(cardId);
        ASSERT_TRUE(succeeded(log));
        QList<ReviewRecord> records = toReviewRecords(*log);
        const auto before = m_scheduler.replay(cardId, records);
        ASSERT_TRUE(succeeded(before));
        records.append({QStringLiteral("r-%1-%2").arg(cardId).arg(records.size()), at, rating});
        const auto after = m_scheduler.replay(cardId, records);
        ASSERT_TRUE(succeeded(after));
        ReviewLogEntry entry{records.last().id, cardId, at, static_cast<int>(rating), 0,
                             static_cast<int>(before->state), static_cast<int>(after->state), {}};
        ASSERT_TRUE(succeeded(m_store->appendReview(entry)));
    }

    StudyQueue buildQueue(const QString &courseId = {})
    {
        StudyQueueBuilder builder(*m_store, m_scheduler, m_clock, m_options);
        auto queue = builder.build(courseId);
        EXPECT_TRUE(succeeded(queue));
        return queue.ok() ? *queue : StudyQueue{};
    }

    QStringList names(const QList<QueuedCard> &entries) const
    {
        QStringList list;
        for (const QueuedCard &entry : entries)
            list.append(m_names.value(entry.cardId, entry.cardId));
        return list;
    }

    QString shown(const ReviewSession &session) const
    {
        return session.hasCard() ? session.currentCard().front : QString();
    }

    std::unique_ptr<ReviewSession> startSession(const QString &courseId = {})
    {
        auto session = std::make_unique<ReviewSession>(*m_store, m_scheduler, m_clock, m_options);
        EXPECT_TRUE(succeeded(session->start(courseId)));
        return session;
    }

    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    FsrsScheduler m_scheduler;
    StudyQueueOptions m_options;
    Course m_course;
    Lecture m_lecture;
    QHash<QString, QString> m_names;
};

} // namespace lectern::test
