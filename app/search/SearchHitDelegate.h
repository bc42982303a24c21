#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// Draws a search result on two lines: the lecture's title with its course and moment in a quieter
// colour, and beneath them the passage with the matched words in bold.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lectern
