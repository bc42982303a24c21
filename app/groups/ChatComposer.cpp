#include "groups/ChatComposer.h"

#include "protocol/Group.h"

#include <QKeyEvent>

namespace lectern {

ChatComposer::ChatComposer(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("chatComposer"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Write a message — Enter sends, Shift+Enter starts a new line"));
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!toPlainText().isEmpty())
            emit typing();
    });
}

QSize ChatComposer::sizeHint() const
{
    // Three lines: enough to see a paragraph, small enough to leave the chat its room.
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 8};
}

void ChatComposer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        const QString text = toPlainText().trimmed();
        if (text.size() > protocol::kMaxMessageLength) {
            emit rejected(tr("A message can be at most %n character(s) long; this one has %1.", nullptr,
                             int(protocol::kMaxMessageLength)).arg(text.size()));
        } else if (!text.isEmpty()) {
            clear();
            emit submitted(text);
        }
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace lectern
