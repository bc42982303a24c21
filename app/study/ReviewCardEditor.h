#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace lectern {

// Corrects a card's front and back where it is being reviewed. Ctrl+Return saves, Escape
// cancels, Tab moves between the two sides.
class ReviewCardEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewCardEditor(QWidget *parent = nullptr);

    // Fills in the card's text and puts the cursor in the front, all of it selected.
    void edit(const QString &front, const QString &back);

    QPlainTextEdit *frontEdit() const { return m_front; }
    QPlainTextEdit *backEdit() const { return m_back; }

signals:
    void saveRequested(const QString &front, const QString &back);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save();

    QPlainTextEdit *m_front;
    QPlainTextEdit *m_back;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace lectern
