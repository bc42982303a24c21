#include "lecture/MediaPlaybackController.h"

#include <QAudioOutput>
#include <QLoggingCategory>
#include <QMediaPlayer>

#include <utility>

namespace lectern {

Q_LOGGING_CATEGORY(lcPlayback, "lectern.app.playback")

MediaPlaybackController::MediaPlaybackController(QObject *parent)
    : PlaybackController(parent)
{
}

MediaPlaybackController::~MediaPlaybackController() = default;

void MediaPlaybackController::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    m_player->setPlaybackRate(m_rate);
    connect(m_player, &QMediaPlayer::sourceChanged, this, &PlaybackController::sourceChanged);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackController::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlaybackController::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        emit playingChanged(state == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::playbackRateChanged, this, [this](qreal rate) {
        m_rate = rate;
        emit playbackRateChanged(rate);
    });
    // A seek asked for while loading is applied once the backend can seek; before then (even
    // with the media already "loaded") QMediaPlayer drops it.
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable && m_pendingSeekMs >= 0)
            m_player->setPosition(std::exchange(m_pendingSeekMs, -1));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        qCWarning(lcPlayback) << "Playing" << m_player->source() << "failed:" << error << text;
        emit errorOccurred(tr("The recording cannot be played: %1").arg(text));
    });
}

QUrl MediaPlaybackController::source() const
{
    return m_player ? m_player->source() : QUrl();
}

qint64 MediaPlaybackController::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 MediaPlaybackController::duration() const
{
    return m_player ? m_player->duration() : 0;
}

bool MediaPlaybackController::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

double MediaPlaybackController::playbackRate() const
{
    return m_rate;
}

void MediaPlaybackController::setSource(const QUrl &source)
{
    if (source.isEmpty() && !m_player)
        return;
    ensurePlayer();
    if (m_player->source() == source)
        return;
    m_player->stop();
    m_pendingSeekMs = -1;
    m_player->setSource(source);
}

void MediaPlaybackController::play()
{
    if (m_player && !m_player->source().isEmpty())
        m_player->play();
}

void MediaPlaybackController::pause()
{
    if (m_player)
        m_player->pause();
}

void MediaPlaybackController::seek(qint64 positionMs)
{
    if (!m_player)
        return;
    if (!m_player->source().isEmpty() && !m_player->isSeekable()
        && m_player->mediaStatus() != QMediaPlayer::InvalidMedia) {
        m_pendingSeekMs = positionMs;
        return;
    }
    m_player->setPosition(positionMs);
}

void MediaPlaybackController::setPlaybackRate(double rate)
{
    if (m_player) {
        m_player->setPlaybackRate(rate);
        return;
    }
    if (!qFuzzyCompare(m_rate, rate)) {
        m_rate = rate;
        emit playbackRateChanged(rate);
    }
}

} // namespace lectern
