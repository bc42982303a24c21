#pragma once

#include "TimeCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <span>

namespace lectern::fake {

// What Whisper would have heard in an upload, the deterministic way: the lecture seconds its
// time codes name ("s120 s121 ..."), else the script spread over the audio, else nothing.
struct FakeTranscript
{
    double durationSeconds = 0;
    QString text;
    QJsonArray segments; // verbose_json segments
    QJsonArray words;    // verbose_json words
    QList<DetectedTimeCode> codes;
};

class FakeTranscriber
{
public:
    // Text used for audio that holds sound but no time codes (e.g. a real lecture sample).
    void setScript(QString text) { m_script = std::move(text); }
    const QString &script() const { return m_script; }
    // Codes per segment; real Whisper segments are a few seconds long.
    void setCodesPerSegment(int count) { m_codesPerSegment = std::max(1, count); }

    // `pcm` is 16 kHz mono.
    FakeTranscript transcribe(std::span<const qint16> pcm, double temperature) const;

private:
    FakeTranscript fromCodes(QList<DetectedTimeCode> codes, double duration, double temperature) const;
    FakeTranscript fromScript(double duration, double temperature) const;

    QString m_script;
    int m_codesPerSegment = 5;
};

} // namespace lectern::fake
