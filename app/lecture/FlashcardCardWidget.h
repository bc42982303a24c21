#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lectern {

// One flashcard in the lecture's Flashcards tab: front, back and the moment of the lecture it was
// made from. A suggestion also offers Accept, Edit and Reject; editing changes the text that
// Accept keeps.
class FlashcardCardWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Suggestion, Accepted };

    // `moment` is the time stamp of the card's segment ("03:25"); empty for a card without one.
    FlashcardCardWidget(Mode mode, const QString &front, const QString &back, const QString &moment, QWidget *parent = nullptr);

    // The text as it stands, edits included.
    QString front() const;
    QString back() const;
    bool isEditing() const;
    void setEditing(bool editing);
    // While the card is being stored its buttons do nothing.
    void setBusy(bool busy);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *momentButton() const { return m_moment; }
    QLineEdit *frontEdit() const { return m_frontEdit; }
    QLineEdit *backEdit() const { return m_backEdit; }

signals:
    void acceptRequested();
    void rejectRequested();
    void momentActivated();

private:
    QLabel *m_front;
    QLabel *m_back;
    QLineEdit *m_frontEdit;
    QLineEdit *m_backEdit;
    QWidget *m_reading;
    QWidget *m_editing;
    QPushButton *m_moment;
    QPushButton *m_accept = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace lectern
