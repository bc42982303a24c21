#include "BenchRun.h"

#include "ai/GroqClient.h"
#include "ai/TranscriptionReply.h"
#include "library/LibraryStore.h"
#include "pipeline/LectureImporter.h"
#include "pipeline/TranscriptionJob.h"
#include "WavWriter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <span>

#include <sys/resource.h>

namespace lectern::bench {

namespace {

const QString kTranscriptions = QStringLiteral("/audio/transcriptions");

QStringList wordsOf(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// The samples of a canonical 16-bit PCM WAV file, as a simple script would take them: find the
// data chunk, take its bytes.
bool readWavSamples(const QString &path, QByteArray &file, std::span<const qint16> &samples)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    file = in.readAll();
    qsizetype at = 12; // after RIFF....WAVE
    while (at + 8 <= file.size()) {
        const quint32 size = qFromLittleEndian<quint32>(file.constData() + at + 4);
        if (file.mid(at, 4) == "data") {
            const qsizetype bytes = std::min<qsizetype>(qsizetype(size), file.size() - at - 8);
            samples = std::span<const qint16>(reinterpret_cast<const qint16 *>(file.constData() + at + 8), size_t(bytes / 2));
            return true;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    return false;
}

} // namespace

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double RunFigures::boundSeconds(const NetworkShape &shape) const
{
    return std::max(double(bytesUploaded) / double(shape.uplinkBytesPerSecond()), slowestProcessingSeconds);
}

int secondsHeardInOrder(const QStringList &words, int lectureSeconds)
{
    int next = 0;
    for (const QString &word : words) {
        if (word != u's' + QString::number(next))
            return -1; // a second missing, repeated or out of order
        ++next;
    }
    return std::min(next, lectureSeconds);
}

void takeServerFigures(FakeGroqProcess &server, const NetworkShape &shape, RunFigures &figures)
{
    figures.timeline.clear();
    const QList<fake::RecordedRequest> requests = server.requests(figures.error);
    for (const fake::RecordedRequest &request : requests) {
        if (!request.path.endsWith(kTranscriptions))
            continue;
        ++figures.requests;
        figures.bytesUploaded += request.bodySize;
        if (request.audioSeconds > 0)
            figures.slowestProcessingSeconds = std::max(figures.slowestProcessingSeconds, request.audioSeconds / shape.groqSpeed);
        figures.timeline.append(request);
    }
}

GroqConfig clientConfig(const FakeGroqProcess &server)
{
    GroqConfig config;
    config.baseUrl = server.baseUrl();
    return config;
}

RunFigures runTranscriptionJob(FakeGroqProcess &server, const NetworkShape &shape, const QString &wavPath, int lectureSeconds,
                               int concurrentRequests)
{
    RunFigures figures;
    QTemporaryDir libraryDir;
    auto opened = LibraryStore::open(libraryDir.path());
    if (!opened) {
        figures.error = opened.error().message;
        return figures;
    }
    LibraryStore &store = **opened;
    const Result<Lecture> lecture = LectureImporter::importFile(store, wavPath);
    if (!lecture) {
        figures.error = lecture.error().message;
        return figures;
    }

    GroqConfig config = clientConfig(server);
    config.maxConcurrentRequests = concurrentRequests;
    GroqClient client(config, std::make_shared<FixedApiKeyProvider>(server.apiKey()));
    TranscriptionJob job(store, client);
    QEventLoop loop;
    QObject::connect(&job, &TranscriptionJob::finished, &loop, &QEventLoop::quit);
    const double cpuBefore = processCpuSeconds();
    const double fakeCpuBefore = server.cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    job.start(lecture->id);
    loop.exec();
    figures.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    figures.cpuSeconds = processCpuSeconds() - cpuBefore;
    figures.fakeCpuSeconds = server.cpuSeconds() - fakeCpuBefore;
    if (!job.result()) {
        figures.error = job.result().error().message;
        return figures;
    }
    takeServerFigures(server, shape, figures);
    if (!figures.ok())
        return figures;

    QStringList words;
    const auto segments = store.segments(lecture->id);
    for (const TranscriptSegment &segment : segments.ok() ? *segments : QList<TranscriptSegment>{})
        words += wordsOf(segment.text);
    figures.secondsHeard = secondsHeardInOrder(words, lectureSeconds);
    figures.complete = figures.secondsHeard == lectureSeconds && words.size() == lectureSeconds;
    return figures;
}

RunFigures runNaive(FakeGroqProcess &server, const NetworkShape &shape, const QString &wavPath, int lectureSeconds,
                    qint64 maxUploadBytes)
{
    RunFigures figures;
    GroqConfig config = clientConfig(server);
    config.maxConcurrentRequests = 1;
    GroqClient client(config, std::make_shared<FixedApiKeyProvider>(server.apiKey()));

    const double cpuBefore = processCpuSeconds();
    const double fakeCpuBefore = server.cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    QByteArray file;
    std::span<const qint16> samples;
    if (!readWavSamples(wavPath, file, samples)) {
        figures.error = QStringLiteral("cannot read %1 as WAV").arg(wavPath);
        return figures;
    }
    // Equal pieces, each a WAV file (and its multipart envelope) under the upload limit.
    constexpr qint64 kEnvelopeBytes = 64 * 1024;
    const qint64 maxSamples = (maxUploadBytes - kEnvelopeBytes - 44) / 2;
    const qint64 pieces = (qint64(samples.size()) + maxSamples - 1) / maxSamples;
    const qint64 perPiece = (qint64(samples.size()) + pieces - 1) / pieces;

    QStringList words;
    for (qint64 i = 0; i < pieces && figures.error.isEmpty(); ++i) {
        const qint64 first = i * perPiece;
        const qint64 count = std::min<qint64>(perPiece, qint64(samples.size()) - first);
        QByteArray wav = fake::WavWriter::encode(samples.subspan(size_t(first), size_t(count)));
        TranscriptionReply *reply = client.transcribeData(std::move(wav), QStringLiteral("lecture-part-%1.wav").arg(i + 1));
        QEventLoop loop;
        QObject::connect(reply, &GroqReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->hasError())
            figures.error = reply->error().message;
        else
            for (const RecognizedSegment &segment : reply->transcription().segments)
                words += wordsOf(segment.text);
        reply->deleteLater();
    }
    figures.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    figures.cpuSeconds = processCpuSeconds() - cpuBefore;
    figures.fakeCpuSeconds = server.cpuSeconds() - fakeCpuBefore;
    if (!figures.ok())
        return figures;
    takeServerFigures(server, shape, figures);
    if (!figures.ok())
        return figures;
    figures.secondsHeard = secondsHeardInOrder(words, lectureSeconds);
    figures.complete = figures.secondsHeard == lectureSeconds && words.size() == lectureSeconds;
    return figures;
}

} // namespace lectern::bench
