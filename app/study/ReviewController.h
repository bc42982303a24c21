#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "study/FsrsCard.h"
#include "study/StudyQueue.h"
#include "study/ReviewSnapshot.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace lectern {

class LibraryService;
class LibraryStore;
class ReviewSession;

// Drives a ReviewSession for a view on the UI thread. The session reads and writes the library,
// so it lives on the LibraryService's worker thread: every call below is queued there (in the
// order made) and answered with a fresh ReviewSnapshot through snapshotChanged().
//
// Commands name the card the student saw. One that reaches the worker after the session has
// moved on (a key pressed twice before the first press was answered) is dropped, so a stale press
// never rates, suspends or edits a card the student has not seen.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    // `clock` must outlive the controller and be safe to read from the library's worker thread.
    explicit ReviewController(LibraryService &service, const Clock &clock = Clock::system(),
                              StudyQueueOptions options = {}, QObject *parent = nullptr);
    ~ReviewController() override;

    const ReviewSnapshot &snapshot() const { return m_snapshot; }
    const Clock &clock() const { return m_clock; }
    const StudyQueueOptions &options() const { return m_options; }
    // Whether calls are still on their way to the session.
    bool isBusy() const { return m_pending > 0; }

    // Builds today's queue (empty courseId: every course) and shows its first card.
    void start(const QString &courseId = {});
    void reveal();
    void rate(Rating rating);
    void undo();
    void suspendCurrent();
    void buryCurrent();
    // Corrects the shown card's text; its schedule stays as it is.
    void editCurrent(const QString &front, const QString &back);
    // Shows a learning card that has come due while the student waited.
    void refresh();

signals:
    void snapshotChanged();
    // A call failed; the snapshot still says what is shown. `message` is for the student.
    void failed(const QString &message);

private:
    struct SessionHolder;
    using Step = std::function<Status(SessionHolder &)>;
    // Runs `step` on the session (for the shown card `cardId` only, when one is given), then
    // hands the session's state back to this thread.
    void run(Step step, const QString &cardId = {});
    // Runs `step` for the card shown now; nothing when none is.
    void runOnCard(Step step);

    QPointer<LibraryService> m_service;
    const Clock &m_clock;
    StudyQueueOptions m_options;
    std::shared_ptr<SessionHolder> m_holder;
    ReviewSnapshot m_snapshot;
    int m_pending = 0;
};

} // namespace lectern
