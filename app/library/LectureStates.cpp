#include "library/LectureStates.h"

#include "jobs/LectureJobs.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QColor>
#include <QLoggingCategory>
#include <QPalette>

#include <cmath>

Q_LOGGING_CATEGORY(lcLectureStates, "lectern.app.library.states")

namespace lectern {

QString LectureState::text() const
{
    switch (kind) {
    case Kind::Unknown:
    case Kind::NoRecording:
        return {};
    case Kind::NotTranscribed:
        return LectureStates::tr("Not transcribed");
    case Kind::Queued:
        return LectureStates::tr("Queued");
    case Kind::Transcribing:
        return LectureStates::tr("Transcribing %1%").arg(int(std::floor(fraction * 100)));
    case Kind::Ready:
        return LectureStates::tr("Ready");
    case Kind::Failed:
        return failureReason.isEmpty() ? LectureStates::tr("Failed")
                                       : LectureStates::tr("Failed: %1").arg(failureReason);
    }
    return {};
}

QColor LectureState::errorColour(const QPalette &palette)
{
    // A darker red on light themes and a lighter one on dark themes keep the contrast readable.
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
}

LectureStates::LectureStates(LibraryService *service, LectureJobs *jobs, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_jobs(jobs)
{
    connect(service, &LibraryService::transcriptChanged, this,
            [this](const QString &lectureId) { readTranscripts({lectureId}); });
    // A finished transcription is ready at once, so the row does not show "Not transcribed" in
    // between the job leaving and the library's answer arriving.
    connect(jobs, &LectureJobs::transcriptionFinished, this, [this](const QString &lectureId, bool ok) {
        if (!ok)
            return;
        m_known.insert(lectureId);
        m_transcribed.insert(lectureId);
        emit changed({lectureId});
    });
    connect(jobs, &LectureJobs::rowsChanged, this, &LectureStates::onJobsChanged);
    onJobsChanged();
}

void LectureStates::watch(const QStringList &lectureIds)
{
    QStringList unknown;
    for (const QString &id : lectureIds) {
        if (!m_known.contains(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty())
        readTranscripts(unknown);
}

void LectureStates::readTranscripts(const QStringList &lectureIds)
{
    if (!m_service)
        return;
    m_service
        ->submit([lectureIds](LibraryStore &store) { return store.transcribedLectures(lectureIds); })
        .then(this, [this, lectureIds](const Result<QSet<QString>> &transcribed) {
            if (!transcribed) {
                qCWarning(lcLectureStates) << "Reading which lectures have transcripts failed:"
                                           << transcribed.error().message;
                return;
            }
            for (const QString &id : lectureIds) {
                m_known.insert(id);
                if (transcribed->contains(id))
                    m_transcribed.insert(id);
                else
                    m_transcribed.remove(id);
            }
            emit changed(lectureIds);
        });
}

void LectureStates::onJobsChanged()
{
    QHash<QString, LectureState> fresh;
    if (m_jobs) {
        for (const LectureJobs::Row &row : m_jobs->rows()) {
            if (row.kind != LectureJobs::Row::Kind::Transcription)
                continue; // an import has no lecture yet
            LectureState state;
            state.fraction = row.fraction;
            switch (row.state) {
            case LectureJobs::Row::State::Queued:
                state.kind = LectureState::Kind::Queued;
                break;
            case LectureJobs::Row::State::Running:
                state.kind = LectureState::Kind::Transcribing;
                break;
            case LectureJobs::Row::State::Failed:
                state.kind = LectureState::Kind::Failed;
                state.failureReason = row.status;
                break;
            }
            fresh.insert(row.key, state);
        }
    }
    QStringList touched;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (m_jobStates.value(it.key()) != it.value())
            touched.append(it.key());
    }
    for (auto it = m_jobStates.cbegin(); it != m_jobStates.cend(); ++it) {
        if (!fresh.contains(it.key()))
            touched.append(it.key());
    }
    m_jobStates = std::move(fresh);
    if (!touched.isEmpty())
        emit changed(touched);
}

LectureState LectureStates::state(const Lecture &lecture) const
{
    if (const auto job = m_jobStates.constFind(lecture.id); job != m_jobStates.cend())
        return *job;
    LectureState state;
    if (m_transcribed.contains(lecture.id))
        state.kind = LectureState::Kind::Ready;
    else if (!m_known.contains(lecture.id))
        state.kind = LectureState::Kind::Unknown;
    else
        state.kind = lecture.audioPath.isEmpty() ? LectureState::Kind::NoRecording : LectureState::Kind::NotTranscribed;
    return state;
}

void LectureStates::transcribe(const QString &lectureId)
{
    if (m_jobs)
        m_jobs->transcribe(lectureId);
}

void LectureStates::retry(const QString &lectureId)
{
    if (m_jobs)
        m_jobs->retry(lectureId);
}

} // namespace lectern
