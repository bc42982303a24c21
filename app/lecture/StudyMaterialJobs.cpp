#include "lecture/StudyMaterialJobs.h"

#include "ai/StudyChat.h"
#include "base/Settings.h"
#include "library/LibraryService.h"
#include "secrets/GroqKeyStore.h"

namespace lectern {

StudyMaterialJobs::StudyMaterialJobs(LibraryService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_keys(new GroqKeyStore(this))
{
    connect(m_keys, &GroqKeyStore::loaded, this, [this] {
        m_loadingKey = false;
        sendPending();
    });
}

StudyMaterialJobs::~StudyMaterialJobs() = default;

StudyMaterialQueue *StudyMaterialJobs::queue()
{
    if (m_queue || !m_service)
        return m_queue;
    // Every store of the keychain entry shares the key in memory, so a key the window loaded or
    // Settings saved reaches the worker's client at once.
    std::shared_ptr<const ApiKeyProvider> storedKey = m_keys->apiKeyProvider();
    m_queue = new StudyMaterialQueue(
        *m_service, [storedKey](QObject *parent) { return StudyChat::clientFromSettings(parent, storedKey); }, this);
    connect(m_queue, &StudyMaterialQueue::entryChanged, this, &StudyMaterialJobs::entryChanged);
    connect(m_queue, &StudyMaterialQueue::summaryDelta, this, &StudyMaterialJobs::summaryDelta);
    connect(m_queue, &StudyMaterialQueue::finished, this, &StudyMaterialJobs::finished);
    return m_queue;
}

bool StudyMaterialJobs::needsStoredKey() const
{
    return EnvironmentApiKeyProvider().apiKey().isEmpty() && m_keys->key().isEmpty() && !m_keys->isLoaded();
}

void StudyMaterialJobs::generate(const QString &lectureId, StudyTask task)
{
    if (isBusy(lectureId, task))
        return;
    m_pending.append({lectureId, task});
    if (needsStoredKey()) {
        emit entryChanged(lectureId, task);
        if (!m_loadingKey) {
            m_loadingKey = true;
            m_keys->load();
        }
        return;
    }
    sendPending();
}

void StudyMaterialJobs::sendPending()
{
    StudyMaterialOptions options;
    options.model = Settings().value(Setting::ChatModel);
    const QList<QPair<QString, StudyTask>> pending = std::exchange(m_pending, {});
    for (const auto &[lectureId, task] : pending) {
        if (StudyMaterialQueue *q = queue())
            q->generate(lectureId, task, options);
    }
}

void StudyMaterialJobs::cancel(const QString &lectureId, StudyTask task)
{
    if (m_pending.removeAll(QPair<QString, StudyTask>(lectureId, task)) > 0) {
        emit entryChanged(lectureId, task);
        return;
    }
    if (m_queue)
        m_queue->cancel(lectureId, task);
}

const StudyMaterialQueue::Entry *StudyMaterialJobs::entry(const QString &lectureId, StudyTask task) const
{
    return m_queue ? m_queue->entry(lectureId, task) : nullptr;
}

bool StudyMaterialJobs::isBusy(const QString &lectureId, StudyTask task) const
{
    if (m_pending.contains(QPair<QString, StudyTask>(lectureId, task)))
        return true;
    const StudyMaterialQueue::Entry *e = entry(lectureId, task);
    return e && e->state != StudyMaterialQueue::State::Failed;
}

} // namespace lectern
