#pragma once

// The card browser test fixture: a temporary library with courses and cards, the browser opened
// on it, and helpers to drive it. Shared by CardBrowserTest.cpp (finding and changing cards in
// bulk) and CardBrowserEditingTest.cpp (writing and editing single cards, and how it looks).

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

// A named namespace, not an anonymous one: the test files that include this header may be
// compiled apart, and GoogleTest needs them to share one fixture class.
namespace card_browser_test {

struct PaletteGuard
{
    QPalette original = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(original); }
};

class CardBrowserTest : public ::testing::Test
{
protected:
    static constexpr int kTimeoutMs = 5000;

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

} // namespace card_browser_test

using namespace card_browser_test;
