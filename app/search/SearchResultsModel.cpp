#include "search/SearchResultsModel.h"

#include "export/Timecode.h"

namespace lectern {

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const bool isNote = hit.kind == SearchHit::Kind::Note;
    switch (role) {
    case Qt::DisplayRole:
        return hit.lectureTitle;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("%1, %2: %3").arg(hit.lectureTitle, data(index, ContextRole).toString(), hit.snippetPlain({}, {}));
    case ContextRole: {
        const QString where = isNote ? tr("Notes") : Timecode::duration(hit.startMs);
        const QString course = hit.courseName.isEmpty() ? tr("Not in a course") : hit.courseName;
        return tr("%1 · %2").arg(course, where);
    }
    case SnippetHtmlRole:
        return hit.snippetHtml();
    case LectureIdRole:
        return hit.lectureId;
    case PositionRole:
        return hit.startMs;
    case IsNoteRole:
        return isNote;
    default:
        return {};
    }
}

} // namespace lectern
