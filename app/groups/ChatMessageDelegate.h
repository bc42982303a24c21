#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace lectern {

// Paints one chat message of ChatMessageModel: the sender and time, the text, "Sending…" while the
// server has not stored it, and a lecture moment it quotes as a framed, clickable box.
class ChatMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChatMessageDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Where the quote of the message at `index` is drawn in the view, or an empty rect.
    QRect quoteRect(const QRect &itemRect, const QModelIndex &index) const;

signals:
    void quoteClicked(const QString &lectureId, qint64 timeMs);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect header;
        QRect text;
        QRect quote;
        QRect quoteText;
        int height = 0;
    };
    Layout layout(const QRect &itemRect, const QModelIndex &index) const;
    QFont headerFont() const;

    QAbstractItemView *m_view;
};

// "1:02:03" or "4:05", as the transcript shows moments.
QString formatMoment(qint64 timeMs);

} // namespace lectern
