#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "library/LibraryStore.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace lectern {

// The library for code on the UI thread, which must never wait on the database: a worker thread
// owns the LibraryStore, work is queued to it and answered through QFuture, and the change signals
// arrive on the service's own thread after a write has committed.
//
// A write's future and its change signal are independent: a continuation may run before or after
// the signal (Qt runs a continuation at once when the future is already finished). The futures are
// finished on the worker, so blocking on one (result(), waitForFinished()) never deadlocks.
//
//     service.submit([](LibraryStore &s) { return s.courses(); })
//         .then(this, [this](Result<QList<Course>> courses) { ... });
//
// Work runs in submission order. Destroying the service finishes the queued work, then closes the
// database on the worker thread.
class LibraryService : public QObject
{
    Q_OBJECT

public:
    explicit LibraryService(QString dataDir, QObject *parent = nullptr);
    // `clock` must outlive the service.
    LibraryService(QString dataDir, const Clock &clock, QObject *parent = nullptr);
    ~LibraryService() override;

    QString dataDirectory() const { return m_dataDir; }

    // Opens the library (creating and migrating it as needed). Opening an open library succeeds.
    QFuture<Status> open();

    // Runs `work(store)` on the worker thread. `work` must return a Result/Status (or void), so a
    // library that is not open can answer with the error "library_not_open" (void work is skipped).
    // Cancelling the future before the work has started skips it, e.g. a search the student has
    // typed past; the future then finishes cancelled, without a result.
    template<typename F>
    auto submit(F &&work) -> QFuture<std::invoke_result_t<F, LibraryStore &>>;

    // Emits the change signals for writes committed through another connection to the same library
    // (a background job's own LibraryStore), so views reload as they do for the service's writes.
    void announceChanges(const QList<LibraryChange> &changes);

signals:
    void coursesChanged();
    // courseId is empty for lectures not filed under a course.
    void lecturesChanged(const QString &courseId);
    void transcriptChanged(const QString &lectureId);
    void notesChanged(const QString &lectureId);
    // Cards were added, edited, deleted or rescheduled.
    void flashcardsChanged(const QString &lectureId);
    void studyItemsChanged(const QString &lectureId);
    // A listening session of the lecture was saved (here or by sync).
    void listeningChanged(const QString &lectureId);

private:
    // Queues `task` on the worker; it gets the store, or nullptr while the library is not open.
    void post(std::function<void(LibraryStore *)> task);
    // Called on the worker after a task: hands the store's committed changes to this thread.
    void publishChanges(LibraryStore *store);
    void emitChange(const LibraryChange &change);
    static Error notOpenError();

    struct Worker;
    QString m_dataDir;
    const Clock &m_clock;
    std::unique_ptr<Worker> m_worker;
};

template<typename F>
auto LibraryService::submit(F &&work) -> QFuture<std::invoke_result_t<F, LibraryStore &>>
{
    using R = std::invoke_result_t<F, LibraryStore &>;
    static_assert(std::is_void_v<R> || std::is_constructible_v<R, Error>,
                  "LibraryService::submit: work must return a Result (or void) so that a library that is not "
                  "open can be reported");
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    // std::function needs a copyable callable; the work itself may be move-only.
    auto callable = std::make_shared<std::decay_t<F>>(std::forward<F>(work));
    post([this, promise, callable](LibraryStore *store) {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        if constexpr (std::is_void_v<R>) {
            if (store)
                std::invoke(*callable, *store);
            publishChanges(store);
        } else {
            R result = store ? R(std::invoke(*callable, *store)) : R(notOpenError());
            publishChanges(store);
            promise->addResult(std::move(result));
        }
        promise->finish();
    });
    return future;
}

} // namespace lectern
