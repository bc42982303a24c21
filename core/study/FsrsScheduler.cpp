#include "study/FsrsScheduler.h"

#include "study/IntervalFuzz.h"
#include "study/StudyLogging.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

constexpr std::chrono::minutes kOneDay{24 * 60};

} // namespace

int calendarDaysBetween(const QDateTime &from, const QDateTime &to)
{
    return static_cast<int>(from.toUTC().date().daysTo(to.toUTC().date()));
}

FsrsScheduler::FsrsScheduler()
    : FsrsScheduler(FsrsParameters{})
{
}

FsrsScheduler::FsrsScheduler(const FsrsParameters &parameters)
    : m_parameters(parameters)
    , m_model(parameters.effectiveWeights())
{
}

Result<FsrsScheduler> FsrsScheduler::create(const FsrsParameters &parameters)
{
    if (const Status valid = parameters.validate(); !valid)
        return valid.error();
    return FsrsScheduler(parameters);
}

std::optional<FsrsScheduler::Step> FsrsScheduler::learningStep(const FsrsCard &card, Rating rating) const
{
    const QList<std::chrono::minutes> &steps =
        card.state == CardState::Relearning ? m_parameters.relearningSteps : m_parameters.learningSteps;
    if (steps.isEmpty())
        return std::nullopt;
    const int last = static_cast<int>(steps.size()) - 1;
    const int current = std::clamp(card.step, 0, last);
    switch (rating) {
    case Rating::Again:
        return Step{steps.first(), 0};
    case Rating::Hard: {
        // Halfway between the first two steps (or half as long again as a single step): longer
        // than Again, shorter than Good, and the card stays on its step.
        const double minutes = steps.size() == 1 ? steps[0].count() * 1.5
                                                 : (steps[0].count() + steps[1].count()) / 2.0;
        return Step{std::chrono::minutes(static_cast<qint64>(roundHalfUp(minutes))), current};
    }
    case Rating::Good:
        if (current < last)
            return Step{steps[current + 1], current + 1};
        return std::nullopt; // past the last step: graduate
    case Rating::Easy:
        return std::nullopt;
    }
    return std::nullopt;
}

int FsrsScheduler::reviewInterval(double stability, int elapsedDays, const QString &seed) const
{
    const int maximum = m_parameters.maximumIntervalDays;
    const double days = roundHalfUp(m_model.intervalFor(stability, m_parameters.desiredRetention));
    const int interval = static_cast<int>(std::min(std::max(1.0, days), static_cast<double>(maximum)));
    if (!m_parameters.enableFuzz)
        return interval;
    return IntervalFuzz::apply(interval, elapsedDays, maximum, seed);
}

void FsrsScheduler::placeInReview(FsrsOutcome &outcome, int days, const QDateTime &at) const
{
    outcome.card.state = CardState::Review;
    outcome.card.step = 0;
    outcome.scheduledDays = days;
    outcome.interval = days * kOneDay;
    outcome.card.due = at.addSecs(static_cast<qint64>(days) * 86400);
}

void FsrsScheduler::placeAfterStep(FsrsOutcome &outcome, const std::optional<Step> &step, CardState stepState,
                                   const QDateTime &at, int elapsedDays, const QString &seed) const
{
    if (!step) {
        placeInReview(outcome, reviewInterval(outcome.card.stability, elapsedDays, seed), at);
        return;
    }
    outcome.interval = step->delay;
    outcome.card.due = at.addSecs(std::chrono::duration_cast<std::chrono::seconds>(step->delay).count());
    if (step->delay < kOneDay) {
        outcome.card.state = stepState;
        outcome.card.step = step->nextStep;
        outcome.scheduledDays = 0;
    } else {
        // A step of a day or more is a review in all but name: the memory model takes over.
        outcome.card.state = CardState::Review;
        outcome.card.step = 0;
        outcome.scheduledDays = static_cast<int>(step->delay / kOneDay);
    }
}

FsrsOutcomes FsrsScheduler::preview(const FsrsCard &card, const QDateTime &at) const
{
    const QDateTime now = at.toUTC();
    // A card without a usable memory (never studied, or a damaged copy) starts from scratch.
    const bool unstudied = card.state == CardState::New || card.stability <= 0.0 || card.difficulty < 1.0;
    const int elapsedDays = card.state == CardState::New || !card.lastReview.isValid()
                                ? 0
                                : std::max(0, calendarDaysBetween(card.lastReview, now));

    FsrsCard reviewed = card;
    reviewed.lastReview = now;
    reviewed.reps = card.reps + 1;
    // The same seed for all four ratings: which answer was given doesn't reshuffle the fuzz.
    const QString seed = card.id + QString::number(reviewed.reps);

    FsrsOutcomes outcomes;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const Rating rating = static_cast<Rating>(i + 1);
        const MemoryState memory = unstudied ? m_model.initial(rating)
                                             : m_model.next({card.stability, card.difficulty}, elapsedDays, rating);
        outcomes[i].rating = rating;
        outcomes[i].card = reviewed;
        outcomes[i].card.stability = memory.stability;
        outcomes[i].card.difficulty = memory.difficulty;
    }

    if (card.state != CardState::Review) {
        const CardState stepState = card.state == CardState::New ? CardState::Learning : card.state;
        for (FsrsOutcome &outcome : outcomes)
            placeAfterStep(outcome, learningStep(card, outcome.rating), stepState, now, elapsedDays, seed);
        return outcomes;
    }

    FsrsOutcome &again = outcomes[0];
    again.card.lapses += 1;
    std::optional<Step> relearn;
    if (!m_parameters.relearningSteps.isEmpty())
        relearn = Step{m_parameters.relearningSteps.first(), 0};
    placeAfterStep(again, relearn, CardState::Relearning, now, elapsedDays, seed);

    // Keep Hard < Good < Easy even where the model (or the fuzz) would put them on one day, so
    // each button means something, but never beyond the maximum interval.
    int hard = reviewInterval(outcomes[1].card.stability, elapsedDays, seed);
    int good = reviewInterval(outcomes[2].card.stability, elapsedDays, seed);
    int easy = reviewInterval(outcomes[3].card.stability, elapsedDays, seed);
    hard = std::min(hard, good);
    good = std::max(good, hard + 1);
    easy = std::max(easy, good + 1);
    const int maximum = m_parameters.maximumIntervalDays;
    placeInReview(outcomes[1], std::min(hard, maximum), now);
    placeInReview(outcomes[2], std::min(good, maximum), now);
    placeInReview(outcomes[3], std::min(easy, maximum), now);
    return outcomes;
}

FsrsOutcome FsrsScheduler::review(const FsrsCard &card, const QDateTime &at, Rating rating) const
{
    return preview(card, at)[static_cast<std::size_t>(rating) - 1];
}

double FsrsScheduler::retrievability(const FsrsCard &card, const QDateTime &at) const
{
    if (card.state == CardState::New || !card.lastReview.isValid())
        return 0.0;
    const double elapsedDays = static_cast<double>(card.lastReview.msecsTo(at)) / 86'400'000.0;
    return m_model.retrievability(elapsedDays, card.stability);
}

Result<FsrsCard> FsrsScheduler::replay(const QString &cardId, QList<ReviewRecord> log, const QDateTime &createdAt) const
{
    for (const ReviewRecord &record : log) {
        if (!record.reviewedAt.isValid()) {
            return Error{QStringLiteral("study.invalid-review"),
                         tr("Review %1 of card %2 has no valid time, so the card's schedule can't be "
                            "rebuilt. Sync again to fetch an intact copy of the review log.")
                             .arg(record.id, cardId)};
        }
        if (!ratingFromInt(static_cast<int>(record.rating))) {
            return Error{QStringLiteral("study.invalid-review"),
                         tr("Review %1 of card %2 has the unknown rating %3 (expected 1 to 4), so the "
                            "card's schedule can't be rebuilt. Sync again to fetch an intact copy of "
                            "the review log.")
                             .arg(record.id, cardId)
                             .arg(static_cast<int>(record.rating))};
        }
    }

    // A total order, so every device walks the union of the logs in the same sequence.
    std::sort(log.begin(), log.end(), [](const ReviewRecord &a, const ReviewRecord &b) {
        if (a.reviewedAt != b.reviewedAt)
            return a.reviewedAt < b.reviewedAt;
        if (a.id != b.id)
            return a.id < b.id;
        return a.rating < b.rating;
    });

    FsrsCard card = FsrsCard::fresh(cardId, createdAt.isValid() || log.isEmpty() ? createdAt
                                                                                  : log.first().reviewedAt);
    QSet<QString> seen;
    for (const ReviewRecord &record : std::as_const(log)) {
        if (!record.id.isEmpty()) {
            if (seen.contains(record.id)) {
                qCDebug(lcStudy) << "card" << cardId << ": review" << record.id << "appears twice; counted once";
                continue;
            }
            seen.insert(record.id);
        }
        card = review(card, record.reviewedAt, record.rating).card;
    }
    return card;
}

} // namespace lectern
