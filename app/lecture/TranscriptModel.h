#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QAbstractListModel>
#include <QPointer>

namespace lectern {

class LibraryService;

// One lecture's transcript, a row per segment, with the segment being played marked. Editing a
// row stores the student's correction through the library; the machine text stays beside it.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StartRole = Qt::UserRole + 1,
        EndRole,
        // The start as the transcript writes it, "03:25" (all stamps of a lecture have one width).
        TimestampRole,
        IsEditedRole,
        MachineTextRole,
        IsCurrentRole,
    };

    explicit TranscriptModel(LibraryService *service, QObject *parent = nullptr);

    // Loads the transcript of the lecture (asynchronously: loaded() follows).
    void setLecture(const QString &lectureId, qint64 lectureDurationMs);
    QString lectureId() const { return m_lectureId; }
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const TranscriptSegment &segmentAt(int row) const { return m_segments.at(row); }
    // The segment being spoken at `positionMs` (or, in a pause, the last one before it); -1
    // before the first segment.
    int rowAt(qint64 positionMs) const;
    int currentRow() const { return m_currentRow; }

public slots:
    void setPosition(qint64 positionMs);

signals:
    void loaded();
    void currentRowChanged(int row);
    // Reading or storing failed; `message` is for the student.
    void failed(const QString &message);

private:
    void reload();
    void apply(QList<TranscriptSegment> segments);
    void setCurrentRow(int row);

    QPointer<LibraryService> m_service;
    QString m_lectureId;
    qint64 m_timelineMs = 0;
    QList<TranscriptSegment> m_segments;
    qint64 m_positionMs = 0;
    int m_currentRow = -1;
    bool m_loaded = false;
};

} // namespace lectern
