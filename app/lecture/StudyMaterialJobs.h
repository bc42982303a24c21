#pragma once

#include "pipeline/StudyMaterialQueue.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace lectern {

class GroqKeyStore;
class LibraryService;

// The lecture view's way to Groq for study material: a StudyMaterialQueue made on the first
// request (so a lecture that is only read starts no thread), reaching Groq as the settings say,
// with the key from GROQ_API_KEY or the keychain. When neither has a key yet, the keychain is read
// first, so a key saved on an earlier day is found before the first request is sent.
class StudyMaterialJobs : public QObject
{
    Q_OBJECT

public:
    // `service` must outlive the jobs.
    explicit StudyMaterialJobs(LibraryService *service, QObject *parent = nullptr);
    ~StudyMaterialJobs() override;

    // Queues `task` for the lecture with the chat model from Settings.
    void generate(const QString &lectureId, StudyTask task);
    void cancel(const QString &lectureId, StudyTask task);
    // Null while the task is neither queued, running nor failed.
    const StudyMaterialQueue::Entry *entry(const QString &lectureId, StudyTask task) const;
    // A request is waiting for the keychain, or is queued or running.
    bool isBusy(const QString &lectureId, StudyTask task) const;

signals:
    void entryChanged(const QString &lectureId, lectern::StudyTask task);
    void summaryDelta(const QString &lectureId, const QString &text);
    void finished(const QString &lectureId, lectern::StudyTask task, const lectern::StudyMaterialOutcome &outcome);

private:
    StudyMaterialQueue *queue();
    bool needsStoredKey() const;
    void sendPending();

    QPointer<LibraryService> m_service;
    GroqKeyStore *m_keys;
    StudyMaterialQueue *m_queue = nullptr;
    bool m_loadingKey = false;
    QList<QPair<QString, StudyTask>> m_pending; // asked for while the keychain is read
};

} // namespace lectern
