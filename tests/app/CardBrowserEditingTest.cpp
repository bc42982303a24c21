#include "CardBrowserFixture.h"

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
