#pragma once

#include <QTreeView>

namespace lectern {

class LibraryTreeModel;

// The sidebar listing courses and, beneath each, its lectures. Courses start expanded, so a
// student sees their lectures without hunting for the arrows.
class LibrarySidebar : public QTreeView
{
    Q_OBJECT

public:
    explicit LibrarySidebar(LibraryTreeModel *model, QWidget *parent = nullptr);

    LibraryTreeModel *libraryModel() const { return m_model; }
    // The selected row, or an invalid index.
    QModelIndex selectedIndex() const;
    // Selects and scrolls to `index` (an invalid index clears the selection).
    void selectIndex(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;

signals:
    // The selected course or lecture changed (to nothing when `index` is invalid).
    void selectedIndexChanged(const QModelIndex &index);

private:
    void expandCourses(int first, int last);

    LibraryTreeModel *m_model;
};

} // namespace lectern
