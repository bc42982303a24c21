#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "cards/CardBrowser.h"
#include "cards/CardBrowserActions.h"
#include "cards/CardEditorDialog.h"
#include "cards/CardTableModel.h"
#include "i18n/Translations.h"
#include "library/LibraryActions.h"
#include "library/LibraryStore.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 5000;

// "3 cards": counted strings as the translations word them (English plurals come from lectern_en.ts).
QString cards(int count)
{
    return CardBrowser::tr("%n card(s)", nullptr, count);
}

struct PaletteGuard
{
    QPalette original = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(original); }
};

class CardBrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installTranslations(QLocale(QLocale::English), &translations);
        library = std::make_unique<TemporaryLibrary>();
        biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
        algebra = library->addCourse(u"Linear Algebra"_s, u"#3b82f6"_s);
        membranes = library->addLecture(biology.id, u"Membranes and transport"_s, QDateTime(), 0);
        eigen = library->addLecture(algebra.id, u"Eigenvalues"_s, QDateTime(), 0);
    }

    void TearDown() override
    {
        // The service goes first: its last answers are addressed to the browser's objects.
        library->closeService();
        browser.reset();
        library.reset();
    }

    Flashcard addCard(const Lecture &lecture, const QString &front, const QString &back)
    {
        Flashcard draft;
        draft.lectureId = lecture.id;
        draft.front = front;
        draft.back = back;
        Result<Flashcard> card = library->run([draft](LibraryStore &store) { return store.createFlashcard(draft); });
        EXPECT_TRUE(card.ok());
        return card.ok() ? *card : Flashcard{};
    }

    // A card as the library has it now, read through the database.
    std::optional<BrowsedCard> stored(const QString &cardId)
    {
        Result<CardPage> page = library->run([](LibraryStore &store) { return store.browseFlashcards({}); });
        EXPECT_TRUE(page.ok());
        for (const BrowsedCard &card : page->cards) {
            if (card.card.id == cardId)
                return card;
        }
        return std::nullopt;
    }

    void openBrowser(QUndoStack *stack)
    {
        browser = std::make_unique<CardBrowser>(&library->service(), stack);
        browser->resize(1100, 520);
        browser->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(browser.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return model().isLoaded(); }, kTimeoutMs));
    }

    CardTableModel &model() { return *browser->model(); }

    QStringList fronts()
    {
        QStringList list;
        for (int row = 0; row < model().rowCount(); ++row)
            list.append(model().cardAt(row).card.front);
        list.sort();
        return list;
    }

    bool showsExactly(const QStringList &expected)
    {
        QStringList sorted = expected;
        sorted.sort();
        return fronts() == sorted;
    }

    // Clicks the row of a card, with Ctrl to add it to the selection.
    void clickCard(const QString &cardId, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const int row = model().rowOfCard(cardId);
        ASSERT_GE(row, 0);
        QTableView *table = browser->table();
        const QRect rect = table->visualRect(model().index(row, CardTableModel::FrontColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    QToolButton *buttonFor(QAction *action)
    {
        for (QToolButton *button : browser->findChildren<QToolButton *>()) {
            if (button->defaultAction() == action)
                return button;
        }
        return nullptr;
    }

    template<typename T>
    T *waitForChild(QObject *parent, const QString &name)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                found = parent->findChild<T *>(name);
                return found && found->isVisible();
            },
            kTimeoutMs);
        return shown ? found : nullptr;
    }

    void choose(QComboBox *box, const QString &text)
    {
        const int row = box->findText(text);
        ASSERT_GE(row, 0) << text.toStdString();
        box->setCurrentIndex(row);
    }

    QTranslator translations;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<CardBrowser> browser;
    Course biology;
    Course algebra;
    Lecture membranes;
    Lecture eigen;
};

} // namespace

TEST_F(CardBrowserTest, SearchNarrowsTheListAsTheStudentTypes)
{
    addCard(membranes, u"What does osmosis move?"_s, u"Water across a membrane"_s);
    addCard(membranes, u"What is diffusion?"_s, u"Movement down a gradient"_s);
    addCard(eigen, u"What is an eigenvalue?"_s, u"A scalar λ with Av = λv"_s);
    openBrowser(nullptr);
    EXPECT_EQ(model().rowCount(), 3);
    EXPECT_TRUE(browser->statusText().contains(cards(3))) << browser->statusText().toStdString();

    QTest::keyClicks(browser->searchField(), u"WHAT IS"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 2; }, kTimeoutMs));
    EXPECT_TRUE(showsExactly({u"What is diffusion?"_s, u"What is an eigenvalue?"_s}));
    // Words of the back count as well.
    QTest::keyClicks(browser->searchField(), u" gradient"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 1; }, kTimeoutMs));
    EXPECT_EQ(fronts(), QStringList{u"What is diffusion?"_s});

    QTest::keyClicks(browser->searchField(), u"zzz"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 0; }, kTimeoutMs));
    auto *empty = browser->findChild<QLabel *>(u"cardBrowserEmptyMessage"_s);
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), u"No cards match the search and filters."_s);

    browser->searchField()->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3; }, kTimeoutMs));
}

TEST_F(CardBrowserTest, FiltersByCourseAndByState)
{
    const Flashcard osmosis = addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    const Flashcard diffusion = addCard(membranes, u"Diffusion?"_s, u"Gradient"_s);
    addCard(eigen, u"Eigenvalue?"_s, u"Scalar"_s);
    ASSERT_TRUE(library->run([id = diffusion.id](LibraryStore &s) { return s.setFlashcardSuspended(id, true); }).ok());
    openBrowser(nullptr);

    choose(browser->courseFilter(), algebra.name);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Eigenvalue?"_s}); }, kTimeoutMs));
    choose(browser->courseFilter(), biology.name);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Osmosis?"_s, u"Diffusion?"_s}); }, kTimeoutMs));

    choose(browser->stateFilter(), u"Suspended"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Diffusion?"_s}); }, kTimeoutMs));
    EXPECT_EQ(model().index(0, CardTableModel::StateColumn).data().toString(), u"Suspended"_s);
    choose(browser->stateFilter(), u"New"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Osmosis?"_s}); }, kTimeoutMs));
    EXPECT_EQ(model().cardAt(0).card.id, osmosis.id);

    choose(browser->courseFilter(), u"All courses"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Osmosis?"_s, u"Eigenvalue?"_s}); }, kTimeoutMs));
}

TEST_F(CardBrowserTest, BulkSuspendOfTheSelectionReachesTheLibraryAndUndoes)
{
    const Flashcard osmosis = addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    const Flashcard diffusion = addCard(membranes, u"Diffusion?"_s, u"Gradient"_s);
    const Flashcard eigenvalue = addCard(eigen, u"Eigenvalue?"_s, u"Scalar"_s);
    QUndoStack stack;
    openBrowser(&stack);
    EXPECT_FALSE(browser->suspendAction()->isEnabled());

    clickCard(osmosis.id);
    clickCard(eigenvalue.id, Qt::ControlModifier);
    EXPECT_EQ(browser->selectedCardIds().size(), 2);
    EXPECT_TRUE(browser->statusText().contains(CardBrowser::tr("%1 of %n card(s) selected", nullptr, 3).arg(2)))
        << browser->statusText().toStdString();
    ASSERT_TRUE(browser->suspendAction()->isEnabled());
    EXPECT_FALSE(browser->unsuspendAction()->isEnabled());
    QTest::mouseClick(buttonFor(browser->suspendAction()), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(osmosis.id)->suspended && stored(eigenvalue.id)->suspended; },
                                kTimeoutMs));
    EXPECT_FALSE(stored(diffusion.id)->suspended);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model().index(model().rowOfCard(osmosis.id), CardTableModel::StateColumn).data() == u"Suspended"_s; },
        kTimeoutMs));
    // The selection survives the reload, so the next action applies to the same cards.
    EXPECT_EQ(browser->selectedCardIds().size(), 2);
    EXPECT_TRUE(browser->unsuspendAction()->isEnabled());
    EXPECT_FALSE(browser->suspendAction()->isEnabled());

    QTest::keyClick(browser->table(), Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !stored(osmosis.id)->suspended && !stored(eigenvalue.id)->suspended; },
                                kTimeoutMs));
}

TEST_F(CardBrowserTest, DeleteRemovesTheCardsAndUndoBringsThemBack)
{
    const Flashcard osmosis = addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    const Flashcard diffusion = addCard(membranes, u"Diffusion?"_s, u"Gradient"_s);
    addCard(eigen, u"Eigenvalue?"_s, u"Scalar"_s);
    QUndoStack stack;
    openBrowser(&stack);

    clickCard(osmosis.id);
    clickCard(diffusion.id, Qt::ControlModifier);
    QTest::keyClick(browser->table(), Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Eigenvalue?"_s}); }, kTimeoutMs));
    EXPECT_FALSE(stored(osmosis.id).has_value());
    EXPECT_FALSE(stored(diffusion.id).has_value());
    EXPECT_TRUE(browser->statusText().contains(CardBrowser::tr("Deleted %n card(s)", nullptr, 2) + u". Undo with Ctrl+Z."_s))
        << browser->statusText().toStdString();
    EXPECT_EQ(stack.undoText(), QCoreApplication::translate("lectern::CardCommand", "Delete %n Card(s)", nullptr, 2));

    browser->undoAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3; }, kTimeoutMs));
    EXPECT_TRUE(stored(osmosis.id).has_value());
    EXPECT_TRUE(stored(diffusion.id).has_value());
}

TEST_F(CardBrowserTest, DeletingWithoutAnUndoHistoryAsksFirst)
{
    const Flashcard osmosis = addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    addCard(eigen, u"Eigenvalue?"_s, u"Scalar"_s);
    openBrowser(nullptr);

    clickCard(osmosis.id);
    browser->deleteAction()->trigger();
    auto *confirmation = waitForChild<QMessageBox>(browser.get(), u"deleteCardsConfirmation"_s);
    ASSERT_NE(confirmation, nullptr);
    EXPECT_EQ(confirmation->text(), CardBrowser::tr("Delete %n card(s) and their review history?", nullptr, 1));
    EXPECT_EQ(model().rowCount(), 2);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : confirmation->buttons()) {
        if (confirmation->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    ASSERT_NE(remove, nullptr);
    QTest::mouseClick(remove, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsExactly({u"Eigenvalue?"_s}); }, kTimeoutMs));
    EXPECT_FALSE(stored(osmosis.id).has_value());
}

TEST_F(CardBrowserTest, MoveToCourseFilesTheCardsThere)
{
    const Flashcard osmosis = addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    addCard(eigen, u"Eigenvalue?"_s, u"Scalar"_s);
    QUndoStack stack;
    openBrowser(&stack);

    clickCard(osmosis.id);
    browser->moveAction()->trigger();
    auto *dialog = waitForChild<QDialog>(browser.get(), u"moveCardsDialog"_s);
    ASSERT_NE(dialog, nullptr);
    choose(dialog->findChild<QComboBox *>(u"moveCardsTarget"_s), algebra.name);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(osmosis.id)->courseId == algebra.id; }, kTimeoutMs));
    EXPECT_EQ(stored(osmosis.id)->lectureTitle, u"Cards written by hand"_s);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model().index(model().rowOfCard(osmosis.id), CardTableModel::CourseColumn).data() == algebra.name; },
        kTimeoutMs));

    stack.undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(osmosis.id)->courseId == biology.id; }, kTimeoutMs));
    EXPECT_EQ(stored(osmosis.id)->card.lectureId, membranes.id);
}

TEST_F(CardBrowserTest, ACardWrittenByHandAppearsInTheListAndInTheLibrary)
{
    addCard(eigen, u"Eigenvalue?"_s, u"Scalar"_s);
    QUndoStack stack;
    openBrowser(&stack);

    QTest::mouseClick(buttonFor(browser->newCardAction()), Qt::LeftButton);
    CardEditorDialog *editor = browser->openEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->lectureBox()->isEnabled(); }, kTimeoutMs));
    choose(editor->courseBox(), biology.name);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->lectureBox()->findText(membranes.title) >= 0; }, kTimeoutMs));
    choose(editor->lectureBox(), membranes.title);
    QTest::keyClicks(editor->frontEdit(), u"What is active transport?"_s);
    QTest::keyClicks(editor->backEdit(), u"Transport against a gradient, using ATP"_s);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 2; }, kTimeoutMs));
    // The new card is selected, ready for the next action.
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser->selectedCardIds().size() == 1; }, kTimeoutMs));
    const auto created = stored(browser->selectedCardIds().constFirst());
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->card.front, u"What is active transport?"_s);
    EXPECT_EQ(created->card.back, u"Transport against a gradient, using ATP"_s);
    EXPECT_EQ(created->card.lectureId, membranes.id);
    EXPECT_EQ(created->courseName, biology.name);
    EXPECT_EQ(created->state, 0);
    EXPECT_EQ(stack.undoText(), u"New Card “What is active transport?”"_s);
}

TEST_F(CardBrowserTest, AnEmptyFrontIsRefusedWithAMessage)
{
    QUndoStack stack;
    openBrowser(&stack);
    EXPECT_EQ(browser->findChild<QLabel *>(u"cardBrowserEmptyMessage"_s)->text(),
              u"No flashcards yet. Generate them from a lecture's transcript, or write one with New Card…"_s);

    browser->newCardAction()->trigger();
    CardEditorDialog *editor = browser->openEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->lectureBox()->isEnabled(); }, kTimeoutMs));
    QTest::keyClicks(editor->frontEdit(), u"   "_s);
    QTest::keyClicks(editor->backEdit(), u"An answer without a question"_s);
    QPushButton *create = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(create, Qt::LeftButton);

    EXPECT_EQ(editor->message(), u"Write the question on the front of the card."_s);
    EXPECT_TRUE(editor->findChild<QWidget *>(u"cardEditorMessageRow"_s)->isVisible());
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->focusWidget(), editor->frontEdit());
    Result<CardPage> page = library->run([](LibraryStore &store) { return store.browseFlashcards({}); });
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 0);

    // Writing on the front clears the message; an empty back is refused the same way.
    QTest::keyClicks(editor->frontEdit(), u"Q?"_s);
    EXPECT_TRUE(editor->message().isEmpty());
    editor->backEdit()->clear();
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_EQ(editor->message(), u"Write the answer on the back of the card."_s);
}

TEST_F(CardBrowserTest, DoubleClickEditsACardAndUndoRestoresIt)
{
    const Flashcard osmosis = addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    QUndoStack stack;
    openBrowser(&stack);

    const QRect rect = browser->table()->visualRect(model().index(model().rowOfCard(osmosis.id), CardTableModel::BackColumn));
    QTest::mouseClick(browser->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(browser->table()->viewport(), Qt::LeftButton, {}, rect.center());
    CardEditorDialog *editor = browser->openEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isEditing());
    EXPECT_EQ(editor->frontEdit()->toPlainText(), u"Osmosis?"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->lectureBox()->currentText() == membranes.title; }, kTimeoutMs));
    editor->backEdit()->selectAll();
    QTest::keyClicks(editor->backEdit(), u"Water, through a semi-permeable membrane"_s);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(osmosis.id)->card.back == u"Water, through a semi-permeable membrane"_s; },
                                kTimeoutMs));
    EXPECT_EQ(stored(osmosis.id)->card.lectureId, membranes.id);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model().index(model().rowOfCard(osmosis.id), CardTableModel::BackColumn).data() != u"Water"_s; },
        kTimeoutMs));

    stack.undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(osmosis.id)->card.back == u"Water"_s; }, kTimeoutMs));

    // Enter on the selected row opens the editor too.
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser->openEditor() == nullptr; }, kTimeoutMs));
    QTest::keyClick(browser->table(), Qt::Key_Return);
    ASSERT_NE(browser->openEditor(), nullptr);
    EXPECT_TRUE(browser->openEditor()->isVisible());
    EXPECT_EQ(browser->openEditor()->frontEdit()->toPlainText(), u"Osmosis?"_s);
    browser->openEditor()->reject();
}

TEST_F(CardBrowserTest, TheWindowOpensTheBrowserWithItsShortcut)
{
    Settings settings;
    settings.reset(Setting::WindowGeometry);
    settings.reset(Setting::WindowState);
    addCard(membranes, u"Osmosis?"_s, u"Water"_s);
    auto window = std::make_unique<MainWindow>(&library->service());
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_EQ(window->cardActions()->browseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CardBrowser *opened = window->cardActions()->browser();
    ASSERT_NE(opened, nullptr);
    EXPECT_TRUE(opened->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened->model()->rowCount() == 1; }, kTimeoutMs));
    // Changes made in the browser are on the window's Edit › Undo.
    QTableView *table = opened->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(opened->model()->index(0, 0)).center());
    ASSERT_EQ(opened->selectedCardIds().size(), 1);
    ASSERT_TRUE(opened->suspendAction()->isEnabled());
    opened->suspendAction()->trigger();
    EXPECT_TRUE(window->libraryActions()->undoAction()->isEnabled());
    EXPECT_EQ(window->libraryActions()->undoAction()->text(),
              u"&Undo "_s + QCoreApplication::translate("lectern::CardCommand", "Suspend %n Card(s)", nullptr, 1));

    library->closeService();
    window.reset();
}

TEST_F(CardBrowserTest, ScreenshotsInLightAndDarkPalettes)
{
    const Course history = library->addCourse(u"History of Science"_s, u"#f97316"_s);
    const Lecture galileo = library->addLecture(history.id, u"Galileo and the telescope"_s, QDateTime(), 0);
    const Flashcard osmosis = addCard(membranes, u"What does osmosis move across a membrane?"_s,
                                      u"Water, from low to high solute concentration"_s);
    const Flashcard atp = addCard(membranes, u"What powers active transport?"_s, u"ATP hydrolysis"_s);
    addCard(membranes, u"Name two kinds of membrane transport proteins."_s, u"Channels and carriers"_s);
    const Flashcard eigenvalue = addCard(eigen, u"What is an eigenvalue?"_s, u"A scalar λ with Av = λv for some v ≠ 0"_s);
    const Flashcard trace = addCard(eigen, u"How is the trace related to eigenvalues?"_s, u"It is their sum"_s);
    addCard(eigen, u"What does a determinant of zero tell you?"_s, u"The matrix is singular"_s);
    const Flashcard moons = addCard(galileo, u"What did Galileo see around Jupiter in 1610?"_s, u"Four moons"_s);
    addCard(galileo, u"Which book announced it?"_s, u"Sidereus Nuncius"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto schedule = [&](const QString &cardId, int state, int dueDays, int lapses) {
        CardSchedule s;
        s.cardId = cardId;
        s.state = state;
        s.stability = 4.0;
        s.difficulty = 5.0;
        s.due = now.addDays(dueDays);
        s.lastReview = now.addDays(-2);
        s.reps = 3 + lapses;
        s.lapses = lapses;
        ASSERT_TRUE(library->run([s](LibraryStore &store) { return store.putCardSchedule(s); }).ok());
    };
    schedule(osmosis.id, 2, 4, 0);
    schedule(atp.id, 1, 0, 0);
    schedule(eigenvalue.id, 3, 1, 2);
    schedule(trace.id, 2, 12, 1);
    schedule(moons.id, 2, 30, 0);
    ASSERT_TRUE(library->run([id = trace.id](LibraryStore &s) { return s.setFlashcardSuspended(id, true); }).ok());

    QUndoStack stack;
    const auto shoot = [&](const QString &fileName) {
        openBrowser(&stack);
        // Course colours come with the course list.
        EXPECT_TRUE(QTest::qWaitFor([&] { return browser->courseFilter()->count() == 5; }, kTimeoutMs));
        EXPECT_EQ(model().rowCount(), 8);
        clickCard(eigenvalue.id);
        // The summary's new text is laid out before the picture is taken.
        auto *summary = browser->findChild<QLabel *>(u"cardBrowserSummary"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return summary->width() >= summary->sizeHint().width(); }, kTimeoutMs));
        const QImage shot = browser->grab().toImage();
        EXPECT_TRUE(shot.save(screenshotPath(fileName)));
        return shot;
    };
    shoot(u"card-browser.png"_s);
    // The editor over the browser, for a card being written by hand.
    browser->newCardAction()->trigger();
    CardEditorDialog *editor = browser->openEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->lectureBox()->isEnabled(); }, kTimeoutMs));
    QTest::keyClicks(editor->backEdit(), u"Proteins"_s);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(editor->grab().save(screenshotPath(u"card-editor.png"_s)));
    editor->reject();
    EXPECT_EQ(model().index(model().rowOfCard(trace.id), CardTableModel::StateColumn).data(), u"Suspended"_s);
    EXPECT_EQ(model().index(model().rowOfCard(atp.id), CardTableModel::DueColumn).data(), u"Today"_s);
    EXPECT_EQ(model().index(model().rowOfCard(eigenvalue.id), CardTableModel::LapsesColumn).data(), 2);

    PaletteGuard guard;
    // What the Dark theme in Preferences applies.
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);
    browser.reset();
    const QImage shot = shoot(u"card-browser-dark.png"_s);
    // The window and the table's empty part below the rows come from the palette.
    EXPECT_EQ(shot.pixelColor(3, browser->height() - 3), dark.color(QPalette::Window));
    QWidget *viewport = browser->table()->viewport();
    EXPECT_EQ(shot.pixelColor(viewport->mapTo(browser.get(), QPoint(viewport->width() / 2, viewport->height() - 4))),
              dark.color(QPalette::Base));
}
