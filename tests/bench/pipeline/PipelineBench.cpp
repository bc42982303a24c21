// pipeline_bench: how close Lectern's transcription pipeline comes to what the network allows.
//
// A time-coded lecture (generated once, cached beside the binary) goes through the fake Groq
// server (the fake-groq program, in a process of its own for each run) shaped like a student's
// line to Groq: one uplink shared by every upload, a round trip
// per request and two per new connection, Groq's processing speed. It is transcribed twice:
//   ours   a real TranscriptionJob on the lecture imported into a temporary library (defaults);
//   naive  the WAV cut into equal pieces under the 25 MB upload limit, no overlap, sent one after
//          another through a GroqClient with one request at a time.
// Ours must bring back every second of the lecture once, in order. The figures are compared with
// the physical bound, max(bytes uploaded / uplink, Groq's time for the longest piece), and with
// each other.
//
//   pipeline_bench                      the full benchmark (60 minutes, 20 Mbit/s, 150 ms, 216x)
//   pipeline_bench --minutes 2          a quick run (the CTest smoke test)
//   pipeline_bench --timeline           also when each of our uploads started, was in, was answered
//   pipeline_bench --concurrency 8      ours with 8 requests at a time instead of the app's 4
//
// After the targets, a schedule model (ScheduleModel.h) works out what our uploads would take
// with more requests at a time, and with uploads sent one after another instead of sharing the
// line, next to what this run measured: what the pipeline could still gain, and from what.
//
// Where our run's time goes, phase by phase (decoding, planning, encoding each chunk, answers,
// stitching), is in the pipeline's log: QT_LOGGING_RULES="lectern.pipeline.debug=true".
//
// Exit status: 0 when both runs finished and ours brought back the whole lecture (and, with
// --strict, every target was met), 1 otherwise.
#include "BenchRun.h"
#include "ScheduleModel.h"
#include "ai/GroqConfig.h"
#include "TimeCode.h"
#include "WavWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdlib>

using namespace lectern;
using namespace lectern::bench;

namespace {

constexpr qint64 kGroqUploadLimitBytes = 25'000'000; // free tier; decimal MB, the stricter reading
constexpr double kTargetBoundRatio = 1.25;
constexpr double kTargetNaiveRatio = 4.0;
constexpr double kTargetMbPerHour = 15.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The lecture as a 16 kHz mono WAV, made once per length and kept in `cacheDir`.
QString lectureWav(const QString &cacheDir, int seconds, QString &error)
{
    QDir().mkpath(cacheDir);
    const QString path = QDir(cacheDir).filePath(QStringLiteral("time-coded-lecture-%1s.wav").arg(seconds));
    const qint64 expectedSize = 44 + qint64(seconds) * fake::timecode::kSampleRate * 2;
    if (QFileInfo(path).size() == expectedSize)
        return path;
    QElapsedTimer clock;
    clock.start();
    const QByteArray wav = fake::WavWriter::encode(fake::TimeCodedAudio::generate(0, seconds));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size() || !file.commit()) {
        error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    out() << "generated " << path << " in " << QString::number(double(clock.elapsed()) / 1000, 'f', 1) << " s\n";
    return path;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 2) + QStringLiteral(" s");
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 2) + QStringLiteral(" MB");
}

QString row(const QString &label, const QString &ours, const QString &naive)
{
    return label.leftJustified(30) + ours.leftJustified(24) + naive + u'\n';
}

QString verdict(bool met)
{
    return met ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

void printTimeline(const RunFigures &figures)
{
    out() << "\nour uploads (ms on the server's clock: headers in, body in, answered):\n";
    for (const fake::RecordedRequest &r : figures.timeline) {
        out() << "  " << r.fileName.leftJustified(28) << QString::number(r.startedAtMs).rightJustified(7)
              << QString::number(r.receivedAtMs).rightJustified(7) << QString::number(r.endedAtMs).rightJustified(7) << "  "
              << megabytes(r.bodySize).rightJustified(9) << "  " << QString::number(r.audioSeconds, 'f', 0).rightJustified(5)
              << " s audio\n";
    }
}

// What our pieces would take with more requests at a time, or with uploads that do not share the
// line, worked out by the schedule model; and the model against what the run measured.
void printModel(const NetworkShape &shape, int concurrentRequests, const RunFigures &ours)
{
    QList<fake::RecordedRequest> sent = ours.timeline;
    std::stable_sort(sent.begin(), sent.end(), [](const auto &a, const auto &b) { return a.startedAtMs < b.startedAtMs; });
    if (sent.isEmpty())
        return;
    QList<schedule::Piece> pieces;
    qint64 firstIn = sent.first().startedAtMs;
    qint64 lastOut = 0;
    for (const fake::RecordedRequest &r : sent) {
        pieces.append({r.bodySize, std::max(0.0, r.audioSeconds)});
        lastOut = std::max(lastOut, r.endedAtMs);
    }
    const double bound = ours.boundSeconds(shape);
    const QList<int> counts{concurrentRequests, 2 * concurrentRequests, 4 * concurrentRequests};
    const auto cell = [&](int n, schedule::Uplink uplink) {
        const double s = schedule::seconds(pieces, shape, n, uplink);
        return QString(seconds(s) + QStringLiteral(" (%1 x)").arg(s / bound, 0, 'f', 2)).leftJustified(20);
    };
    out() << "\nthe same " << pieces.size() << " uploads in the same order, worked out rather than measured (the fake's rules;\n"
          << "every piece ready at the start, the client's own work left out; ratios to the bound):\n"
          << QString().leftJustified(30);
    for (int n : counts)
        out() << QStringLiteral("%1 at a time").arg(n).leftJustified(20);
    out() << "\n" << QStringLiteral("uploads share the line").leftJustified(30);
    for (int n : counts)
        out() << cell(n, schedule::Uplink::Shared);
    out() << "\n" << QStringLiteral("one upload at a time").leftJustified(30);
    for (int n : counts)
        out() << cell(n, schedule::Uplink::OneAtATime);
    const double measured = double(lastOut - firstIn + shape.connectionSetupMs()) / 1000.0;
    out() << "\nmeasured, first connection to last answer: " << seconds(measured) << " (modelled: "
          << seconds(schedule::seconds(pieces, shape, concurrentRequests, schedule::Uplink::Shared)) << ")\n";
}

// The table of figures and targets; true when every target was met.
// `loadBefore`: the load average before the runs, negative when unknown.
bool printReport(const NetworkShape &shape, double minutes, double loadBefore, int concurrentRequests, const RunFigures &ours,
                 const RunFigures &naive, bool timeline)
{
    out() << "\nTranscription of a " << QString::number(minutes, 'g', 4) << "-minute time-coded lecture through the fake Groq server\n"
          << "network: one " << QString::number(shape.uplinkMbit, 'g', 4) << " Mbit/s uplink shared by all uploads; RTT "
          << shape.roundTripMs << " ms, modelled as one round trip added to every answer and two (TCP + TLS handshakes) before a\n"
          << "new connection's first request; Groq processes an upload in its audio length / " << QString::number(shape.groqSpeed, 'g', 4)
          << " from the moment it is in. Not modelled: TCP slow start, the downlink's speed.\n"
          << "bound = max(bytes uploaded / uplink, Groq's time for the longest upload): it leaves out the client's own work\n"
          << "(decoding, Opus encoding). The fake server runs in a process of its own, on the same cores: its decoding of\n"
          << "uploads stands in for work Groq does on its own servers, and its processor time is shown apart.\n"
          << "MB = 10^6 bytes.\n"
          << "machine: " << QThread::idealThreadCount() << " cores, load average "
          << (loadBefore >= 0 ? QString::number(loadBefore, 'f', 2) : QStringLiteral("unknown"))
          << " before the runs (other work slows both runs down)\n"
          << "ours sends at most " << concurrentRequests << " requests at a time"
          << (concurrentRequests == GroqConfig{}.maxConcurrentRequests ? QStringLiteral(" (the app's default)") : QString())
          << ". Each holds its place from its first byte to its answer, so the uploads and Groq's time, shared out\n"
          << "among them, make a second floor: (bytes uploaded / uplink + lecture length / Groq's speed) / requests at a time.\n\n";
    for (const auto &[name, run] : {std::pair{"ours", &ours}, std::pair{"naive", &naive}}) {
        if (!run->ok())
            out() << name << " FAILED: " << run->error << '\n';
    }
    if (!ours.ok() || !naive.ok())
        return false;

    const double hours = minutes / 60.0;
    const auto mbPerHour = [hours](const RunFigures &f) { return double(f.bytesUploaded) / 1e6 / hours; };
    const auto boundText = [&shape](const RunFigures &f) -> QString {
        const bool uploadBound = double(f.bytesUploaded) / double(shape.uplinkBytesPerSecond()) >= f.slowestProcessingSeconds;
        return seconds(f.boundSeconds(shape)) + (uploadBound ? QStringLiteral(" (upload)") : QStringLiteral(" (processing)"));
    };
    const double oursRatio = ours.wallSeconds / ours.boundSeconds(shape);
    const double naiveOverOurs = naive.wallSeconds / ours.wallSeconds;

    out() << row(QString(), QStringLiteral("ours (TranscriptionJob)"), QStringLiteral("naive (sequential WAV)"));
    out() << row(QStringLiteral("wall time"), seconds(ours.wallSeconds), seconds(naive.wallSeconds));
    out() << row(QStringLiteral("physical bound"), boundText(ours), boundText(naive));
    const double slotFloor = (double(ours.bytesUploaded) / double(shape.uplinkBytesPerSecond()) + minutes * 60 / shape.groqSpeed)
                             / concurrentRequests;
    out() << row(QStringLiteral("floor, %1 at a time").arg(concurrentRequests),
                 seconds(slotFloor) + QStringLiteral(" (%1 x bound)").arg(slotFloor / ours.boundSeconds(shape), 0, 'f', 2), QString());
    out() << row(QStringLiteral("wall time / bound"), QString::number(oursRatio, 'f', 2),
                 QString::number(naive.wallSeconds / naive.boundSeconds(shape), 'f', 2));
    out() << row(QStringLiteral("requests"), QString::number(ours.requests), QString::number(naive.requests));
    out() << row(QStringLiteral("uploaded"), megabytes(ours.bytesUploaded), megabytes(naive.bytesUploaded));
    out() << row(QStringLiteral("MB per audio hour"), QString::number(mbPerHour(ours), 'f', 2), QString::number(mbPerHour(naive), 'f', 2));
    out() << row(QStringLiteral("longest upload's processing"), seconds(ours.slowestProcessingSeconds), seconds(naive.slowestProcessingSeconds));
    // On a small machine the client's CPU work, which the bound leaves out, can be the real limit.
    const auto cpuText = [](double cpuSeconds) -> QString {
        return seconds(cpuSeconds) + QStringLiteral(" (%1 s a core)").arg(cpuSeconds / QThread::idealThreadCount(), 0, 'f', 2);
    };
    out() << row(QStringLiteral("CPU time, client"), cpuText(ours.cpuSeconds), cpuText(naive.cpuSeconds));
    out() << row(QStringLiteral("CPU time, fake server"), cpuText(ours.fakeCpuSeconds), cpuText(naive.fakeCpuSeconds));
    out() << row(QStringLiteral("transcript"), ours.complete ? QStringLiteral("complete") : QStringLiteral("INCOMPLETE"),
                 naive.complete ? QStringLiteral("complete") : QStringLiteral("INCOMPLETE"));
    out() << row(QStringLiteral("naive wall time / ours"), QString::number(naiveOverOurs, 'f', 2), QString());

    const bool boundMet = oursRatio <= kTargetBoundRatio;
    const bool naiveMet = naiveOverOurs >= kTargetNaiveRatio;
    const bool sizeMet = mbPerHour(ours) <= kTargetMbPerHour;
    out() << "\ntargets\n"
          << "  ours <= 1.25 x bound       " << QString::number(oursRatio, 'f', 2).leftJustified(8) << verdict(boundMet) << '\n'
          << "  naive / ours >= 4          " << QString::number(naiveOverOurs, 'f', 2).leftJustified(8) << verdict(naiveMet) << '\n'
          << "  ours <= 15 MB/audio hour   " << QString::number(mbPerHour(ours), 'f', 2).leftJustified(8) << verdict(sizeMet) << '\n';
    printModel(shape, concurrentRequests, ours);
    if (timeline)
        printTimeline(ours);
    out().flush();
    return boundMet && naiveMet && sizeMet;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pipeline_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Transcribes a time-coded lecture through the fake Groq server, "
                                                    "Lectern's way and the naive way, and compares both with the physical bound."));
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Length of the lecture (default 60)."),
                                           QStringLiteral("minutes"), QStringLiteral("60"));
    const QCommandLineOption uplinkOption(QStringLiteral("uplink-mbit"), QStringLiteral("Uplink shared by all uploads (default 20)."),
                                          QStringLiteral("mbit"), QStringLiteral("20"));
    const QCommandLineOption rttOption(QStringLiteral("rtt-ms"), QStringLiteral("Round trip time (default 150)."),
                                       QStringLiteral("ms"), QStringLiteral("150"));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QStringLiteral("Groq's speed, times real time (default 216)."),
                                         QStringLiteral("factor"), QStringLiteral("216"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"),
                                         QStringLiteral("Where the generated lecture is kept (default: bench-audio beside the binary)."),
                                         QStringLiteral("dir"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"),
        QStringLiteral("Requests ours may have under way at once (default: the app's default, %1).").arg(GroqConfig{}.maxConcurrentRequests),
        QStringLiteral("n"), QString::number(GroqConfig{}.maxConcurrentRequests));
    const QCommandLineOption timelineOption(QStringLiteral("timeline"), QStringLiteral("Also print when each of our uploads went."));
    const QCommandLineOption strictOption(QStringLiteral("strict"), QStringLiteral("Exit with 1 when a target is missed."));
    parser.addOptions({minutesOption, uplinkOption, rttOption, speedOption, concurrencyOption, cacheOption, timelineOption, strictOption});
    parser.process(app);

    NetworkShape shape;
    bool minutesOk = false, uplinkOk = false, rttOk = false, speedOk = false, concurrencyOk = false;
    const double minutes = parser.value(minutesOption).toDouble(&minutesOk);
    shape.uplinkMbit = parser.value(uplinkOption).toDouble(&uplinkOk);
    shape.roundTripMs = parser.value(rttOption).toLongLong(&rttOk);
    shape.groqSpeed = parser.value(speedOption).toDouble(&speedOk);
    const int concurrentRequests = parser.value(concurrencyOption).toInt(&concurrencyOk);
    if (!minutesOk || minutes <= 0 || minutes > 1000 || !uplinkOk || shape.uplinkMbit <= 0 || !rttOk || shape.roundTripMs < 0
        || !speedOk || shape.groqSpeed <= 0 || !concurrencyOk || concurrentRequests < 1 || concurrentRequests > 64) {
        QTextStream(stderr) << "pipeline_bench: --minutes (up to 1000), --uplink-mbit, --speed and --concurrency (up to 64) need positive numbers, "
                               "--rtt-ms a number of 0 or more\n";
        return 2;
    }
    const int lectureSeconds = int(std::lround(minutes * 60));
    const QString cacheDir = parser.isSet(cacheOption) ? parser.value(cacheOption)
                                                       : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench-audio"));

    QString error;
    const QString wavPath = lectureWav(cacheDir, lectureSeconds, error);
    if (wavPath.isEmpty()) {
        QTextStream(stderr) << "pipeline_bench: " << error << '\n';
        return 1;
    }

    double load[1] = {0};
    const double loadBefore = getloadavg(load, 1) == 1 ? load[0] : -1.0;
    // A fresh server for each run: no connection, record or quota carries over.
    const auto run = [&](const auto &way) -> RunFigures {
        FakeGroqProcess server(shape);
        if (QString startError; !server.start(startError)) {
            RunFigures failed;
            failed.error = startError;
            return failed;
        }
        return way(server);
    };
    const RunFigures ours = run([&](FakeGroqProcess &server) { return runTranscriptionJob(server, shape, wavPath, lectureSeconds, concurrentRequests); });
    const RunFigures naive = run([&](FakeGroqProcess &server) {
        return runNaive(server, shape, wavPath, lectureSeconds, kGroqUploadLimitBytes);
    });

    const bool targetsMet = printReport(shape, minutes, loadBefore, concurrentRequests, ours, naive, parser.isSet(timelineOption));
    if (!ours.ok() || !naive.ok())
        return 1;

    // The naive way may lose words at its blind cuts; that is its figure, not a failed run.
    if (!ours.complete)
        return 1;
    return parser.isSet(strictOption) && !targetsMet ? 1 : 0;
}
