#include "lecture/TranscriptModel.h"

#include "export/Timecode.h"
#include "library/LibraryService.h"

#include <algorithm>

namespace lectern {

TranscriptModel::TranscriptModel(LibraryService *service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(service, &LibraryService::transcriptChanged, this, [this](const QString &lectureId) {
        if (lectureId == m_lectureId)
            reload();
    });
}

void TranscriptModel::setLecture(const QString &lectureId, qint64 lectureDurationMs)
{
    if (lectureId == m_lectureId && lectureDurationMs == m_timelineMs)
        return;
    const bool sameLecture = lectureId == m_lectureId;
    m_lectureId = lectureId;
    m_timelineMs = lectureDurationMs;
    if (!sameLecture) {
        beginResetModel();
        m_segments.clear();
        m_currentRow = -1;
        m_positionMs = 0;
        m_loaded = false;
        endResetModel();
    }
    reload();
}

void TranscriptModel::reload()
{
    if (!m_service || m_lectureId.isEmpty())
        return;
    const QString lectureId = m_lectureId;
    m_service->submit([lectureId](LibraryStore &store) { return store.segments(lectureId); })
        .then(this, [this, lectureId](Result<QList<TranscriptSegment>> segments) {
            // The student may have moved on to another lecture meanwhile.
            if (lectureId != m_lectureId)
                return;
            if (!segments) {
                emit failed(tr("Could not read the transcript: %1").arg(segments.error().message));
                return;
            }
            apply(std::move(segments).value());
        });
}

void TranscriptModel::apply(QList<TranscriptSegment> segments)
{
    const bool sameRows = std::equal(segments.cbegin(), segments.cend(), m_segments.cbegin(), m_segments.cend(),
                                     [](const TranscriptSegment &a, const TranscriptSegment &b) { return a.id == b.id; });
    if (sameRows) {
        // Row by row, so that an editor open on another segment stays open.
        for (int row = 0; row < segments.size(); ++row) {
            if (segments.at(row) != m_segments.at(row)) {
                m_segments[row] = segments.at(row);
                emit dataChanged(index(row), index(row));
            }
        }
    } else {
        beginResetModel();
        m_segments = std::move(segments);
        m_currentRow = -1;
        endResetModel();
    }
    if (!m_segments.isEmpty())
        m_timelineMs = std::max(m_timelineMs, m_segments.constLast().endMs);
    m_loaded = true;
    setCurrentRow(rowAt(m_positionMs));
    emit loaded();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptSegment &segment = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return segment.displayText();
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(Timecode::position(segment.startMs, m_timelineMs), segment.displayText());
    case Qt::ToolTipRole:
        return segment.isEdited() ? tr("Corrected by you. Recognised as: %1").arg(segment.text) : QVariant();
    case StartRole:
        return segment.startMs;
    case EndRole:
        return segment.endMs;
    case TimestampRole:
        return Timecode::position(segment.startMs, m_timelineMs);
    case IsEditedRole:
        return segment.isEdited();
    case MachineTextRole:
        return segment.text;
    case IsCurrentRole:
        return index.row() == m_currentRow;
    default:
        return {};
    }
}

bool TranscriptModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_service)
        return false;
    const QString text = value.toString().trimmed();
    TranscriptSegment &segment = m_segments[index.row()];
    if (text == segment.displayText())
        return false;
    // The store's rule, applied here at once so the view does not wait for the round trip.
    segment.editedText = text == segment.text ? QString() : text;
    emit dataChanged(index, index);

    const QString segmentId = segment.id;
    m_service->submit([segmentId, text](LibraryStore &store) { return store.editSegmentText(segmentId, text); })
        .then(this, [this](Status stored) {
            if (!stored) {
                emit failed(tr("Could not save your correction: %1").arg(stored.error().message));
                reload();
            }
        });
    return true;
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

int TranscriptModel::rowAt(qint64 positionMs) const
{
    const auto after = std::upper_bound(m_segments.cbegin(), m_segments.cend(), positionMs,
                                        [](qint64 position, const TranscriptSegment &s) { return position < s.startMs; });
    return int(after - m_segments.cbegin()) - 1;
}

void TranscriptModel::setPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    setCurrentRow(rowAt(positionMs));
}

void TranscriptModel::setCurrentRow(int row)
{
    if (row == m_currentRow)
        return;
    const int previous = m_currentRow;
    m_currentRow = row;
    if (previous >= 0 && previous < rowCount())
        emit dataChanged(index(previous), index(previous), {IsCurrentRole});
    if (row >= 0)
        emit dataChanged(index(row), index(row), {IsCurrentRole});
    emit currentRowChanged(row);
}

} // namespace lectern
