#include "cards/CardTableView.h"

#include "cards/CardTableModel.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>

namespace lectern {

CardTableView::CardTableView(CardTableModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("cardTable"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(12, 12));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CardTableModel::FrontColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CardTableModel::BackColumn, QHeaderView::Stretch);

    // The short columns fit their longest value, so only the front and back are ever cut short.
    const QFontMetrics metrics = fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    const int padding = 2 * charWidth + 8;
    const auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    const auto title = [model](int column) { return model->headerData(column, Qt::Horizontal).toString(); };
    setColumnWidth(CardTableModel::CourseColumn, charWidth * 22);
    setColumnWidth(CardTableModel::LectureColumn, charWidth * 24);
    setColumnWidth(CardTableModel::StateColumn,
                   widest({title(CardTableModel::StateColumn), CardTableModel::tr("Suspended"),
                           CardTableModel::tr("Relearning"), CardTableModel::tr("Learning"),
                           CardTableModel::tr("Review")}));
    setColumnWidth(CardTableModel::DueColumn, widest({QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat),
                                                      title(CardTableModel::DueColumn)}));
    setColumnWidth(CardTableModel::LapsesColumn, widest({title(CardTableModel::LapsesColumn)}) + charWidth);

    header->setSortIndicator(-1, Qt::DescendingOrder);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace lectern
