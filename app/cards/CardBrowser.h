#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QUndoCommand;
class QUndoStack;

namespace lectern {

class CardEditorDialog;
class CardTableModel;
class LibraryService;

// Every flashcard of the library in one table: search, filter by course and by state, select
// several and suspend, unsuspend, delete or move them to another course; write a card by hand or
// edit one (double-click or Enter). Changes go on `undoStack` when there is one (the window's, so
// Edit › Undo takes them back as it does course edits); without one, deleting asks first.
class CardBrowser : public QWidget
{
    Q_OBJECT

public:
    CardBrowser(LibraryService *service, QUndoStack *undoStack, QWidget *parent = nullptr);

    CardTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *courseFilter() const { return m_courseFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QAction *newCardAction() const { return m_newCard; }
    QAction *editAction() const { return m_edit; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *unsuspendAction() const { return m_unsuspend; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveAction() const { return m_move; }
    QAction *undoAction() const { return m_undo; }
    // The line under the table: how many cards, what was just done.
    QString statusText() const;
    QStringList selectedCardIds() const;
    // The editor opened last (nullptr when none is open).
    CardEditorDialog *openEditor() const;

public slots:
    // Opens the editor for a new card, in the course the filter shows (if one).
    void newCard();
    void editCurrentCard();
    void suspendSelection();
    void unsuspendSelection();
    void deleteSelection();
    // Asks which course, then moves the selected cards there.
    void moveSelection();
    void moveSelectionToCourse(const QString &courseId);

private:
    void buildActions();
    void applyFilters();
    void loadCourses();
    void updateActions();
    void updateSummary();
    void rememberSelection();
    void restoreSelection();
    void perform(QUndoCommand *command, const QString &done);
    void reportFailure(const Error &error);
    QString courseName(const QString &courseId) const;

    LibraryService *m_service;
    QPointer<QUndoStack> m_undoStack;
    CardTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_courseFilter;
    QComboBox *m_stateFilter;
    QStackedWidget *m_body;
    QTableView *m_table;
    QLabel *m_emptyMessage;
    QLabel *m_summary;
    QAction *m_newCard = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_suspend = nullptr;
    QAction *m_unsuspend = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_move = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<Course> m_courses;
    // Typing is read once the student pauses, not on every key.
    QTimer m_searchDelay;
    // Kept across a reload, so the selection survives the change it caused.
    QStringList m_selectionToRestore;
    QString m_currentToRestore;
    QString m_cardToSelect;
    QString m_lastAction;
    QPointer<CardEditorDialog> m_editor;
};

} // namespace lectern
