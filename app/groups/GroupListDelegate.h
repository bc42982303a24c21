#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// A group's row: its name, and its unread count as a badge at the right end when there is one.
class GroupListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lectern
