#include "cards/CardBrowserActions.h"

#include "cards/CardBrowser.h"
#include "cards/CardCommands.h"
#include "cards/CardEditorDialog.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QAction>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

namespace lectern {

Q_LOGGING_CATEGORY(lcCardActions, "lectern.cards.actions")

CardBrowserActions::CardBrowserActions(LibraryService *service, QUndoStack *undoStack, QWidget *window,
                                       std::function<QString()> selectedCourseId)
    : QObject(window)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_selectedCourseId(std::move(selectedCourseId))
    , m_browse(new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Browse Cards"), this))
    , m_newCard(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Card…"), this))
{
    m_browse->setObjectName(QStringLiteral("browseCardsAction"));
    m_browse->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    m_browse->setToolTip(tr("Search, edit, suspend and move every flashcard"));
    m_newCard->setObjectName(QStringLiteral("newCardAction"));
    m_newCard->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_newCard->setToolTip(tr("Write a flashcard by hand"));
    connect(m_browse, &QAction::triggered, this, &CardBrowserActions::showBrowser);
    connect(m_newCard, &QAction::triggered, this, &CardBrowserActions::newCard);

    // The Study menu where the window has one, else the View menu; the window keeps the shortcuts
    // either way.
    QMenu *menu = window->findChild<QMenu *>(QStringLiteral("studyMenu"));
    if (!menu)
        menu = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (menu) {
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addActions({m_browse, m_newCard});
    } else {
        window->addActions({m_browse, m_newCard});
    }
}

CardBrowser *CardBrowserActions::browser() const
{
    return m_browser;
}

CardEditorDialog *CardBrowserActions::openEditor() const
{
    return m_editor;
}

void CardBrowserActions::showBrowser()
{
    if (!m_browser) {
        // Its own window beside the lectures, closed with the main window.
        m_browser = new CardBrowser(m_service, m_undoStack, m_window);
        m_browser->setWindowFlag(Qt::Window);
    }
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
}

void CardBrowserActions::newCard()
{
    const QString courseId = m_selectedCourseId ? m_selectedCourseId() : QString();
    m_service->submit([](LibraryStore &store) { return store.courses(); })
        .then(this, [this, courseId](Result<QList<Course>> courses) {
            if (!courses) {
                qCWarning(lcCardActions) << "could not read the courses:" << courses.error().message;
                return;
            }
            const QString start = courseId.isEmpty() && !courses->isEmpty() ? courses->constFirst().id : courseId;
            auto *dialog = new CardEditorDialog(m_service, *courses, start, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &CardEditorDialog::cardCreated, this, [this](const Flashcard &card) {
                if (!m_undoStack)
                    return;
                m_undoStack->push(new CardCreatedCommand(
                    m_service, this,
                    [this](const Error &error) {
                        qCWarning(lcCardActions) << "a card change failed:" << error.code << error.message;
                        if (m_undoStack)
                            m_undoStack->clear();
                        auto *box = new QMessageBox(QMessageBox::Warning, tr("Change Not Saved"),
                                                    tr("Lectern could not save this change to your cards."),
                                                    QMessageBox::Ok, m_window);
                        box->setInformativeText(error.message);
                        box->setAttribute(Qt::WA_DeleteOnClose);
                        box->open();
                    },
                    card));
            });
            m_editor = dialog;
            dialog->open();
        });
}

} // namespace lectern
