#pragma once

#include <QObject>
#include <QUrl>

namespace lectern {

// The lecture view's player, as the widgets see it. The app plays through QMediaPlayer
// (MediaPlaybackController); tests drive a deterministic implementation instead, because
// QMediaPlayer behaves differently per backend and needs an audio device to play at all.
//
// Positions and durations are in milliseconds; a duration of 0 means "not known (yet)".
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QUrl source() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    virtual bool isPlaying() const = 0;
    virtual double playbackRate() const = 0;

public slots:
    // An empty URL unloads the current recording.
    virtual void setSource(const QUrl &source) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void seek(qint64 positionMs) = 0;
    virtual void setPlaybackRate(double rate) = 0;

    void togglePlayback();
    // Jumps by `deltaMs` (negative: back), staying within the recording.
    void skip(qint64 deltaMs);

signals:
    void sourceChanged(const QUrl &source);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void playingChanged(bool playing);
    void playbackRateChanged(double rate);
    // The recording cannot be played; `message` is for the student.
    void errorOccurred(const QString &message);
};

} // namespace lectern
