#include "lecture/TranscriptView.h"

#include "lecture/PlayerBar.h"
#include "lecture/TranscriptModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>

namespace lectern {

namespace {

constexpr int kPadding = 6;
constexpr int kTimeGap = 12;

// Paints a segment as "timestamp | wrapped text" and edits its text in a multi-line editor where
// Return stores the correction (Shift+Return breaks the line) and Escape drops it.
class SegmentDelegate : public QStyledItemDelegate
{
public:
    explicit SegmentDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        if (index.data(TranscriptModel::IsCurrentRole).toBool())
            opt.backgroundBrush = TranscriptView::currentSegmentBrush(opt.palette);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const Layout layout = layoutFor(opt, index);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(layout.time, Qt::AlignLeft | Qt::AlignTop, layout.stamp);
        if (index.data(TranscriptModel::IsEditedRole).toBool()) {
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.85);
            painter->setFont(small);
            painter->drawText(layout.time.adjusted(0, opt.fontMetrics.height(), 0, opt.fontMetrics.height()),
                              Qt::AlignLeft | Qt::AlignTop, TranscriptView::tr("edited"));
            painter->setFont(opt.font);
        }
        painter->setPen(opt.palette.color(QPalette::Text));
        painter->drawText(layout.text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.rect = QRect(0, 0, m_view->viewport()->width(), 0);
        const Layout layout = layoutFor(opt, index);
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(layout.text.width(), 40), 1 << 20),
                                                        Qt::TextWordWrap, opt.text);
        int lines = std::max(text.height(), opt.fontMetrics.height());
        if (index.data(TranscriptModel::IsEditedRole).toBool())
            lines = std::max(lines, 2 * opt.fontMetrics.height());
        return {opt.rect.width(), lines + 2 * kPadding};
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("segmentEditor"));
        editor->setAccessibleName(TranscriptView::tr("Correct the segment's text"));
        editor->setTabChangesFocus(true);
        editor->document()->setDocumentMargin(0);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *edit = static_cast<QPlainTextEdit *>(editor);
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        QRect text = layoutFor(opt, index).text;
        // Room for one more line than the text needs, so typing does not scroll at once.
        text.setHeight(std::max(text.height(), 2 * opt.fontMetrics.height()) + opt.fontMetrics.height());
        editor->setGeometry(text.adjusted(-2, -2, 2, 2));
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QPlainTextEdit *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::NoHint);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    struct Layout
    {
        QString stamp;
        QRect time;
        QRect text;
    };

    static Layout layoutFor(const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        Layout layout;
        layout.stamp = index.data(TranscriptModel::TimestampRole).toString();
        // Every stamp of a lecture has the same number of digits, so the text column lines up.
        const int timeWidth = opt.fontMetrics.horizontalAdvance(QString(layout.stamp.size(), QLatin1Char('0')));
        const QRect inner = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        layout.time = QRect(inner.left(), inner.top(), timeWidth, inner.height());
        layout.text = QRect(inner.left() + timeWidth + kTimeGap, inner.top(),
                            std::max(0, inner.width() - timeWidth - kTimeGap), inner.height());
        return layout;
    }

    QListView *m_view;
};

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setAccessibleName(tr("Transcript"));
    setToolTip(tr("Click a segment to play from there (Return). Double-click or F2 corrects its text.\n"
                  "Space or K: play/pause · J or Left: back 10 s · L or Right: forward 10 s"));
    setItemDelegate(new SegmentDelegate(this));
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The highlight shows what plays; a selection colour on top would compete with it.
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        emit segmentActivated(index.data(TranscriptModel::StartRole).toLongLong());
    });
}

void TranscriptView::setTranscriptModel(TranscriptModel *model)
{
    setModel(model);
    connect(model, &TranscriptModel::currentRowChanged, this, &TranscriptView::followCurrentRow);
}

QBrush TranscriptView::currentSegmentBrush(const QPalette &palette)
{
    QColor colour = palette.color(QPalette::Active, QPalette::Highlight);
    colour.setAlpha(72);
    return colour;
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (state() == QAbstractItemView::EditingState || modifiers != Qt::NoModifier) {
        QListView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        emit playPauseRequested();
        break;
    case Qt::Key_J:
    case Qt::Key_Left:
        emit skipRequested(-PlayerBar::kSkipMs);
        break;
    case Qt::Key_L:
    case Qt::Key_Right:
        emit skipRequested(PlayerBar::kSkipMs);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid())
            emit segmentActivated(currentIndex().data(TranscriptModel::StartRole).toLongLong());
        break;
    default:
        QListView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TranscriptView::followCurrentRow(int row)
{
    if (row < 0 || state() == QAbstractItemView::EditingState)
        return;
    scrollTo(model()->index(row, 0), QAbstractItemView::EnsureVisible);
}

} // namespace lectern
