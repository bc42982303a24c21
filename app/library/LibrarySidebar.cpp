#include "library/LibrarySidebar.h"

#include "library/LibraryItemDelegate.h"
#include "library/LibraryTreeModel.h"

#include <QHeaderView>
#include <QPainter>

namespace lectern {

LibrarySidebar::LibrarySidebar(LibraryTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("librarySidebar"));
    setAccessibleName(tr("Courses and lectures"));
    setHeaderHidden(true);
    setModel(model);
    setItemDelegate(new LibraryItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(16, 16));
    setAnimated(true);
    header()->setStretchLastSection(true);

    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            expandCourses(first, last);
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectedIndexChanged(selectedIndex()); });
    // The placeholder depends on whether the first load has answered.
    connect(model, &LibraryTreeModel::loaded, viewport(), qOverload<>(&QWidget::update));
    expandCourses(0, model->rowCount() - 1);
}

QModelIndex LibrarySidebar::selectedIndex() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

void LibrarySidebar::selectIndex(const QModelIndex &index)
{
    if (!index.isValid()) {
        selectionModel()->clearSelection();
        return;
    }
    if (index.parent().isValid())
        expand(index.parent());
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void LibrarySidebar::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_model->isLoaded() || m_model->rowCount() > 0)
        return;
    // An empty white panel looks broken; say why it is empty.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(12, 16, -12, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("No courses yet"));
}

void LibrarySidebar::expandCourses(int first, int last)
{
    for (int row = first; row <= last; ++row)
        expand(m_model->index(row, 0));
}

} // namespace lectern
