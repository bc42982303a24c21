#include "search/SearchHitDelegate.h"

#include "search/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace lectern {

namespace {
constexpr int kPadding = 8;
constexpr int kLineGap = 2;
// A passage is shown on at most this many lines; the rest is in the tooltip.
constexpr int kSnippetLines = 2;

QColor textColour(const QStyleOptionViewItem &option, QPalette::ColorRole normal)
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    return option.palette.color(group, selected ? QPalette::HighlightedText : normal);
}
} // namespace

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFontMetrics metrics(option.font);
    painter->save();

    // First line: the title, then its course and moment, which give way to the title.
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QString context = index.data(SearchResultsModel::ContextRole).toString();
    const int contextWidth = std::min(metrics.horizontalAdvance(context), area.width() / 2);
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                  area.width() - contextWidth - kPadding);
    painter->setFont(titleFont);
    painter->setPen(textColour(option, QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(option.font);
    painter->setPen(textColour(option, QPalette::PlaceholderText));
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                      metrics.elidedText(context, Qt::ElideLeft, contextWidth));

    // Below: the passage, matches in bold, clipped to its lines.
    QTextDocument snippet;
    snippet.setDefaultFont(option.font);
    snippet.setDocumentMargin(0);
    snippet.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    snippet.setTextWidth(area.width());
    const int top = area.top() + titleMetrics.height() + kLineGap;
    const QRect snippetRect(area.left(), top, area.width(), kSnippetLines * metrics.lineSpacing());
    painter->translate(snippetRect.topLeft());
    QAbstractTextDocumentLayout::PaintContext paintContext;
    paintContext.palette = option.palette;
    paintContext.palette.setColor(QPalette::Text, textColour(option, QPalette::Text));
    paintContext.clip = QRectF(0, 0, snippetRect.width(), snippetRect.height());
    painter->setClipRect(paintContext.clip);
    snippet.documentLayout()->draw(painter, paintContext);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const int height = QFontMetrics(titleFont).height() + kLineGap + kSnippetLines * QFontMetrics(option.font).lineSpacing()
                       + kPadding;
    return {200, height};
}

} // namespace lectern
