// How long building today's study queue takes on a large library, against the floor set by a
// plain SQL query that only selects the ids of due cards from the same file.
//
// The library is generated once per size and seed (cards spread over a year, each reviewed as a
// student would: learning steps, then FSRS intervals answered a little late, with some lapses)
// and kept under the cache directory, because writing a year of reviews takes far longer than
// the measurement.

#include "base/Clock.h"
#include "library/LibraryStore.h"
#include "study/CardScheduleCache.h"
#include "study/FsrsScheduler.h"
#include "study/StudyQueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lectern;

namespace {

QTextStream out(stdout);

// Bumped whenever the generated library would differ, so a stale cached one is never measured.
constexpr int kDataFormat = 3;

struct BenchSize
{
    int cards = 100'000;
    int days = 365;
    quint32 seed = 20240901;
};

// "Today" in the generated library: the end of its year of reviews.
const QDateTime kToday(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);

QString cardId(int index)
{
    static const QUuid kNamespace(QStringLiteral("3f1c0d52-8a27-4b7e-9c55-0e1d8f6a2b90"));
    return QUuid::createUuidV5(kNamespace, QStringLiteral("card/%1").arg(index)).toString(QUuid::WithoutBraces);
}

bool check(QSqlQuery &query, bool ok)
{
    if (!ok)
        out << "SQL failed: " << query.lastError().text() << " in " << query.lastQuery() << Qt::endl;
    return ok;
}

Rating randomRating(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 9)
        return Rating::Again;
    if (roll < 22)
        return Rating::Hard;
    if (roll < 92)
        return Rating::Good;
    return Rating::Easy;
}

// Writes cards, their year of reviews and their cached schedules straight into the file, in one
// transaction: the store's one-row-at-a-time writes would take hours at this size.
bool generate(const QString &dir, const BenchSize &size)
{
    ManualClock clock(kToday.addDays(-size.days - 1));
    {
        auto opened = LibraryStore::open(dir, clock);
        if (!opened) {
            out << opened.error().message << Qt::endl;
            return false;
        }
        LibraryStore &store = **opened;
        for (int c = 0; c < 12; ++c) {
            auto course = store.createCourse(QStringLiteral("Course %1").arg(c));
            if (!course)
                return false;
            if (c == 11 && !store.setCourseArchived(course->id, true))
                return false;
            for (int l = 0; l < 40; ++l) {
                Lecture draft;
                draft.courseId = course->id;
                draft.title = QStringLiteral("Lecture %1.%2").arg(c).arg(l);
                if (!store.createLecture(draft))
                    return false;
            }
        }
    }

    const QString connection = QStringLiteral("bench-generate");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("library.sqlite")));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        QStringList lectures;
        check(q, q.exec(QStringLiteral("SELECT id FROM lecture ORDER BY title")));
        while (q.next())
            lectures.append(q.value(0).toString());
        check(q, q.exec(QStringLiteral("PRAGMA synchronous = OFF")));
        db.transaction();

        QSqlQuery card(db), review(db), state(db);
        card.prepare(QStringLiteral("INSERT INTO flashcard (id, lecture_id, front, back, created_at, updated_at, suspended, buried_until) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        review.prepare(QStringLiteral("INSERT INTO review_log (id, card_id, reviewed_at, rating, elapsed_ms, state_before, "
                                      "state_after, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        state.prepare(QStringLiteral("UPDATE card_state SET state = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                                     "reps = ?, lapses = ?, step = ?, stale = 0 WHERE card_id = ?"));

        QRandomGenerator random(size.seed);
        const FsrsScheduler scheduler;
        const QString stamp = QStringLiteral("0000000000000-0000-bench");
        const qint64 span = qint64(size.days) * 86'400'000;
        qint64 reviews = 0;
        for (int i = 0; i < size.cards && ok; ++i) {
            const QString id = cardId(i);
            const QDateTime created = kToday.addMSecs(-qint64(random.bounded(quint64(span))));
            const bool suspended = random.bounded(100) == 0;
            const QVariant buried = random.bounded(200) == 0 ? QVariant(kToday.addDays(1).toString(Qt::ISODateWithMs))
                                                             : QVariant();
            card.addBindValue(id);
            card.addBindValue(lectures.at(random.bounded(lectures.size())));
            card.addBindValue(QStringLiteral("Question %1").arg(i));
            card.addBindValue(QStringLiteral("Answer %1").arg(i));
            card.addBindValue(created.toString(Qt::ISODateWithMs));
            card.addBindValue(stamp);
            card.addBindValue(int(suspended));
            card.addBindValue(buried);
            ok = check(card, card.exec());

            // One card in ten was made but never studied; the others are first studied within a
            // few days of being made and then whenever due, a little late.
            FsrsCard current = FsrsCard::fresh(id, created);
            if (random.bounded(10) == 0)
                continue;
            QDateTime at = created.addSecs(random.bounded(3 * 86'400));
            while (ok && at < kToday) {
                const Rating rating = randomRating(random);
                const FsrsOutcome outcome = scheduler.review(current, at, rating);
                review.addBindValue(QUuid::createUuidV5(QUuid(id), QString::number(current.reps)).toString(QUuid::WithoutBraces));
                review.addBindValue(id);
                review.addBindValue(at.toString(Qt::ISODateWithMs));
                review.addBindValue(int(rating));
                review.addBindValue(2000 + random.bounded(15'000));
                review.addBindValue(int(current.state));
                review.addBindValue(int(outcome.card.state));
                review.addBindValue(stamp);
                ok = check(review, review.exec());
                ++reviews;
                current = outcome.card;
                const qint64 lateness = outcome.interval < std::chrono::hours(24)
                                            ? random.bounded(30 * 60)
                                            : random.bounded(qint64(outcome.interval.count()) * 60 / 5 + 3600);
                at = current.due.addSecs(lateness);
            }
            state.addBindValue(int(current.state));
            state.addBindValue(current.stability);
            state.addBindValue(current.difficulty);
            state.addBindValue(current.due.toString(Qt::ISODateWithMs));
            state.addBindValue(current.lastReview.isValid() ? QVariant(current.lastReview.toString(Qt::ISODateWithMs)) : QVariant());
            state.addBindValue(current.reps);
            state.addBindValue(current.lapses);
            state.addBindValue(current.step);
            state.addBindValue(id);
            ok = ok && check(state, state.exec());
            if ((i + 1) % 20'000 == 0)
                out << "  generated " << (i + 1) << " cards, " << reviews << " reviews" << Qt::endl;
        }
        // No ANALYZE: a student's library has no planner statistics either.
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times building today's study queue on a generated library."));
    parser.addHelpOption();
    const QCommandLineOption cardsOption(QStringLiteral("cards"), QStringLiteral("Flashcards to generate."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of review history."), QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each (median reported)."), QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"), QStringLiteral("Where generated libraries are kept."),
                                         QStringLiteral("dir"), QStringLiteral(LECTERN_BENCH_CACHE_DIR));
    parser.addOptions({cardsOption, daysOption, runsOption, cacheOption});
    parser.process(app);

    BenchSize size;
    size.cards = parser.value(cardsOption).toInt();
    size.days = parser.value(daysOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString dir = QDir(parser.value(cacheOption))
                            .filePath(QStringLiteral("study-v%1-%2-cards-%3-days-seed-%4").arg(kDataFormat).arg(size.cards).arg(size.days).arg(size.seed));

    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("library.sqlite.done")))) {
        out << "generating " << dir << Qt::endl;
        QDir(dir).removeRecursively();
        QElapsedTimer generation;
        generation.start();
        if (!QDir().mkpath(dir) || !generate(dir, size)) {
            out << "could not generate the library" << Qt::endl;
            return 2;
        }
        QFile done(QDir(dir).filePath(QStringLiteral("library.sqlite.done")));
        if (!done.open(QIODevice::WriteOnly))
            return 2;
        out << "generated in " << generation.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    ManualClock clock(kToday);
    auto opened = LibraryStore::open(dir, clock);
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 2;
    }
    LibraryStore &store = **opened;
    const FsrsScheduler scheduler;
    StudyQueueOptions options;
    options.timeZone = QTimeZone::utc();
    // Far above the default, so that the new-card half of the queue is measured too: the
    // generated student met a few hundred new cards a day.
    options.newCardsPerDay = 1000;
    StudyQueueBuilder builder(store, scheduler, clock, options);

    const QString connection = QStringLiteral("bench-plain");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(store.databasePath());
    if (!db.open())
        return 2;
    const qint64 dayEnd = builder.today().end.toMSecsSinceEpoch();
    qint64 plainCount = 0;
    const auto plainQuery = [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT card_id FROM card_state WHERE state <> 0 AND due_ms < ?"));
        q.addBindValue(dayEnd);
        if (!check(q, q.exec()))
            return false;
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        plainCount = ids.size();
        return true;
    };

    qint64 reviewCount = 0;
    {
        QSqlQuery q(db);
        if (check(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM review_log"))) && q.next())
            reviewCount = q.value(0).toLongLong();
    }

    StudyQueue queue;
    QList<double> builderMs, plainMs;
    QElapsedTimer timer;
    // One untimed round first, so both start from a warm page cache.
    for (int run = -1; run < runs; ++run) {
        timer.start();
        auto built = builder.build();
        const double b = timer.nsecsElapsed() / 1e6;
        if (!built) {
            out << built.error().message << Qt::endl;
            return 2;
        }
        queue = std::move(built).value();
        timer.start();
        if (!plainQuery())
            return 2;
        const double p = timer.nsecsElapsed() / 1e6;
        if (run >= 0) {
            builderMs.append(b);
            plainMs.append(p);
        }
    }

    const qint64 scheduledInQueue = queue.learning.size() + queue.reviews.size();
    const double builderMedian = median(builderMs);
    const double plainMedian = median(plainMs);
    const double ratio = builderMedian / plainMedian;
    out << "library: " << size.cards << " cards, " << reviewCount << " reviews over " << size.days << " days" << Qt::endl;
    out << "today's queue (builder): median " << QString::number(builderMedian, 'f', 2) << " ms over " << runs << " runs; "
        << queue.reviews.size() << " reviews, " << queue.learning.size() << " learning, " << queue.newCards.size() << " new (limit " << options.newCardsPerDay << ", " << queue.introducedToday << " introduced earlier today)" << Qt::endl;
    out << "plain due-id query:      median " << QString::number(plainMedian, 'f', 2) << " ms over " << runs << " runs; "
        << plainCount << " ids" << Qt::endl;
    out << "ratio " << QString::number(ratio, 'f', 2) << " (target <= 2.00): " << (ratio <= 2.0 ? "PASS" : "FAIL") << Qt::endl;

    // Where the builder's time goes: its three reads, each timed alone.
    QList<double> scheduledMs, introducedMs, newMs;
    const StudyDay day = builder.today();
    for (int run = 0; run < runs; ++run) {
        timer.start();
        const bool scheduled = store.scheduledCardsDueBefore(day.end, kToday).ok();
        scheduledMs.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        const bool introduced = store.cardsIntroducedBetween(day.start, day.end).ok();
        introducedMs.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        const bool fresh = store.newCardIds(kToday, {}, options.newCardsPerDay - queue.introducedToday).ok();
        newMs.append(timer.nsecsElapsed() / 1e6);
        if (!scheduled || !introduced || !fresh)
            return 2;
    }
    out << "  of which: due cards " << QString::number(median(scheduledMs), 'f', 2) << " ms, new-card count "
        << QString::number(median(introducedMs), 'f', 2) << " ms, new cards " << QString::number(median(newMs), 'f', 2)
        << " ms (medians)" << Qt::endl;

    // The builder leaves out suspended, buried and archived cards, never adds any.
    if (scheduledInQueue > plainCount || (size.cards >= 100 && scheduledInQueue == 0)) {
        out << "the queue does not match the due cards" << Qt::endl;
        return 1;
    }
    return 0;
}
