// How long the progress dashboard takes to load (read the history, compute every figure) on a
// library with a year of reviews, against the floor of a plain SQL query that only reads the
// review times from the same file. The dashboard loads again after every answered card, on the
// library's worker thread, so this is what each answer costs that thread.
//
// The library is generated once per size and kept under the cache directory.

#include "base/Clock.h"
#include "library/LibraryStore.h"
#include "study/ProgressStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace lectern;

namespace {

QTextStream out(stdout);

constexpr int kDataFormat = 2;
const QDateTime kToday(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);

bool run(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    out << "SQL failed: " << query.lastError().text() << " in " << sql << Qt::endl;
    return false;
}

// Cards and a year of reviews written straight into the file in one transaction: the store's
// one-row-at-a-time writes are far slower than the measurement at this size.
bool generate(const QString &dir, int cards, int reviewsPerDay)
{
    ManualClock clock(kToday.addDays(-366));
    {
        auto store = LibraryStore::open(dir, clock);
        if (!store) {
            out << "Could not create the library: " << store.error().message << Qt::endl;
            return false;
        }
        auto course = (*store)->createCourse(QStringLiteral("Bench"));
        Lecture draft;
        draft.courseId = course->id;
        draft.title = QStringLiteral("Lecture");
        draft.recordedAt = kToday.addDays(-200);
        draft.durationMs = 3'600'000;
        if (!course || !(*store)->createLecture(draft))
            return false;
    }
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generate"));
    db.setDatabaseName(QDir(dir).filePath(QStringLiteral("library.sqlite")));
    if (!db.open())
        return false;
    bool ok = false;
    {
        QSqlQuery query(db);
        QRandomGenerator random(20250602);
        ok = run(query, QStringLiteral("BEGIN"));
        ok = ok && run(query, QStringLiteral("INSERT INTO flashcard (id, lecture_id, front, back, created_at, updated_at) "
                                             "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
                                             "SELECT 'card-' || i, (SELECT id FROM lecture), 'front', 'back', "
                                             "'2024-06-01T09:00:00.000Z', '0' FROM n")
                                          .arg(cards));
        ok = ok && query.prepare(QStringLiteral("INSERT INTO review_log (id, card_id, reviewed_at, rating, elapsed_ms, "
                                                "state_before, state_after, updated_at) VALUES (?, ?, ?, ?, ?, 2, 2, '0')"));
        int id = 0;
        for (int day = 365; ok && day >= 0; --day) {
            for (int i = 0; ok && i < reviewsPerDay; ++i) {
                query.addBindValue(QStringLiteral("review-%1").arg(id++));
                query.addBindValue(QStringLiteral("card-%1").arg(random.bounded(cards)));
                query.addBindValue(kToday.addDays(-day).addSecs(i * 20).toString(Qt::ISODateWithMs));
                query.addBindValue(1 + random.bounded(4));
                query.addBindValue(5000 + random.bounded(15000));
                ok = query.exec();
            }
        }
        // Each card's first review is its introduction, from the new state.
        ok = ok && run(query, QStringLiteral("UPDATE review_log SET state_before = 0 WHERE rowid IN "
                                             "(SELECT MIN(rowid) FROM review_log GROUP BY card_id)"));
        ok = ok && run(query, QStringLiteral("UPDATE card_state SET state = 2, stale = 0, due = strftime('%Y-%m-%dT%H:%M:%fZ', "
                                             "'2025-06-02T10:00:00', '+' || (abs(random()) % 40) || ' days')"));
        ok = ok && run(query, QStringLiteral("COMMIT"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("generate"));
    return ok;
}

qint64 medianNs(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cardsOption(QStringLiteral("cards"), QStringLiteral("Cards in the library."), QStringLiteral("n"),
                                         QStringLiteral("10000"));
    const QCommandLineOption perDayOption(QStringLiteral("reviews-per-day"), QStringLiteral("Reviews on each day of the year."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs."), QStringLiteral("n"),
                                        QStringLiteral("15"));
    parser.addOptions({cardsOption, perDayOption, runsOption});
    parser.process(app);
    const int cards = std::max(parser.value(cardsOption).toInt(), 1);
    const int perDay = std::max(parser.value(perDayOption).toInt(), 1);
    const int runs = std::max(parser.value(runsOption).toInt(), 1);

    const QString dir = QStringLiteral(LECTERN_BENCH_CACHE_DIR "/progress-v%1-%2-%3").arg(kDataFormat).arg(cards).arg(perDay);
    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("library.sqlite")))) {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        QElapsedTimer generating;
        generating.start();
        if (!generate(dir, cards, perDay)) {
            QDir(dir).removeRecursively();
            return 1;
        }
        out << "Generated the library in " << generating.elapsed() << " ms" << Qt::endl;
    }

    ManualClock clock(kToday);
    auto store = LibraryStore::open(dir, clock);
    if (!store) {
        out << "Could not open the library: " << store.error().message << Qt::endl;
        return 1;
    }
    ProgressOptions options;
    options.timeZone = QTimeZone(3600);

    QList<qint64> load;
    QList<qint64> floor;
    int reviews = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto history = (*store)->progressHistory(ProgressStats::forecastHorizon(kToday, options));
        if (!history)
            return 1;
        const ProgressStats stats = ProgressStats::compute(*history, kToday, options);
        const qint64 loadNs = timer.nsecsElapsed();
        reviews = stats.totalReviews;

        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("library.sqlite")));
        db.open();
        qint64 floorNs = 0;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            timer.restart();
            query.exec(QStringLiteral("SELECT reviewed_at FROM review_log WHERE deleted = 0"));
            qint64 rows = 0;
            while (query.next())
                rows += query.value(0).toString().size() > 0;
            floorNs = timer.nsecsElapsed();
            if (rows != reviews)
                out << "The floor read " << rows << " reviews, the dashboard " << reviews << Qt::endl;
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("floor"));
        // The first run warms the file cache and is not counted.
        if (i > 0) {
            load.append(loadNs);
            floor.append(floorNs);
        }
    }
    const double loadMs = medianNs(load) / 1e6;
    const double floorMs = medianNs(floor) / 1e6;
    out << "Progress dashboard load, " << reviews << " reviews of " << cards << " cards, median of " << runs << " runs:" << Qt::endl;
    out << "  history + figures: " << QString::number(loadMs, 'f', 2) << " ms" << Qt::endl;
    out << "  floor (read review times only): " << QString::number(floorMs, 'f', 2) << " ms" << Qt::endl;
    out << "  ratio: " << QString::number(loadMs / std::max(floorMs, 1e-6), 'f', 2) << "x the floor" << Qt::endl;
    return 0;
}
