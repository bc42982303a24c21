// startup_bench: time from process start to the first painted main window, and resident memory,
// for Lectern with an empty library and with a generated library of 2,000 lectures, against a bare
// Qt Widgets window (startup_bare_window) launched in the same run.
//
// Each program is started as a child with LECTERN_STARTUP_PROBE set to the launch time; the probe
// (app/startup/StartupProbe.h) prints the elapsed time and VmRSS at the first paint and quits. Each
// case has one warm-up launch (not counted, so every case runs with a warm page cache) and then
// --runs counted ones; the table shows medians.
//
// Targets: Lectern's start-up at most 2x the bare window's, resident memory at most 150 MB.
//
// The display is whatever the environment gives: run under `xvfb-run -a` for a real X server
// (the xcb platform), or with none, when the bench uses QT_QPA_PLATFORM=offscreen.
#include "../search/LibraryCache.h"

#include "library/Entities.h"
#include "library/LibraryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <optional>

using namespace lectern;
using namespace lectern::bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr double kRatioTarget = 2.0;
constexpr double kMemoryTargetMb = 150.0;
// A card on every fourth lecture's segments, as a student who makes cards for some lectures has.
constexpr int kCardLectureStride = 4;
constexpr int kCardsPerCardedLecture = 12;
const QString kCardsMarker = QStringLiteral("cards.txt");

struct Launch
{
    double ms = 0.0;
    double rssMb = 0.0;
    double hwmMb = 0.0;
};

struct CaseResult
{
    QString name;
    Launch median;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// One launch of `program`, timed by its probe. `configHome` keeps Lectern's settings and keychain
// fallbacks away from the user's own.
std::optional<Launch> launchOnce(const QString &program, const QStringList &arguments, const QString &configHome,
                                 QString &error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(variable), QDir(configHome).filePath(QString::fromLatin1(variable)));
    environment.remove(QStringLiteral("LECTERN_DATA_DIR"));
    const qint64 launchNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    environment.insert(QStringLiteral("LECTERN_STARTUP_PROBE"), QString::number(launchNs));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        error = QStringLiteral("%1 did not finish within 60 s").arg(program);
        return std::nullopt;
    }
    static const QRegularExpression line(QStringLiteral(R"(startup-probe ms=([\d.]+) rss-kb=(-?\d+) hwm-kb=(-?\d+))"));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match = line.match(output);
    if (process.exitCode() != 0 || !match.hasMatch()) {
        error = QStringLiteral("%1 exited with %2 and no probe line:\n%3%4")
                    .arg(program)
                    .arg(process.exitCode())
                    .arg(output, QString::fromUtf8(process.readAllStandardError()).left(2000));
        return std::nullopt;
    }
    return Launch{match.captured(1).toDouble(), match.captured(2).toDouble() / 1024.0, match.captured(3).toDouble() / 1024.0};
}

std::optional<CaseResult> runCase(const QString &name, const QString &program, const QStringList &arguments, int runs,
                                  QString &error)
{
    QTemporaryDir configHome;
    QList<double> ms, rss, hwm;
    for (int run = 0; run <= runs; ++run) {
        auto launch = launchOnce(program, arguments, configHome.path(), error);
        if (!launch)
            return std::nullopt;
        if (run == 0)
            continue; // the warm-up launch
        ms.append(launch->ms);
        rss.append(launch->rssMb);
        hwm.append(launch->hwmMb);
    }
    out() << "  " << name << ": " << runs << " runs" << Qt::endl;
    return CaseResult{name, {median(ms), median(rss), median(hwm)}};
}

// Adds flashcards to a generated library once; the marker file says it was done.
bool addCards(const QString &dir, int &cards, QString &error)
{
    QFile marker(QDir(dir).filePath(kCardsMarker));
    if (marker.open(QIODevice::ReadOnly)) {
        cards = marker.readAll().trimmed().toInt();
        return true;
    }
    auto store = LibraryStore::open(dir);
    if (!store) {
        error = store.error().message;
        return false;
    }
    auto courses = (*store)->courses();
    if (!courses) {
        error = courses.error().message;
        return false;
    }
    int lectureIndex = 0;
    cards = 0;
    const Status written = (*store)->transaction([&]() -> Status {
        for (const Course &course : *courses) {
            auto lectures = (*store)->lectures(course.id);
            if (!lectures)
                return lectures.error();
            for (const Lecture &lecture : *lectures) {
                if (lectureIndex++ % kCardLectureStride)
                    continue;
                for (int c = 0; c < kCardsPerCardedLecture; ++c) {
                    Flashcard card;
                    card.lectureId = lecture.id;
                    card.front = QStringLiteral("What does %1 say about point %2?").arg(lecture.title).arg(c + 1);
                    card.back = QStringLiteral("The lecture's answer to point %1, in a sentence or two that a "
                                               "student would write on the back of a card.")
                                    .arg(c + 1);
                    if (auto created = (*store)->createFlashcard(card); !created)
                        return created.error();
                    ++cards;
                }
            }
        }
        return success();
    });
    if (!written) {
        error = written.error().message;
        return false;
    }
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QByteArray::number(cards)) < 0) {
        error = QStringLiteral("cannot write %1").arg(marker.fileName());
        return false;
    }
    return true;
}

// How long LibraryStore::open takes on the library, and how much of it is PRAGMA quick_check.
void reportOpenCost(const QString &dir, int rounds)
{
    QList<double> openMs, checkMs;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        {
            auto store = LibraryStore::open(dir);
            if (!store) {
                out() << "error: " << store.error().message << Qt::endl;
                return;
            }
        }
        openMs.append(double(clock.nsecsElapsed()) / 1e6);
        {
            const QString connection = QStringLiteral("startup-bench-check");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(QDir(dir).filePath(QStringLiteral("library.sqlite")));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (db.open()) {
                    QSqlQuery query(db);
                    clock.restart();
                    query.exec(QStringLiteral("PRAGMA quick_check"));
                    while (query.next()) {
                    }
                    checkMs.append(double(clock.nsecsElapsed()) / 1e6);
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
    }
    const double file = double(QFileInfo(QDir(dir).filePath(QStringLiteral("library.sqlite"))).size()) / (1024.0 * 1024.0);
    out() << "LibraryStore::open on this library (" << QString::number(file, 'f', 0) << " MB file), median of " << rounds
          << ": " << QString::number(median(openMs), 'f', 1) << " ms, of which PRAGMA quick_check alone "
          << QString::number(checkMs.isEmpty() ? 0.0 : median(checkMs), 'f', 1) << " ms\n";
}

QString platformDescription()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return QStringLiteral("QT_QPA_PLATFORM=%1").arg(qEnvironmentVariable("QT_QPA_PLATFORM"));
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return QStringLiteral("wayland (WAYLAND_DISPLAY=%1)").arg(qEnvironmentVariable("WAYLAND_DISPLAY"));
    return QStringLiteral("xcb (DISPLAY=%1)").arg(qEnvironmentVariable("DISPLAY"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Without any display the children use the offscreen platform, so the bench also runs in CI.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QCoreApplication app(argc, argv);
    // The library's notes on each open would bury the table.
    QLoggingCategory::setFilterRules(QStringLiteral("lectern.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Lectern's start-up to the first painted window."));
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The lectern binary."), QStringLiteral("path"),
                                       QStringLiteral(LECTERN_APP_BINARY));
    const QCommandLineOption bareOption(QStringLiteral("bare"), QStringLiteral("The bare window binary."),
                                        QStringLiteral("path"), QStringLiteral(LECTERN_BARE_WINDOW_BINARY));
    const QCommandLineOption lecturesOption(QStringLiteral("lectures"), QStringLiteral("Lectures in the large library."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption wordsOption(QStringLiteral("words"), QStringLiteral("Transcript words in all."),
                                         QStringLiteral("n"), QStringLiteral("18000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Counted launches per case."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"),
                                         QStringLiteral("Where generated libraries are kept (default: startup-libraries "
                                                        "beside the binary)."),
                                         QStringLiteral("dir"));
    const QCommandLineOption strictOption(QStringLiteral("strict"), QStringLiteral("Exit 1 when a target is missed."));
    parser.addOptions({appOption, bareOption, lecturesOption, wordsOption, runsOption, cacheOption, strictOption});
    parser.process(app);

    LibrarySize size;
    size.lectures = parser.value(lecturesOption).toInt();
    size.words = parser.value(wordsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString cacheDir = parser.isSet(cacheOption)
        ? parser.value(cacheOption)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("startup-libraries"));
    QDir().mkpath(cacheDir);

    QString error;
    const QString libraryDir = QDir(cacheDir).filePath(size.cacheKey());
    auto manifest = cachedLibrary(libraryDir, size, out(), error);
    int cards = 0;
    if (!manifest || !addCards(libraryDir, cards, error)) {
        out() << "error: " << error << Qt::endl;
        return 1;
    }
    out() << "library: " << manifest->contents.courses << " courses, " << manifest->contents.lectures << " lectures, "
          << manifest->contents.words << " transcript words, " << cards << " flashcards\n";
    out() << "display: " << platformDescription() << "; " << runs << " counted runs per case after one warm-up\n";
    reportOpenCost(libraryDir, std::min(runs, 5));

    QTemporaryDir emptyLibrary;
    const QString app_ = parser.value(appOption);
    struct Case
    {
        QString name;
        QString program;
        QStringList arguments;
    };
    const QList<Case> cases = {
        {QStringLiteral("bare Qt Widgets window"), parser.value(bareOption), {}},
        {QStringLiteral("Lectern, empty library"), app_, {QStringLiteral("--data-dir"), emptyLibrary.path()}},
        {QStringLiteral("Lectern, %1 lectures").arg(manifest->contents.lectures), app_,
         {QStringLiteral("--data-dir"), libraryDir}},
    };
    QList<CaseResult> results;
    for (const Case &c : cases) {
        auto result = runCase(c.name, c.program, c.arguments, runs, error);
        if (!result) {
            out() << "error: " << error << Qt::endl;
            return 1;
        }
        results.append(*result);
    }

    const double bareMs = results.first().median.ms;
    bool allMet = true;
    out() << "\n"
          << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                 .arg(QStringLiteral("case"), -28)
                 .arg(QStringLiteral("first paint"), 12)
                 .arg(QStringLiteral("vs bare"), 8)
                 .arg(QStringLiteral("VmRSS"), 9)
                 .arg(QStringLiteral("VmHWM"), 9)
                 .arg(QStringLiteral("target ≤ 2× bare, ≤ 150 MB"));
    for (const CaseResult &r : results) {
        const double ratio = r.median.ms / bareMs;
        QString verdict = QStringLiteral("(baseline)");
        if (&r != &results.first()) {
            const bool met = ratio <= kRatioTarget && r.median.rssMb <= kMemoryTargetMb;
            allMet = allMet && met;
            verdict = met ? QStringLiteral("PASS") : QStringLiteral("FAIL");
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                     .arg(r.name, -28)
                     .arg(QStringLiteral("%1 ms").arg(r.median.ms, 0, 'f', 0), 12)
                     .arg(QStringLiteral("%1×").arg(ratio, 0, 'f', 2), 8)
                     .arg(QStringLiteral("%1 MB").arg(r.median.rssMb, 0, 'f', 0), 9)
                     .arg(QStringLiteral("%1 MB").arg(r.median.hwmMb, 0, 'f', 0), 9)
                     .arg(verdict);
    }
    out().flush();
    return parser.isSet(strictOption) && !allMet ? 1 : 0;
}
