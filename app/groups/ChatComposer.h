#pragma once

#include <QPlainTextEdit>

namespace lectern {

// Where a chat message is written: Enter sends it, Shift+Enter starts a new line. Typing is
// reported so the others can see "… is typing".
class ChatComposer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ChatComposer(QWidget *parent = nullptr);

    QSize sizeHint() const override;

signals:
    // Enter with text in the box; the box is emptied.
    void submitted(const QString &text);
    void typing();
    // Enter on a message the server would refuse; `reason` is for the student.
    void rejected(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace lectern
