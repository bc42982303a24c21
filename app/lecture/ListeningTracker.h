#pragma once

#include "base/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace lectern {

class LibraryService;
class PlaybackController;

// Turns playback of a lecture into listening sessions, the study time the progress dashboard
// shows beside reviewing and recording. A session runs from play to pause (or to the player
// switching lectures, or the tracker going away) and is saved through the library service once
// it lasted at least kMinimumMs, so tapping play to find a moment is not counted.
class ListeningTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMinimumMs = 5'000;

    // `clock` and `player` must outlive the tracker.
    ListeningTracker(LibraryService *service, PlaybackController *player, const Clock &clock = Clock::system(),
                     QObject *parent = nullptr);
    ~ListeningTracker() override;

    // The lecture whose recording the player holds from now on; a running session of the
    // previous lecture ends here.
    void setLecture(const QString &lectureId);
    // Ends the running session, if any, and saves it if it was long enough.
    void finishSession();

private:
    void onPlayingChanged(bool playing);

    QPointer<LibraryService> m_service;
    PlaybackController *m_player;
    const Clock &m_clock;
    QString m_lectureId;
    // Set while a session runs.
    QString m_sessionLectureId;
    QDateTime m_sessionStart;
};

} // namespace lectern
