#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace lectern {

class CardBrowser;
class CardEditorDialog;
class LibraryService;

// The window's way into the card browser: Browse Cards opens it (one browser, brought to the
// front when it is already open) and New Card… writes a card by hand over the window, in the
// course the window has selected. Both put their changes on the window's undo stack. The actions
// go into the window's Study menu (or View menu), so construct this after the menus.
class CardBrowserActions : public QObject
{
    Q_OBJECT

public:
    // `selectedCourseId` says which course a new card starts in (empty: none chosen).
    CardBrowserActions(LibraryService *service, QUndoStack *undoStack, QWidget *window,
                       std::function<QString()> selectedCourseId);

    QAction *browseAction() const { return m_browse; }
    QAction *newCardAction() const { return m_newCard; }
    // Null until the browser was first opened.
    CardBrowser *browser() const;
    CardEditorDialog *openEditor() const;

public slots:
    void showBrowser();
    void newCard();

private:
    LibraryService *m_service;
    QPointer<QUndoStack> m_undoStack;
    QWidget *m_window;
    std::function<QString()> m_selectedCourseId;
    QAction *m_browse;
    QAction *m_newCard;
    QPointer<CardBrowser> m_browser;
    QPointer<CardEditorDialog> m_editor;
};

} // namespace lectern
