#include "groups/ChatMessageDelegate.h"

#include "chat/ChatMessageModel.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

namespace lectern {

namespace {
constexpr int kMargin = 8;
constexpr int kSpacing = 4;
constexpr int kQuotePadding = 6;
constexpr int kQuoteBar = 3;

int textHeight(const QFont &font, int width, const QString &text)
{
    const QFontMetrics metrics(font);
    return metrics.boundingRect(QRect(0, 0, std::max(width, 1), 100000), Qt::TextWordWrap, text).height();
}
} // namespace

QString formatMoment(qint64 timeMs)
{
    const qint64 seconds = std::max<qint64>(timeMs, 0) / 1000;
    const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, u'0'); };
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(two(seconds / 60 % 60), two(seconds % 60));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(two(seconds % 60));
}

ChatMessageDelegate::ChatMessageDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view)
{
}

QFont ChatMessageDelegate::headerFont() const
{
    QFont font = m_view->font();
    font.setBold(true);
    return font;
}

ChatMessageDelegate::Layout ChatMessageDelegate::layout(const QRect &itemRect, const QModelIndex &index) const
{
    Layout l;
    const int width = itemRect.width() - 2 * kMargin;
    const int left = itemRect.left() + kMargin;
    int y = itemRect.top() + kMargin;
    const int headerHeight = QFontMetrics(headerFont()).height();
    l.header = QRect(left, y, width, headerHeight);
    y += headerHeight + kSpacing;
    const QString text = index.data(Qt::DisplayRole).toString();
    const int bodyHeight = textHeight(m_view->font(), width, text);
    l.text = QRect(left, y, width, bodyHeight);
    y += bodyHeight;
    if (index.data(ChatMessageModel::HasQuoteRole).toBool()) {
        y += kSpacing;
        const int innerWidth = width - 2 * kQuotePadding - kQuoteBar;
        QFont italic = m_view->font();
        italic.setItalic(true);
        const int quoteHeight = QFontMetrics(headerFont()).height() + kSpacing
                                + textHeight(italic, innerWidth, index.data(ChatMessageModel::QuoteTextRole).toString());
        l.quote = QRect(left, y, width, quoteHeight + 2 * kQuotePadding);
        l.quoteText = l.quote.adjusted(kQuotePadding + kQuoteBar, kQuotePadding, -kQuotePadding, -kQuotePadding);
        y += l.quote.height();
    }
    l.height = y + kMargin - itemRect.top();
    return l;
}

QRect ChatMessageDelegate::quoteRect(const QRect &itemRect, const QModelIndex &index) const
{
    return layout(itemRect, index).quote;
}

QSize ChatMessageDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    return {width, layout(QRect(0, 0, width, 0), index).height};
}

void ChatMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option.rect, index);
    const QPalette &palette = option.palette;
    painter->save();
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, palette.color(QPalette::Highlight).lighter(option.palette.color(QPalette::Base).lightness() > 128 ? 190 : 60));

    const bool pending = index.data(ChatMessageModel::PendingRole).toBool();
    const bool own = index.data(ChatMessageModel::OwnRole).toBool();
    painter->setFont(headerFont());
    painter->setPen(own ? palette.color(QPalette::Link) : palette.color(QPalette::Text));
    const QString sender = index.data(ChatMessageModel::SenderNameRole).toString();
    painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter, sender);
    const int senderWidth = QFontMetrics(headerFont()).horizontalAdvance(sender);
    painter->setFont(m_view->font());
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString when = pending ? tr("Sending…")
                                 : QLocale().toString(index.data(ChatMessageModel::CreatedAtRole).toDateTime().toLocalTime(),
                                                      QLocale::ShortFormat);
    painter->drawText(l.header.adjusted(senderWidth + 2 * kSpacing, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, when);

    painter->setPen(pending ? palette.color(QPalette::PlaceholderText) : palette.color(QPalette::Text));
    painter->drawText(l.text, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());

    if (!l.quote.isNull()) {
        QPainterPath box;
        box.addRoundedRect(l.quote, 4, 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(box, palette.color(QPalette::AlternateBase));
        painter->fillRect(QRect(l.quote.left(), l.quote.top() + 2, kQuoteBar, l.quote.height() - 4), palette.color(QPalette::Link));
        painter->setFont(headerFont());
        painter->setPen(palette.color(QPalette::Link));
        const int headerHeight = QFontMetrics(headerFont()).height();
        painter->drawText(QRect(l.quoteText.left(), l.quoteText.top(), l.quoteText.width(), headerHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          tr("▶ Lecture moment at %1").arg(formatMoment(index.data(ChatMessageModel::QuoteTimeRole).toLongLong())));
        QFont italic = m_view->font();
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(l.quoteText.adjusted(0, headerHeight + kSpacing, 0, 0), Qt::TextWordWrap,
                          index.data(ChatMessageModel::QuoteTextRole).toString());
    }
    painter->restore();
}

bool ChatMessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && quoteRect(option.rect, index).contains(mouse->position().toPoint())) {
            emit quoteClicked(index.data(ChatMessageModel::QuoteLectureIdRole).toString(),
                              index.data(ChatMessageModel::QuoteTimeRole).toLongLong());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace lectern
