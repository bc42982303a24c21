#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// Draws lecture rows on two lines, the title above its date and duration in a quieter colour
// taken from the palette; course rows are drawn as usual.
class LibraryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static bool isLecture(const QModelIndex &index);
    static QFont summaryFont(const QFont &base);
};

} // namespace lectern
