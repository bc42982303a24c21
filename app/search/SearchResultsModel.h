#pragma once

#include "library/Entities.h"

#include <QAbstractListModel>

namespace lectern {

// What a search found, one row per transcript passage or lecture's notes, best match first.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        // The lecture's title is Qt::DisplayRole.
        // "Course · 12:34" for a passage, "Course · Notes" for notes.
        ContextRole = Qt::UserRole + 1,
        // The passage with every match in <b>…</b>.
        SnippetHtmlRole,
        LectureIdRole,
        PositionRole,
        IsNoteRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    void clear() { setHits({}); }
    const SearchHit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace lectern
