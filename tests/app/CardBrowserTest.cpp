#include "CardBrowserFixture.h"

namespace {

// "3 cards": counted strings as the translations word them (English plurals come from lectern_en.ts).
QString cards(int count)
{
    return CardBrowser::tr("%n card(s)", nullptr, count);
}

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
