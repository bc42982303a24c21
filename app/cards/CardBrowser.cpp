#include "cards/CardBrowser.h"

#include "cards/CardCommands.h"
#include "cards/CardEditorDialog.h"
#include "cards/CardTableModel.h"
#include "cards/CardTableView.h"
#include "cards/MoveCardsDialog.h"
#include "library/CourseColours.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lectern {

Q_LOGGING_CATEGORY(lcCardBrowser, "lectern.cards.browser")

namespace {
constexpr int kSearchDelayMs = 250;

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}
} // namespace

CardBrowser::CardBrowser(LibraryService *service, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_model(new CardTableModel(service, this))
    , m_search(new QLineEdit(this))
    , m_courseFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_body(new QStackedWidget(this))
    , m_table(new CardTableView(m_model, m_body))
    , m_emptyMessage(new QLabel(m_body))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("cardBrowser"));
    setWindowTitle(tr("Cards"));

    m_search->setObjectName(QStringLiteral("cardSearchField"));
    m_search->setPlaceholderText(tr("Search fronts and backs"));
    m_search->setAccessibleName(tr("Search cards"));
    m_search->setClearButtonEnabled(true);
    // Without an icon theme the magnifier would be an empty gap before the placeholder.
    if (const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find")); !find.isNull())
        m_search->addAction(find, QLineEdit::LeadingPosition);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &CardBrowser::applyFilters);
    // Enter in the search field shows the answer at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilters();
    });

    m_courseFilter->setObjectName(QStringLiteral("cardCourseFilter"));
    m_courseFilter->setAccessibleName(tr("Course"));
    // Wide enough for a course name from the start, so the row does not jump when they arrive.
    m_courseFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_courseFilter->setMinimumContentsLength(18);
    m_courseFilter->addItem(tr("All courses"));
    connect(m_courseFilter, &QComboBox::currentIndexChanged, this, &CardBrowser::applyFilters);

    m_stateFilter->setObjectName(QStringLiteral("cardStateFilter"));
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"), int(CardStateFilter::Any));
    m_stateFilter->addItem(tr("New"), int(CardStateFilter::New));
    m_stateFilter->addItem(tr("Learning"), int(CardStateFilter::Learning));
    m_stateFilter->addItem(tr("Review"), int(CardStateFilter::Review));
    m_stateFilter->addItem(tr("Relearning"), int(CardStateFilter::Relearning));
    m_stateFilter->addItem(tr("Suspended"), int(CardStateFilter::Suspended));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &CardBrowser::applyFilters);

    m_emptyMessage->setObjectName(QStringLiteral("cardBrowserEmptyMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setForegroundRole(QPalette::PlaceholderText);
    m_emptyMessage->setContentsMargins(32, 32, 32, 32);
    m_body->addWidget(m_table);
    m_body->addWidget(m_emptyMessage);

    m_summary->setObjectName(QStringLiteral("cardBrowserSummary"));
    m_summary->setSizePolicy(QSizePolicy::MinimumExpanding, QSizePolicy::Preferred);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    buildActions();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_courseFilter);
    filters->addWidget(m_stateFilter);

    auto *bulk = new QHBoxLayout;
    bulk->setSpacing(4);
    bulk->addWidget(actionButton(m_newCard, this));
    bulk->addWidget(actionButton(m_edit, this));
    bulk->addSpacing(12);
    bulk->addWidget(actionButton(m_suspend, this));
    bulk->addWidget(actionButton(m_unsuspend, this));
    bulk->addWidget(actionButton(m_move, this));
    bulk->addWidget(actionButton(m_delete, this));
    bulk->addSpacing(12);
    bulk->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_body, 1);
    layout->addLayout(bulk);

    connect(m_table, &QAbstractItemView::activated, this, &CardBrowser::editCurrentCard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CardBrowser::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CardBrowser::restoreSelection);
    connect(m_model, &CardTableModel::loaded, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_model, &CardTableModel::loadFailed, this, [this](const Error &error) {
        qCWarning(lcCardBrowser) << "could not read the cards:" << error.code << error.message;
        m_lastAction = tr("Could not read the cards: %1").arg(error.message);
        updateSummary();
    });
    connect(service, &LibraryService::coursesChanged, this, &CardBrowser::loadCourses);

    resize(m_table->fontMetrics().averageCharWidth() * 150, m_table->fontMetrics().height() * 36);
    loadCourses();
    applyFilters();
    updateActions();
}

void CardBrowser::buildActions()
{
    auto makeAction = [this](const QString &icon, const QString &text, const QString &objectName) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(objectName);
        return action;
    };
    m_newCard = makeAction(QStringLiteral("document-new"), tr("&New Card…"), QStringLiteral("newCardAction"));
    m_newCard->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_newCard->setToolTip(tr("Write a flashcard by hand"));
    m_edit = makeAction(QStringLiteral("document-edit"), tr("&Edit…"), QStringLiteral("editCardAction"));
    m_edit->setToolTip(tr("Edit the selected card (double-click or Enter)"));
    m_suspend = makeAction(QStringLiteral("media-playback-pause"), tr("&Suspend"), QStringLiteral("suspendCardsAction"));
    m_suspend->setToolTip(tr("Keep the selected cards out of review until they are unsuspended"));
    m_suspend->setShortcut(Qt::CTRL | Qt::Key_J);
    m_unsuspend = makeAction(QStringLiteral("media-playback-start"), tr("&Unsuspend"), QStringLiteral("unsuspendCardsAction"));
    m_unsuspend->setToolTip(tr("Put the selected cards back into review"));
    m_move = makeAction(QStringLiteral("go-jump"), tr("&Move to Course…"), QStringLiteral("moveCardsAction"));
    m_move->setToolTip(tr("Move the selected cards to another course"));
    m_delete = makeAction(QStringLiteral("edit-delete"), tr("&Delete"), QStringLiteral("deleteCardsAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_newCard, &QAction::triggered, this, &CardBrowser::newCard);
    connect(m_edit, &QAction::triggered, this, &CardBrowser::editCurrentCard);
    connect(m_suspend, &QAction::triggered, this, &CardBrowser::suspendSelection);
    connect(m_unsuspend, &QAction::triggered, this, &CardBrowser::unsuspendSelection);
    connect(m_move, &QAction::triggered, this, &CardBrowser::moveSelection);
    connect(m_delete, &QAction::triggered, this, &CardBrowser::deleteSelection);

    // The Delete key means the cards only while the table has the focus, not the search field.
    m_table->addAction(m_delete);
    addActions({m_newCard, m_suspend});
    for (QAction *action : {m_edit, m_suspend, m_unsuspend, m_move})
        m_table->addAction(action);

    if (m_undoStack) {
        m_undo = makeAction(QStringLiteral("edit-undo"), tr("&Undo"), QStringLiteral("cardUndoAction"));
        m_undo->setShortcut(QKeySequence::Undo);
        m_redo = makeAction(QStringLiteral("edit-redo"), tr("Re&do"), QStringLiteral("cardRedoAction"));
        m_redo->setShortcut(QKeySequence::Redo);
        m_undo->setEnabled(m_undoStack->canUndo());
        m_redo->setEnabled(m_undoStack->canRedo());
        connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
        connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
        connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
        connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
        addActions({m_undo, m_redo});
    }
}

QStringList CardBrowser::selectedCardIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(CardTableModel::CardIdRole).toString());
    return ids;
}

CardEditorDialog *CardBrowser::openEditor() const
{
    return m_editor;
}

QString CardBrowser::statusText() const
{
    return m_summary->text();
}

void CardBrowser::applyFilters()
{
    CardQuery query;
    query.text = m_search->text();
    const QVariant course = m_courseFilter->currentData();
    if (course.isValid())
        query.courseId = course.toString();
    query.state = CardStateFilter(m_stateFilter->currentData().toInt());
    m_model->setQuery(query);
}

void CardBrowser::loadCourses()
{
    m_service->submit([](LibraryStore &store) { return store.courses(LibraryStore::CourseFilter::IncludeArchived); })
        .then(this, [this](Result<QList<Course>> courses) {
            if (!courses) {
                qCWarning(lcCardBrowser) << "could not read the courses:" << courses.error().message;
                return;
            }
            m_courses = *courses;
            m_model->setCourses(m_courses);
            const QVariant selected = m_courseFilter->currentData();
            const QSignalBlocker blocker(m_courseFilter);
            while (m_courseFilter->count() > 1)
                m_courseFilter->removeItem(1);
            for (const Course &c : m_courses)
                m_courseFilter->addItem(CourseColours::swatchIcon(CourseColours::displayColour(c), 12), c.name, c.id);
            m_courseFilter->addItem(tr("No course"), QString());
            const int row = selected.isValid() ? m_courseFilter->findData(selected) : 0;
            m_courseFilter->setCurrentIndex(qMax(0, row));
            if (selected.isValid() && row < 0)
                applyFilters(); // the course shown went away
        });
}

QString CardBrowser::courseName(const QString &courseId) const
{
    if (courseId.isEmpty())
        return tr("No course");
    for (const Course &c : m_courses) {
        if (c.id == courseId)
            return c.name;
    }
    return QString();
}

void CardBrowser::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool anySuspended = false;
    bool anyActive = false;
    for (const QModelIndex &row : rows) {
        const bool suspended = m_model->cardAt(row.row()).suspended;
        anySuspended = anySuspended || suspended;
        anyActive = anyActive || !suspended;
    }
    m_edit->setEnabled(rows.size() == 1);
    m_suspend->setEnabled(anyActive);
    m_unsuspend->setEnabled(anySuspended);
    m_move->setEnabled(!rows.isEmpty());
    m_delete->setEnabled(!rows.isEmpty());
}

void CardBrowser::updateSummary()
{
    const int total = m_model->totalCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text = selected > 0 ? tr("%1 of %n card(s) selected", nullptr, total).arg(selected)
                                : tr("%n card(s)", nullptr, total);
    if (!m_lastAction.isEmpty())
        text = m_lastAction + QStringLiteral("  ·  ") + text;
    m_summary->setText(text);

    const bool filtered = !m_search->text().trimmed().isEmpty() || m_courseFilter->currentIndex() > 0
                          || m_stateFilter->currentIndex() > 0;
    m_emptyMessage->setText(filtered ? tr("No cards match the search and filters.")
                                     : tr("No flashcards yet. Generate them from a lecture's transcript, "
                                          "or write one with New Card…"));
    m_body->setCurrentWidget(m_model->isLoaded() && total == 0 ? static_cast<QWidget *>(m_emptyMessage) : m_table);
}

void CardBrowser::rememberSelection()
{
    m_selectionToRestore = selectedCardIds();
    const QModelIndex current = m_table->currentIndex();
    m_currentToRestore = current.isValid() ? current.data(CardTableModel::CardIdRole).toString() : QString();
}

void CardBrowser::restoreSelection()
{
    // A card just written by hand is selected when it first appears, whatever was before.
    if (!m_cardToSelect.isEmpty() && m_model->rowOfCard(m_cardToSelect) >= 0) {
        m_selectionToRestore = {m_cardToSelect};
        m_currentToRestore = m_cardToSelect;
        m_cardToSelect.clear();
    }
    QItemSelection selection;
    for (const QString &id : std::as_const(m_selectionToRestore)) {
        const int row = m_model->rowOfCard(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, CardTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    const int currentRow = m_model->rowOfCard(m_currentToRestore);
    if (currentRow >= 0)
        selectionModel->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (currentRow >= 0)
        m_table->scrollTo(m_model->index(currentRow, 0));
}

void CardBrowser::perform(QUndoCommand *command, const QString &done)
{
    if (m_undoStack) {
        m_undoStack->push(command);
        m_lastAction = tr("%1. Undo with %2.").arg(done, m_undo->shortcut().toString(QKeySequence::NativeText));
    } else {
        command->redo();
        delete command;
        m_lastAction = done + QLatin1Char('.');
    }
    updateSummary();
}

void CardBrowser::reportFailure(const Error &error)
{
    qCWarning(lcCardBrowser) << "a card change failed:" << error.code << error.message;
    // The history assumed the write happened; undoing on top of a failed step would be a guess.
    if (m_undoStack)
        m_undoStack->clear();
    m_lastAction.clear();
    updateSummary();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change Not Saved"),
                                tr("Lectern could not save this change to your cards."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cardChangeFailedMessage"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CardBrowser::newCard()
{
    const QVariant course = m_courseFilter->currentData();
    const QString courseId = course.isValid() ? course.toString()
                                              : (m_courses.isEmpty() ? QString() : m_courses.constFirst().id);
    auto *dialog = new CardEditorDialog(m_service, m_courses, courseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CardEditorDialog::cardCreated, this, [this](const Flashcard &card) {
        m_cardToSelect = card.id;
        auto *command = new CardCreatedCommand(m_service, this, [this](const Error &e) { reportFailure(e); }, card);
        perform(command, tr("Created a card"));
    });
    m_editor = dialog;
    dialog->open();
}

void CardBrowser::editCurrentCard()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    auto *dialog = new CardEditorDialog(m_service, m_courses, m_model->cardAt(current.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CardEditorDialog::cardEdited, this, [this](const CardContent &before, const CardContent &after) {
        auto *command = new CardEditedCommand(m_service, this, [this](const Error &e) { reportFailure(e); }, before, after);
        perform(command, tr("Saved the card"));
    });
    m_editor = dialog;
    dialog->open();
}

void CardBrowser::suspendSelection()
{
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    perform(new SuspendCardsCommand(m_service, this, [this](const Error &e) { reportFailure(e); }, ids, true),
            tr("Suspended %n card(s)", nullptr, int(ids.size())));
}

void CardBrowser::unsuspendSelection()
{
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    perform(new SuspendCardsCommand(m_service, this, [this](const Error &e) { reportFailure(e); }, ids, false),
            tr("Unsuspended %n card(s)", nullptr, int(ids.size())));
}

void CardBrowser::deleteSelection()
{
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    const auto remove = [this, ids] {
        perform(new DeleteCardsCommand(m_service, this, [this](const Error &e) { reportFailure(e); }, ids),
                tr("Deleted %n card(s)", nullptr, int(ids.size())));
    };
    if (m_undoStack) {
        remove();
        return;
    }
    // Nothing can bring them back here, so the student confirms first.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Cards"),
                                tr("Delete %n card(s) and their review history?", nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteCardsConfirmation"));
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, remove](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove();
    });
    box->open();
}

void CardBrowser::moveSelection()
{
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new MoveCardsDialog(m_courses, int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { moveSelectionToCourse(dialog->courseId()); });
    dialog->open();
}

void CardBrowser::moveSelectionToCourse(const QString &courseId)
{
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    const QString name = courseName(courseId);
    perform(new MoveCardsCommand(m_service, this, [this](const Error &e) { reportFailure(e); }, ids, courseId, name),
            tr("Moved %n card(s) to “%1”", nullptr, int(ids.size())).arg(name));
}

} // namespace lectern
