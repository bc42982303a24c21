#include "FakePlaybackController.h"

namespace lectern::test {

void FakePlaybackController::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    pause();
    m_source = source;
    m_position = 0;
    m_duration = 0;
    emit sourceChanged(source);
    emit durationChanged(0);
    emit positionChanged(0);
}

void FakePlaybackController::play()
{
    if (m_source.isEmpty() || m_playing)
        return;
    m_playing = true;
    emit playingChanged(true);
}

void FakePlaybackController::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    emit playingChanged(false);
}

void FakePlaybackController::seek(qint64 positionMs)
{
    if (m_source.isEmpty())
        return;
    m_position = positionMs;
    emit positionChanged(positionMs);
}

void FakePlaybackController::setPlaybackRate(double rate)
{
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    emit playbackRateChanged(rate);
}

void FakePlaybackController::finishLoading(qint64 durationMs)
{
    m_duration = durationMs;
    emit durationChanged(durationMs);
}

void FakePlaybackController::reach(qint64 positionMs)
{
    m_position = positionMs;
    emit positionChanged(positionMs);
}

} // namespace lectern::test
