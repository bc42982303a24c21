#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace lectern {

// One stretch of recognised speech on the lecture's timeline. The pipeline's own form of a
// segment, between Groq's answer and the library's transcript rows.
struct TimedText
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;

    friend bool operator==(const TimedText &, const TimedText &) = default;
};

// What Groq heard in one piece of a lecture: the span that was uploaded and its segments, already
// shifted onto the lecture's timeline.
struct TranscriptPiece
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QList<TimedText> segments;

    // The form the piece is kept in while a transcription is under way (and in the cache).
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, TranscriptPiece &piece);

    friend bool operator==(const TranscriptPiece &, const TranscriptPiece &) = default;
};

} // namespace lectern
