#include "lecture/ListeningTracker.h"

#include "lecture/PlaybackController.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QLoggingCategory>

#include <utility>

namespace lectern {

Q_LOGGING_CATEGORY(lcListening, "lectern.listening")

ListeningTracker::ListeningTracker(LibraryService *service, PlaybackController *player, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_player(player)
    , m_clock(clock)
{
    connect(m_player, &PlaybackController::playingChanged, this, &ListeningTracker::onPlayingChanged);
}

ListeningTracker::~ListeningTracker()
{
    // Closing the lecture (or the window) while it plays still counts what was heard.
    finishSession();
}

void ListeningTracker::setLecture(const QString &lectureId)
{
    if (lectureId == m_lectureId)
        return;
    finishSession();
    m_lectureId = lectureId;
    // The player may keep playing into the new source; time from here on is the new lecture's.
    if (m_player->isPlaying())
        onPlayingChanged(true);
}

void ListeningTracker::onPlayingChanged(bool playing)
{
    if (!playing) {
        finishSession();
        return;
    }
    if (m_sessionStart.isValid() || m_lectureId.isEmpty())
        return;
    m_sessionLectureId = m_lectureId;
    m_sessionStart = m_clock.now();
}

void ListeningTracker::finishSession()
{
    if (!m_sessionStart.isValid())
        return;
    const QDateTime started = std::exchange(m_sessionStart, QDateTime());
    const QString lectureId = std::exchange(m_sessionLectureId, QString());
    const qint64 durationMs = started.msecsTo(m_clock.now());
    if (durationMs < kMinimumMs || !m_service)
        return;
    m_service
        ->submit([lectureId, started, durationMs](LibraryStore &store) {
            return store.addListeningSession(lectureId, started, durationMs);
        })
        .then([lectureId](const Status &saved) {
            if (!saved)
                qCWarning(lcListening) << "could not save listening to" << lectureId << ":" << saved.error().message;
        });
}

} // namespace lectern
