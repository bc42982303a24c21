#include "FakeTranscriber.h"

#include <QRegularExpression>

#include <cmath>

namespace lectern::fake {

namespace {

double roundTo(double seconds, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(seconds * scale) / scale;
}

// Whisper's token ids are opaque to clients; these only need to be stable and plausible.
QJsonArray tokensFor(const QString &text)
{
    QJsonArray tokens{50365};
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        tokens.append(int(1000 + qHash(word) % 49000));
    tokens.append(50615);
    return tokens;
}

QJsonObject segment(int id, double start, double end, const QString &text, double temperature, double noSpeechProb)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("seek"), int(std::lround(start * 100))},
        {QStringLiteral("start"), roundTo(start)},
        {QStringLiteral("end"), roundTo(end)},
        {QStringLiteral("text"), text.isEmpty() ? QString() : u' ' + text},
        {QStringLiteral("tokens"), tokensFor(text)},
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("avg_logprob"), text.isEmpty() ? -1.2 : -0.18},
        {QStringLiteral("compression_ratio"), text.isEmpty() ? 0.0 : 1.31},
        {QStringLiteral("no_speech_prob"), noSpeechProb},
    };
}

QJsonObject word(const QString &text, double start, double end)
{
    return QJsonObject{{QStringLiteral("word"), text}, {QStringLiteral("start"), roundTo(start)}, {QStringLiteral("end"), roundTo(end)}};
}

bool isSilent(std::span<const qint16> pcm)
{
    double sum = 0;
    for (qint16 sample : pcm)
        sum += double(sample) * sample;
    return pcm.empty() || std::sqrt(sum / double(pcm.size())) < 60.0; // below about -55 dBFS
}

} // namespace

FakeTranscript FakeTranscriber::transcribe(std::span<const qint16> pcm, double temperature) const
{
    const double duration = double(pcm.size()) / timecode::kSampleRate;
    QList<DetectedTimeCode> codes = TimeCodeDetector::detect(pcm);
    if (!codes.isEmpty())
        return fromCodes(std::move(codes), duration, temperature);
    if (!m_script.trimmed().isEmpty() && !isSilent(pcm))
        return fromScript(duration, temperature);
    FakeTranscript silent;
    silent.durationSeconds = duration;
    silent.segments.append(segment(0, 0, duration, QString(), temperature, 0.97));
    return silent;
}

FakeTranscript FakeTranscriber::fromCodes(QList<DetectedTimeCode> codes, double duration, double temperature) const
{
    FakeTranscript transcript;
    transcript.durationSeconds = duration;
    QStringList allWords;
    for (qsizetype first = 0; first < codes.size(); first += m_codesPerSegment) {
        const qsizetype last = std::min(codes.size(), first + m_codesPerSegment) - 1;
        QStringList words;
        for (qsizetype i = first; i <= last; ++i) {
            const QString text = u's' + QString::number(codes[i].second);
            words.append(text);
            transcript.words.append(word(text, codes[i].startMs / 1000.0, codes[i].endMs / 1000.0));
        }
        const QString text = words.join(u' ');
        transcript.segments.append(segment(int(transcript.segments.size()), codes[first].startMs / 1000.0,
                                           codes[last].endMs / 1000.0, text, temperature, 0.01));
        allWords.append(words);
    }
    transcript.text = allWords.join(u' ');
    transcript.codes = std::move(codes);
    return transcript;
}

FakeTranscript FakeTranscriber::fromScript(double duration, double temperature) const
{
    FakeTranscript transcript;
    transcript.durationSeconds = duration;
    const QStringList words = m_script.simplified().split(u' ', Qt::SkipEmptyParts);
    const double perWord = duration / double(words.size());
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]$"));
    QStringList current;
    double segmentStart = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const double start = double(i) * perWord;
        const double end = double(i + 1) * perWord;
        if (current.isEmpty())
            segmentStart = start;
        current.append(words[i]);
        transcript.words.append(word(words[i], start, end));
        if (words[i].contains(sentenceEnd) || current.size() >= 14 || i + 1 == words.size()) {
            transcript.segments.append(segment(int(transcript.segments.size()), segmentStart, end, current.join(u' '), temperature, 0.02));
            current.clear();
        }
    }
    transcript.text = words.join(u' ');
    return transcript;
}

} // namespace lectern::fake
