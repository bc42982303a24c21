// Throughput of the import path, for the figures quoted in reviews: how many times faster than
// real time a 10-minute lecture decodes to 16 kHz mono, and how many bytes an hour of speech
// takes as Ogg Opus. Not part of the test suite (timings on shared machines are not asserts).
//
//   audio_benchmark --benchmark_counters_tabular=true
#include "AudioFixtures.h"
#include "audio/AudioDecoder.h"
#include "audio/ChunkPlanner.h"
#include "audio/OggOpusWriter.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace lectern;

namespace {

constexpr double kLectureSeconds = 600;

// Ten minutes of speech in the formats students bring, made once per run.
class Lectures
{
public:
    static Lectures &instance()
    {
        static Lectures lectures;
        return lectures;
    }

    QString file(const QString &kind)
    {
        const auto it = m_files.find(kind);
        return it == m_files.end() ? QString() : it->second;
    }

    const PcmSamples &pcm() const { return m_pcm; }
    QString error() const { return m_error; }

private:
    Lectures() : m_fixtures(m_dir.path())
    {
        const Result<QString> wav = m_fixtures.speechWav(QStringLiteral("lecture.wav"), kLectureSeconds, 44100, 2);
        if (!wav) {
            m_error = wav.error().message;
            return;
        }
        m_files[QStringLiteral("wav")] = *wav;
        const std::pair<const char *, QStringList> conversions[] = {
            {"mp3", {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"), QStringLiteral("128k")}},
            {"m4a", {QStringLiteral("-c:a"), QStringLiteral("aac")}},
            {"opus", {QStringLiteral("-c:a"), QStringLiteral("libopus")}},
        };
        for (const auto &[extension, codec] : conversions) {
            const QString kind = QString::fromLatin1(extension);
            const Result<QString> out = m_fixtures.convert(*wav, QStringLiteral("lecture.") + kind, codec);
            if (!out) {
                m_error = out.error().message;
                return;
            }
            m_files[kind] = *out;
        }
        Result<DecodedAudio> audio = AudioDecoder::decodeFile(*wav);
        if (!audio) {
            m_error = audio.error().message;
            return;
        }
        m_pcm = std::move(audio.value().pcm);
    }

    QTemporaryDir m_dir;
    test::AudioFixtures m_fixtures;
    std::map<QString, QString> m_files;
    PcmSamples m_pcm;
    QString m_error;
};

void decodeLecture(benchmark::State &state, const char *kind)
{
    Lectures &lectures = Lectures::instance();
    const QString path = lectures.file(QString::fromLatin1(kind));
    if (path.isEmpty()) {
        state.SkipWithError(lectures.error().toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        const Result<DecodedAudio> audio = AudioDecoder::decodeFile(path);
        if (!audio) {
            state.SkipWithError(audio.error().message.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(audio->pcm.data());
    }
    // Seconds of lecture per second of wall time: "times real time".
    state.counters["x_realtime"] = benchmark::Counter(kLectureSeconds * double(state.iterations()),
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(decodeLecture, wav_44k_stereo, "wav")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_CAPTURE(decodeLecture, mp3_128k, "mp3")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_CAPTURE(decodeLecture, m4a_aac, "m4a")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_CAPTURE(decodeLecture, ogg_opus, "opus")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void encodeLecture(benchmark::State &state)
{
    Lectures &lectures = Lectures::instance();
    if (lectures.pcm().empty()) {
        state.SkipWithError(lectures.error().toStdString().c_str());
        return;
    }
    OggOpusWriter::Options options;
    options.bitrate = int(state.range(0));
    qint64 bytes = 0;
    for (auto _ : state) {
        const Result<QByteArray> ogg = OggOpusWriter::encode(lectures.pcm(), options);
        if (!ogg) {
            state.SkipWithError(ogg.error().message.toStdString().c_str());
            return;
        }
        bytes = ogg->size();
    }
    state.counters["x_realtime"] = benchmark::Counter(kLectureSeconds * double(state.iterations()),
                                                      benchmark::Counter::kIsRate);
    state.counters["MB_per_hour"] = double(bytes) * (3600.0 / kLectureSeconds) / 1e6;
    state.counters["kbit_per_s"] = double(bytes) * 8 / kLectureSeconds / 1000;
}
BENCHMARK(encodeLecture)->Arg(24000)->Arg(32000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void planChunks(benchmark::State &state)
{
    Lectures &lectures = Lectures::instance();
    if (lectures.pcm().empty()) {
        state.SkipWithError(lectures.error().toStdString().c_str());
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(ChunkPlanner().plan(lectures.pcm()));
}
BENCHMARK(planChunks)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
