#include "jobs/LectureJobs.h"

#include "audio/AudioError.h"
#include "library/LibraryService.h"
#include "pipeline/LectureImportJob.h"

#include <QFileInfo>


namespace lectern {

LectureJobs::LectureJobs(LibraryService &service, TranscriptionQueue::ClientFactory makeClient, QObject *parent)
    : QObject(parent)
    , m_service(&service)
    , m_import(new LectureImportJob(service, this))
    , m_transcriptions(new TranscriptionQueue(service, std::move(makeClient), this))
{
    connect(m_import, &LectureImportJob::progress, this, &LectureJobs::onImportProgress);
    connect(m_import, &LectureImportJob::finished, this, &LectureJobs::onImportFinished);
    connect(m_transcriptions, &TranscriptionQueue::entryChanged, this, &LectureJobs::onTranscriptionChanged);
    connect(m_transcriptions, &TranscriptionQueue::finished, this,
            [this](const QString &lectureId, const Result<TranscriptionOutcome> &outcome) {
                emit transcriptionFinished(lectureId, outcome.ok());
            });
}

LectureJobs::~LectureJobs() = default;

const LectureJobs::Row *LectureJobs::row(const QString &key) const
{
    for (const Row &r : m_rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

LectureJobs::Row *LectureJobs::find(const QString &key)
{
    return const_cast<Row *>(std::as_const(*this).row(key));
}

void LectureJobs::removeRow(const QString &key)
{
    m_rows.removeIf([&](const Row &r) { return r.key == key; });
}

void LectureJobs::importFiles(const QStringList &paths, const QString &courseId)
{
    for (const QString &path : paths) {
        if (const Row *existing = row(path); existing && existing->state != Row::State::Failed)
            continue; // already on its way in
        removeRow(path);
        m_pendingImports.append({path, courseId});
        Row added;
        added.kind = Row::Kind::Import;
        added.key = path;
        added.title = QFileInfo(path).fileName();
        added.status = tr("Waiting to import");
        m_rows.append(added);
    }
    emit rowsChanged();
    startNextImport();
}

void LectureJobs::startNextImport()
{
    if (m_import->isRunning() || m_pendingImports.isEmpty())
        return;
    const PendingImport next = m_pendingImports.takeFirst();
    ImportOptions options;
    options.courseId = next.courseId;
    m_importingPath = next.path;
    m_importingCourse = next.courseId;
    if (Row *r = find(next.path)) {
        r->state = Row::State::Running;
        r->status = tr("Starting");
    }
    m_import->start(next.path, options);
    emit rowsChanged();
}

void LectureJobs::onImportProgress(double fraction, const QString &stage)
{
    if (Row *r = find(m_importingPath)) {
        r->fraction = fraction;
        r->status = tr("Importing: %1").arg(stage);
        emit rowsChanged();
    }
}

void LectureJobs::onImportFinished(const Result<Lecture> &lecture)
{
    const QString path = std::exchange(m_importingPath, QString());
    if (lecture) {
        removeRow(path);
        m_titles.insert(lecture->id, lecture->title);
        emit lectureImported(*lecture);
        transcribe(lecture->id);
    } else if (lecture.error().code == AudioError::Cancelled) {
        removeRow(path);
    } else if (Row *r = find(path)) {
        r->state = Row::State::Failed;
        r->status = lecture.error().message;
        r->fraction = 0;
        m_failedImportCourses.insert(path, m_importingCourse);
    }
    emit rowsChanged();
    startNextImport();
}

void LectureJobs::transcribe(const QString &lectureId)
{
    if (!m_titles.contains(lectureId) && m_service) {
        m_titles.insert(lectureId, tr("Lecture"));
        m_service->submit([lectureId](LibraryStore &store) { return store.lecture(lectureId); })
            .then(this, [this, lectureId](const Result<Lecture> &lecture) {
                if (!lecture)
                    return;
                m_titles.insert(lectureId, lecture->title);
                if (Row *r = find(lectureId)) {
                    r->title = lecture->title;
                    emit rowsChanged();
                }
            });
    }
    m_transcriptions->enqueue(lectureId);
}

void LectureJobs::onTranscriptionChanged(const QString &lectureId)
{
    const TranscriptionQueue::Entry *entry = m_transcriptions->entry(lectureId);
    if (!entry) {
        removeRow(lectureId);
        emit rowsChanged();
        return;
    }
    Row *r = find(lectureId);
    if (!r) {
        Row added;
        added.kind = Row::Kind::Transcription;
        added.key = lectureId;
        added.title = m_titles.value(lectureId);
        m_rows.append(added);
        r = &m_rows.last();
    }
    r->fraction = entry->fraction();
    switch (entry->state) {
    case TranscriptionQueue::State::Queued:
        r->state = Row::State::Queued;
        r->status = tr("Waiting to transcribe");
        break;
    case TranscriptionQueue::State::Running:
        r->state = Row::State::Running;
        if (entry->waitingSeconds > 0)
            r->status = tr("Groq asked to slow down; going on in %n s", nullptr, entry->waitingSeconds);
        else if (entry->chunksTotal == 0)
            r->status = tr("Preparing the audio");
        else
            r->status = tr("Transcribing: %1 of %2 parts done").arg(entry->chunksDone).arg(entry->chunksTotal);
        break;
    case TranscriptionQueue::State::Failed:
        r->state = Row::State::Failed;
        r->status = entry->error.message;
        break;
    }
    emit rowsChanged();
}

void LectureJobs::cancel(const QString &key)
{
    const Row *r = row(key);
    if (!r)
        return;
    if (r->kind == Row::Kind::Transcription) {
        m_transcriptions->cancel(key);
        return;
    }
    if (key == m_importingPath) {
        m_import->cancel(); // finished() follows and removes the row
        return;
    }
    m_pendingImports.removeIf([&](const PendingImport &p) { return p.path == key; });
    removeRow(key);
    emit rowsChanged();
}

void LectureJobs::retry(const QString &key)
{
    const Row *r = row(key);
    if (!r || r->state != Row::State::Failed)
        return;
    if (r->kind == Row::Kind::Transcription)
        m_transcriptions->enqueue(key);
    else
        importFiles({key}, m_failedImportCourses.take(key));
}

void LectureJobs::dismiss(const QString &key)
{
    const Row *r = row(key);
    if (!r || r->state != Row::State::Failed)
        return;
    if (r->kind == Row::Kind::Transcription) {
        m_transcriptions->dismiss(key);
        return;
    }
    m_failedImportCourses.remove(key);
    removeRow(key);
    emit rowsChanged();
}

} // namespace lectern
