#include "groups/GroupListDelegate.h"

#include "chat/GroupListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace lectern {

namespace {
constexpr int kPadding = 6;
}

QSize GroupListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * kPadding));
    return size;
}

void GroupListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int unread = index.data(GroupListModel::UnreadRole).toInt();
    QStyleOptionViewItem textOption = option;
    QRect badge;
    QString count;
    if (unread > 0) {
        count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(count) + 2 * kPadding);
        badge = QRect(option.rect.right() - kPadding - width, option.rect.center().y() - height / 2, width, height);
        textOption.rect.setRight(badge.left() - kPadding);
        textOption.font = bold; // a group with news stands out even without looking at the badge
    }
    QStyledItemDelegate::paint(painter, textOption, index);
    if (badge.isNull())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, option.palette.color(QPalette::Highlight));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::HighlightedText));
    painter->drawText(badge, Qt::AlignCenter, count);
    painter->restore();
}

} // namespace lectern
