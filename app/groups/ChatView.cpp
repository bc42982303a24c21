#include "groups/ChatView.h"

#include "chat/ChatMessageModel.h"
#include "groups/ChatMessageDelegate.h"

#include <QScrollBar>
#include <QTimer>

namespace lectern {

ChatView::ChatView(QWidget *parent) : QListView(parent), m_delegate(new ChatMessageDelegate(this))
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setWordWrap(true);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    connect(m_delegate, &ChatMessageDelegate::quoteClicked, this, &ChatView::quoteActivated);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatView::onRangeChanged);
}

void ChatView::setChatModel(ChatMessageModel *model)
{
    for (const auto &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    setModel(model);
    m_keepFromBottom = -1;
    m_stickToBottom = true;
    if (!model)
        return;
    m_modelConnections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                  [this](const QModelIndex &, int first, int) {
                                      QScrollBar *bar = verticalScrollBar();
                                      if (first == 0 && m_model->rowCount() > 0)
                                          m_keepFromBottom = bar->maximum() - bar->value();
                                      else
                                          m_stickToBottom = m_stickToBottom || isAtBottom();
                                  });
    m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // The student's own message always comes into view.
        if (first > 0 && m_model->index(first).data(ChatMessageModel::PendingRole).toBool())
            m_stickToBottom = true;
    });
    m_modelConnections << connect(model, &ChatMessageModel::latestLoaded, this, [this] {
        m_stickToBottom = true;
        scrollToBottom();
        QTimer::singleShot(0, this, &ChatView::loadOlderIfRoom);
    });
    m_modelConnections << connect(model, &ChatMessageModel::olderLoaded, this,
                                  [this] { QTimer::singleShot(0, this, &ChatView::loadOlderIfRoom); });
    scrollToBottom();
}

bool ChatView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ChatView::onScrolled(int value)
{
    m_stickToBottom = isAtBottom();
    if (m_model && value == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0)
        m_model->loadOlder();
}

void ChatView::onRangeChanged(int, int max)
{
    QScrollBar *bar = verticalScrollBar();
    if (m_keepFromBottom >= 0) {
        bar->setValue(max - m_keepFromBottom);
        m_keepFromBottom = -1;
    } else if (m_stickToBottom) {
        bar->setValue(max);
    }
}

void ChatView::loadOlderIfRoom()
{
    // A page that does not fill the view has no scroll bar to pull to the top: fetch more now.
    if (!m_model || !m_model->hasOlder() || !isVisible())
        return;
    executeDelayedItemsLayout();
    if (verticalScrollBar()->maximum() == 0)
        m_model->loadOlder();
}

} // namespace lectern
