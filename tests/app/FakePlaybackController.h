#pragma once

#include "lecture/PlaybackController.h"

namespace lectern::test {

// A player that does exactly what it is told, at once, so GUI tests can drive and observe
// playback without a multimedia backend or an audio device.
class FakePlaybackController : public PlaybackController
{
    Q_OBJECT

public:
    using PlaybackController::PlaybackController;

    QUrl source() const override { return m_source; }
    qint64 position() const override { return m_position; }
    qint64 duration() const override { return m_duration; }
    bool isPlaying() const override { return m_playing; }
    double playbackRate() const override { return m_rate; }

    void setSource(const QUrl &source) override;
    void play() override;
    void pause() override;
    void seek(qint64 positionMs) override;
    void setPlaybackRate(double rate) override;

    // What a backend reports once it has read the recording.
    void finishLoading(qint64 durationMs);
    // What a backend reports while playing: the recording has reached `positionMs`.
    void reach(qint64 positionMs);

private:
    QUrl m_source;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    bool m_playing = false;
    double m_rate = 1.0;
};

} // namespace lectern::test
