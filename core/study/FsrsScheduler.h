#pragma once

#include "base/Result.h"
#include "study/FsrsCard.h"
#include "study/FsrsMemoryModel.h"
#include "study/FsrsParameters.h"
#include "study/ReviewRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <array>
#include <chrono>
#include <optional>

namespace lectern {

// What answering a card with one rating would do.
struct FsrsOutcome
{
    Rating rating = Rating::Good;
    // The card after the review; its `due` is the review time plus `interval`.
    FsrsCard card;
    // Minutes for a learning step, whole days (as minutes) for a scheduled review.
    std::chrono::minutes interval{0};
    // The interval in days once the card is in Review; 0 while it steps through (re)learning.
    int scheduledDays = 0;
};

// The outcome of each rating, indexed by Rating::Again - 1 .. Rating::Easy - 1.
using FsrsOutcomes = std::array<FsrsOutcome, 4>;

// Schedules flashcards with FSRS-6 (the Free Spaced Repetition Scheduler, version 6).
//
// Times are always passed in, never read from the wall clock, so tests and replays are exact.
// Days are UTC calendar days: two reviews on the same UTC date count as a same-day review,
// reviews on consecutive dates as one day apart, whatever the hours.
//
// The behaviour follows the reference implementation ts-fsrs (5.x, FSRS-6) with its card-id
// fuzz seed, except where that one is inconsistent: the maximum interval is a hard cap (ts-fsrs
// lets the Good > Hard, Easy > Good ordering push past it), a card left on a learning step that
// no longer exists (the steps were shortened) continues from the last step rather than
// graduating, and a learning step of a day or more graduates the card with step 0.
class FsrsScheduler
{
    Q_DECLARE_TR_FUNCTIONS(lectern::FsrsScheduler)

public:
    // The published FSRS-6 defaults.
    FsrsScheduler();
    // Fails with FsrsParameters::validate()'s error.
    static Result<FsrsScheduler> create(const FsrsParameters &parameters);

    const FsrsParameters &parameters() const { return m_parameters; }

    // What each rating would do to `card` if it were reviewed at `at`. A time before the card's
    // last review (a device clock set back) counts as the same day.
    FsrsOutcomes preview(const FsrsCard &card, const QDateTime &at) const;
    FsrsOutcome review(const FsrsCard &card, const QDateTime &at, Rating rating) const;

    // Probability that the student recalls `card` at `at` (0 for a card never studied). Uses
    // the exact elapsed time, so it falls continuously between reviews.
    double retrievability(const FsrsCard &card, const QDateTime &at) const;

    // The card's state after the reviews in `log`, replayed from a new card created at
    // `createdAt`. The log may come in any order and may repeat a review (the union of two
    // devices' logs): it is sorted by time (then id) and repeated ids count once.
    // Fails with study.invalid-review for a review without a valid time or with an unknown rating.
    Result<FsrsCard> replay(const QString &cardId, QList<ReviewRecord> log, const QDateTime &createdAt = {}) const;

private:
    explicit FsrsScheduler(const FsrsParameters &parameters);

    struct Step
    {
        std::chrono::minutes delay;
        int nextStep;
    };
    std::optional<Step> learningStep(const FsrsCard &card, Rating rating) const;
    int reviewInterval(double stability, int elapsedDays, const QString &seed) const;
    void placeAfterStep(FsrsOutcome &outcome, const std::optional<Step> &step, CardState stepState,
                        const QDateTime &at, int elapsedDays, const QString &seed) const;
    void placeInReview(FsrsOutcome &outcome, int days, const QDateTime &at) const;

    FsrsParameters m_parameters;
    FsrsMemoryModel m_model;
};

// Whole UTC calendar days from `from` to `to` (negative if `to` is on an earlier date).
int calendarDaysBetween(const QDateTime &from, const QDateTime &to);

} // namespace lectern
