#pragma once

#include "cards/CardCommands.h"
#include "library/CardBrowsing.h"
#include "library/Entities.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace lectern {

class LibraryService;

// Writes a flashcard by hand, or edits one: front, back, and the course and lecture it belongs to
// ("no lecture" files it with the course's other cards written by hand). Save stores it through
// the library and closes the dialog only once the library took it; what keeps it from being
// saved (an empty side, a lecture deleted meanwhile) is said in the dialog.
class CardEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `courses` are those offered; the course of a new card starts as `courseId`.
    CardEditorDialog(LibraryService *service, const QList<Course> &courses, const QString &courseId,
                     QWidget *parent = nullptr);
    // Edits `card`.
    CardEditorDialog(LibraryService *service, const QList<Course> &courses, const BrowsedCard &card,
                     QWidget *parent = nullptr);

    bool isEditing() const { return m_editing.has_value(); }
    QPlainTextEdit *frontEdit() const { return m_front; }
    QPlainTextEdit *backEdit() const { return m_back; }
    QComboBox *courseBox() const { return m_course; }
    QComboBox *lectureBox() const { return m_lecture; }
    // Why the card was not saved; empty while nothing is wrong.
    QString message() const;

public slots:
    // Checks the card and stores it; the dialog closes when the library has it.
    void save();

signals:
    // A new card was stored.
    void cardCreated(const Flashcard &card);
    // An existing card was changed, from `before` to `after`.
    void cardEdited(const CardContent &before, const CardContent &after);

private:
    CardEditorDialog(LibraryService *service, const QList<Course> &courses, QWidget *parent);
    void loadLectures(const QString &selectLectureId);
    void showMessage(const QString &text);
    void setBusy(bool busy);

    LibraryService *m_service;
    QPlainTextEdit *m_front;
    QPlainTextEdit *m_back;
    QComboBox *m_course;
    QComboBox *m_lecture;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::optional<BrowsedCard> m_editing;
    // Answers for a course the student has since changed away from are dropped.
    quint64 m_lectureGeneration = 0;
};

} // namespace lectern
