#pragma once

#include "lecture/PlaybackController.h"

class QAudioOutput;
class QMediaPlayer;

namespace lectern {

// The app's player: QMediaPlayer with the default audio output. The multimedia backend is only
// started once a recording is loaded, so opening a lecture without audio (or a window in a test)
// costs nothing.
class MediaPlaybackController : public PlaybackController
{
    Q_OBJECT

public:
    explicit MediaPlaybackController(QObject *parent = nullptr);
    ~MediaPlaybackController() override;

    QUrl source() const override;
    qint64 position() const override;
    qint64 duration() const override;
    bool isPlaying() const override;
    double playbackRate() const override;

public slots:
    void setSource(const QUrl &source) override;
    void play() override;
    void pause() override;
    void seek(qint64 positionMs) override;
    void setPlaybackRate(double rate) override;

private:
    void ensurePlayer();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    // Kept so a rate chosen before the first recording applies to it.
    double m_rate = 1.0;
    // A seek asked for while the recording was still loading, applied once it can seek:
    // QMediaPlayer ignores positions set before then. -1 when there is none.
    qint64 m_pendingSeekMs = -1;
};

} // namespace lectern
