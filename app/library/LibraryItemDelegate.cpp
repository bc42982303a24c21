#include "library/LibraryItemDelegate.h"

#include "library/LectureStates.h"
#include "library/LibraryTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace lectern {

namespace {
// Vertical breathing room around a two-line row and between its lines, in pixels.
constexpr int kRowPadding = 3;
constexpr int kLineSpacing = 1;
} // namespace

bool LibraryItemDelegate::isLecture(const QModelIndex &index)
{
    return index.data(LibraryTreeModel::ItemKindRole).value<LibraryTreeModel::ItemKind>()
        == LibraryTreeModel::ItemKind::Lecture;
}

QFont LibraryItemDelegate::summaryFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.88);
    else
        font.setPixelSize(qMax(1, int(base.pixelSize() * 0.88)));
    return font;
}

QSize LibraryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isLecture(index) && !index.data(LibraryTreeModel::SummaryRole).toString().isEmpty()) {
        const int twoLines = option.fontMetrics.height() + kLineSpacing
            + QFontMetrics(summaryFont(option.font)).height() + 2 * kRowPadding;
        size.setHeight(qMax(size.height(), twoLines));
    } else {
        // Course rows get the same padding so the list does not look cramped beside lectures.
        size.setHeight(size.height() + 2 * kRowPadding);
    }
    return size;
}

void LibraryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString summary = index.data(LibraryTreeModel::SummaryRole).toString();
    if (!isLecture(index) || summary.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The same horizontal text margin the style uses for one-line rows, so titles line up.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, kRowPadding, -margin, -kRowPadding);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active)                                 ? QPalette::Active
                                                                                   : QPalette::Inactive;
    const QColor titleColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // On a selection the placeholder colour may not contrast; a faded highlighted text does.
    QColor summaryColour = selected ? titleColour : opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        summaryColour.setAlphaF(0.8f);
    else if (index.data(LibraryTreeModel::LectureStateRole).toInt() == int(LectureState::Kind::Failed))
        summaryColour = LectureState::errorColour(opt.palette);

    const QFontMetrics titleMetrics(opt.font);
    const QFont smallFont = summaryFont(opt.font);
    const QFontMetrics summaryMetrics(smallFont);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(titleColour);
    QRect line(textRect.left(), textRect.top(), textRect.width(), titleMetrics.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, line.width()));
    painter->setFont(smallFont);
    painter->setPen(summaryColour);
    line = QRect(textRect.left(), line.bottom() + 1 + kLineSpacing, textRect.width(), summaryMetrics.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      summaryMetrics.elidedText(summary, Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace lectern
