#pragma once

#include "base/Result.h"
#include "library/CardBrowsing.h"
#include "library/Entities.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QTimer>

namespace lectern {

class LibraryService;

// The card browser's rows: one page of cards after another from the library, for the query the
// browser sets (search words, course, state) and the column the student sorts by. It reloads
// when cards, lectures or courses change, keeping as many rows as were already fetched; a new
// query cancels the one still waiting, so typing never shows an older search's answer.
class CardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FrontColumn,
        BackColumn,
        CourseColumn,
        LectureColumn,
        StateColumn,
        DueColumn,
        LapsesColumn,
        ColumnCount,
    };
    enum Role {
        CardIdRole = Qt::UserRole + 1,
    };

    static constexpr int kPageSize = 200;

    explicit CardTableModel(LibraryService *service, QObject *parent = nullptr);

    // Search words, course and state; the sort order stays as the header set it.
    void setQuery(const CardQuery &query);
    const CardQuery &query() const { return m_query; }
    // Course names and colours, for the course column.
    void setCourses(const QList<Course> &courses);

    // How many cards match in all (rows are fetched a page at a time).
    int totalCount() const { return m_total; }
    bool isLoaded() const { return m_loaded; }
    const BrowsedCard &cardAt(int row) const { return m_cards.at(row); }
    // -1 when the card is not among the fetched rows.
    int rowOfCard(const QString &cardId) const;

    // The text the state column shows ("New", "Suspended", ...).
    static QString stateText(const BrowsedCard &card);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reads the current query again (after the library changed).
    void reload();

signals:
    // An answer was applied: the rows now match the query.
    void loaded();
    void loadFailed(const Error &error);

private:
    void load(int offset, int limit, bool replace);

    LibraryService *m_service;
    CardQuery m_query;
    QList<BrowsedCard> m_cards;
    QHash<QString, Course> m_courses;
    int m_total = 0;
    bool m_loaded = false;
    // A page is on its way; fetching another now would cancel it.
    bool m_busy = false;
    // Answers of an older query or reload are dropped: only the latest generation is shown.
    quint64 m_generation = 0;
    QFuture<Result<CardPage>> m_pending;
    // Several change signals from one write become one reload.
    QTimer m_reloadTimer;
};

} // namespace lectern
