#include "cards/CardTableModel.h"

#include "library/CourseColours.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace lectern {

namespace {
// The front and back as one line of the table: the full text is in the tooltip.
QString oneLine(const QString &text)
{
    return text.simplified();
}

CardSortKey sortKeyFor(int column)
{
    switch (column) {
    case CardTableModel::FrontColumn:
        return CardSortKey::Front;
    case CardTableModel::BackColumn:
        return CardSortKey::Back;
    case CardTableModel::CourseColumn:
        return CardSortKey::Course;
    case CardTableModel::LectureColumn:
        return CardSortKey::Lecture;
    case CardTableModel::StateColumn:
        return CardSortKey::State;
    case CardTableModel::DueColumn:
        return CardSortKey::Due;
    case CardTableModel::LapsesColumn:
        return CardSortKey::Lapses;
    default:
        return CardSortKey::Created;
    }
}

QString dueText(const BrowsedCard &card)
{
    // A new card has never been scheduled: its "due" is only when it was made.
    if (card.state == 0)
        return QString();
    const QDate due = card.due.toLocalTime().date();
    const qint64 days = QDate::currentDate().daysTo(due);
    if (days == 0)
        return CardTableModel::tr("Today");
    if (days == 1)
        return CardTableModel::tr("Tomorrow");
    return QLocale().toString(due, QLocale::ShortFormat);
}
} // namespace

CardTableModel::CardTableModel(LibraryService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CardTableModel::reload);
    connect(service, &LibraryService::flashcardsChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(service, &LibraryService::lecturesChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(service, &LibraryService::coursesChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
}

void CardTableModel::setQuery(const CardQuery &query)
{
    m_query.text = query.text;
    m_query.courseId = query.courseId;
    m_query.state = query.state;
    load(0, kPageSize, true);
}

void CardTableModel::setCourses(const QList<Course> &courses)
{
    m_courses.clear();
    for (const Course &course : courses)
        m_courses.insert(course.id, course);
    if (!m_cards.isEmpty())
        emit dataChanged(index(0, CourseColumn), index(int(m_cards.size()) - 1, CourseColumn));
}

void CardTableModel::reload()
{
    load(0, qMax(kPageSize, int(m_cards.size())), true);
}

void CardTableModel::load(int offset, int limit, bool replace)
{
    // Only a query still waiting is cancelled: Qt 6.4 follows a finished future's continuation
    // chain on cancel(), after its continuation may have run and gone.
    if (!m_pending.isFinished())
        m_pending.cancel();
    const quint64 generation = ++m_generation;
    m_busy = true;
    CardQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    m_pending = m_service->submit([query](LibraryStore &store) { return store.browseFlashcards(query); });
    m_pending.then(this, [this, generation, replace](Result<CardPage> page) {
        if (generation != m_generation)
            return;
        m_busy = false;
        if (!page) {
            emit loadFailed(page.error());
            return;
        }
        if (replace) {
            beginResetModel();
            m_cards = page->cards;
            m_total = page->total;
            endResetModel();
        } else if (!page->cards.isEmpty()) {
            const int first = int(m_cards.size());
            beginInsertRows({}, first, first + int(page->cards.size()) - 1);
            m_cards.append(page->cards);
            m_total = page->total;
            endInsertRows();
        }
        m_loaded = true;
        emit loaded();
    });
}

int CardTableModel::rowOfCard(const QString &cardId) const
{
    for (qsizetype row = 0; row < m_cards.size(); ++row) {
        if (m_cards[row].card.id == cardId)
            return int(row);
    }
    return -1;
}

QString CardTableModel::stateText(const BrowsedCard &card)
{
    if (card.suspended)
        return tr("Suspended");
    switch (card.state) {
    case 1:
        return tr("Learning");
    case 2:
        return tr("Review");
    case 3:
        return tr("Relearning");
    default:
        return tr("New");
    }
}

int CardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int CardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const BrowsedCard &card = m_cards[index.row()];
    const bool unfiled = card.courseId.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FrontColumn:
            return oneLine(card.card.front);
        case BackColumn:
            return oneLine(card.card.back);
        case CourseColumn:
            return unfiled ? tr("No course") : card.courseName;
        case LectureColumn:
            return card.lectureTitle;
        case StateColumn:
            return stateText(card);
        case DueColumn:
            return dueText(card);
        case LapsesColumn:
            return card.lapses;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FrontColumn)
            return card.card.front;
        if (index.column() == BackColumn)
            return card.card.back;
        if (index.column() == DueColumn && card.state != 0)
            return QLocale().toString(card.due.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (index.column() == CourseColumn && !unfiled) {
            Course course = m_courses.value(card.courseId);
            course.id = card.courseId;
            // The same swatch on a selected row: the style's selected tint would hollow it out.
            QIcon swatch = CourseColours::swatchIcon(CourseColours::displayColour(course), 12);
            swatch.addPixmap(swatch.pixmap(12, 12), QIcon::Selected);
            return swatch;
        }
        return {};
    case Qt::ForegroundRole:
        // Suspended cards and the "No course" placeholder are there, but quieter.
        if (card.suspended || (unfiled && index.column() == CourseColumn))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LapsesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case CardIdRole:
        return card.card.id;
    }
    return {};
}

QVariant CardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FrontColumn:
        return tr("Front");
    case BackColumn:
        return tr("Back");
    case CourseColumn:
        return tr("Course");
    case LectureColumn:
        return tr("Lecture");
    case StateColumn:
        return tr("State");
    case DueColumn:
        return tr("Due");
    case LapsesColumn:
        return tr("Lapses");
    }
    return {};
}

void CardTableModel::sort(int column, Qt::SortOrder order)
{
    const CardSortKey key = sortKeyFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    m_query.sortKey = key;
    m_query.descending = descending;
    load(0, qMax(kPageSize, int(m_cards.size())), true);
}

bool CardTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_busy && m_cards.size() < m_total;
}

void CardTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_cards.size()), kPageSize, false);
}

} // namespace lectern
