#include "StudySessionTestSupport.h"

#include <QSignalSpy>

namespace lectern::test {
namespace {

using ReviewSessionTest = StudySessionTest;

TEST_F(ReviewSessionTest, ShowsTheFrontThenTheBackAndLogsTheAnswer)
{
    const QString card = addCard(QStringLiteral("What is ATP?"));
    auto session = startSession();
    ASSERT_TRUE(session->hasCard());
    EXPECT_EQ(session->currentKind(), QueuedCard::Kind::New);
    EXPECT_FALSE(session->isRevealed());
    QSignalSpy revealed(session.get(), &ReviewSession::revealedChanged);
    m_clock.advanceMs(4000);
    session->reveal();
    EXPECT_TRUE(session->isRevealed());
    EXPECT_EQ(revealed.count(), 1);
    m_clock.advanceMs(3000);
    const QDateTime answeredAt = m_clock.now();

    QSignalSpy progress(session.get(), &ReviewSession::progressChanged);
    ASSERT_TRUE(succeeded(session->rate(Rating::Good)));

    const auto log = store().reviewLog(card);
    ASSERT_TRUE(succeeded(log));
    ASSERT_EQ(log->size(), 1);
    const ReviewLogEntry &entry = log->first();
    EXPECT_EQ(entry.cardId, card);
    EXPECT_EQ(entry.reviewedAt, answeredAt);
    EXPECT_EQ(entry.rating, 3);
    EXPECT_EQ(entry.elapsedMs, 7000);
    EXPECT_EQ(entry.stateBefore, static_cast<int>(CardState::New));
    EXPECT_EQ(entry.stateAfter, static_cast<int>(CardState::Learning));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 1);
    EXPECT_EQ(session->doneCount(), 1);
}

TEST_F(ReviewSessionTest, EachPreviewedIntervalIsWhatTheAnswerSchedules)
{
    const QString card = addCard(QStringLiteral("overdue"));
    logReview(card, local(-40, 9), Rating::Good);
    logReview(card, local(-40, 9, 10), Rating::Good);
    auto session = startSession();
    ASSERT_EQ(shown(*session), QStringLiteral("overdue"));

    for (const Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        SCOPED_TRACE(qPrintable(toString(rating)));
        const FsrsOutcome promised = session->previewIntervals()[static_cast<std::size_t>(rating) - 1];
        const QDateTime answeredAt = m_clock.now();
        ASSERT_TRUE(succeeded(session->rate(rating)));
        const auto stored = store().cardSchedule(card);
        ASSERT_TRUE(succeeded(stored));
        EXPECT_EQ((*stored)->due, answeredAt.addSecs(std::chrono::seconds(promised.interval).count()));
        EXPECT_EQ(CardScheduleCache::toFsrsCard(**stored), promised.card);
        ASSERT_TRUE(succeeded(session->undo()));
    }
    const auto log = store().reviewLog(card);
    EXPECT_EQ(log->size(), 2);
}

TEST_F(ReviewSessionTest, UndoRestoresTheScheduleAndTheQueue)
{
    const QString first = addCard(QStringLiteral("first"));
    addCard(QStringLiteral("second"));
    auto session = startSession();
    const auto before = store().cardSchedule(first);
    ASSERT_TRUE(succeeded(before));
    ASSERT_EQ(shown(*session), QStringLiteral("first"));
    session->reveal();
    ASSERT_TRUE(succeeded(session->rate(Rating::Again)));
    EXPECT_EQ(shown(*session), QStringLiteral("second"));
    EXPECT_TRUE(session->queue().contains(first)); // its learning step is due in a minute
    ASSERT_TRUE(session->canUndo());

    ASSERT_TRUE(succeeded(session->undo()));
    EXPECT_EQ(shown(*session), QStringLiteral("first"));
    EXPECT_FALSE(session->isRevealed());
    EXPECT_EQ(session->doneCount(), 0);
    EXPECT_EQ(session->remainingCount(), 2);
    EXPECT_EQ(names(session->queue().newCards), QStringList{QStringLiteral("second")});
    EXPECT_TRUE(store().reviewLog(first)->isEmpty());
    EXPECT_EQ(*store().cardSchedule(first), *before);
    EXPECT_FALSE(session->canUndo());
    // The new-card count for today no longer includes it either.
    EXPECT_EQ(*store().cardsIntroducedBetween(local(0, 4), local(1, 4)), 0);
}

TEST_F(ReviewSessionTest, LearningStepsBringACardBackLaterTheSameDay)
{
    m_options.learnAhead = std::chrono::minutes(0);
    addCard(QStringLiteral("step by step"));
    auto session = startSession();
    ASSERT_TRUE(succeeded(session->rate(Rating::Again)));
    EXPECT_FALSE(session->hasCard());
    EXPECT_EQ(session->remainingCount(), 1);
    EXPECT_EQ(session->waitingUntil(), m_clock.now().addSecs(60));

    m_clock.advanceMs(60'000);
    ASSERT_TRUE(succeeded(session->refresh()));
    EXPECT_EQ(shown(*session), QStringLiteral("step by step"));
    EXPECT_EQ(session->currentKind(), QueuedCard::Kind::Learning);
    ASSERT_TRUE(succeeded(session->rate(Rating::Good)));
    EXPECT_EQ(session->waitingUntil(), m_clock.now().addSecs(600));

    // Reopened later the same day, the card is still waiting for its step.
    m_clock.advanceMs(600'000);
    auto reopened = startSession();
    ASSERT_EQ(shown(*reopened), QStringLiteral("step by step"));
    ASSERT_TRUE(succeeded(reopened->rate(Rating::Good)));
    EXPECT_FALSE(reopened->hasCard());
    EXPECT_EQ(reopened->remainingCount(), 0);
}

TEST_F(ReviewSessionTest, WithNothingElseLeftADueSoonStepIsShownEarly)
{
    addCard(QStringLiteral("only card"));
    auto session = startSession();
    QSignalSpy finished(session.get(), &ReviewSession::finished);
    ASSERT_TRUE(succeeded(session->rate(Rating::Good))); // next step in 10 minutes, within 20
    EXPECT_EQ(shown(*session), QStringLiteral("only card"));
    ASSERT_TRUE(succeeded(session->rate(Rating::Good))); // graduates to days from now
    EXPECT_FALSE(session->hasCard());
    EXPECT_EQ(finished.count(), 1);
}

TEST_F(ReviewSessionTest, EditingKeepsTheScheduleAndShowInLectureFindsTheMoment)
{
    TranscriptSegment intro;
    intro.startMs = 0;
    intro.endMs = 5000;
    intro.text = QStringLiteral("Welcome");
    TranscriptSegment atp;
    atp.startMs = 61'000;
    atp.endMs = 65'000;
    atp.text = QStringLiteral("ATP stores energy");
    ASSERT_TRUE(succeeded(store().replaceSegments(m_lecture.id, {intro, atp})));
    const auto segments = store().segments(m_lecture.id);
    const QString card = addCard(QStringLiteral("What stores energy?"), m_lecture.id, segments->at(1).id);
    logReview(card, local(-30, 9), Rating::Easy);
    auto session = startSession();
    const auto scheduleBefore = store().cardSchedule(card);

    const auto source = session->currentSource();
    ASSERT_TRUE(source.has_value());
    EXPECT_EQ(source->lectureId, m_lecture.id);
    EXPECT_EQ(source->startMs, 61'000);

    QSignalSpy changed(session.get(), &ReviewSession::currentCardChanged);
    ASSERT_TRUE(succeeded(session->editCurrent(QStringLiteral("What stores energy in cells?"), QStringLiteral("ATP"))));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(session->currentCard().front, QStringLiteral("What stores energy in cells?"));
    EXPECT_EQ(store().flashcard(card)->back, QStringLiteral("ATP"));
    EXPECT_EQ(*store().cardSchedule(card), *scheduleBefore);
    EXPECT_EQ(session->currentSource(), source);
}

TEST_F(ReviewSessionTest, ButtonLabelsReadAsAStudentWouldSayThem)
{
    EXPECT_EQ(ReviewSession::intervalLabel(std::chrono::minutes(10)), QStringLiteral("10 min"));
    EXPECT_EQ(ReviewSession::intervalLabel(std::chrono::hours(3)), QStringLiteral("3 h"));
    EXPECT_EQ(ReviewSession::intervalLabel(std::chrono::hours(24 * 4)), QStringLiteral("4 d"));
}

} // namespace
} // namespace lectern::test
