#include "MainWindowFixture.h"

TEST_F(MainWindowTest, NewLibraryShowsTheWelcomePage)
{
    openWindow();
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Welcome);
    EXPECT_TRUE(window->welcomePage()->isVisible());
    EXPECT_TRUE(window->welcomePage()->createCourseButton()->isVisible());
    EXPECT_EQ(model().rowCount(), 0);
    // Nothing to rename or delete yet.
    EXPECT_FALSE(window->libraryActions()->renameAction()->isEnabled());
    EXPECT_FALSE(window->libraryActions()->deleteAction()->isEnabled());
    // The status bar says where the library lives.
    auto *location = window->findChild<QLabel *>(u"libraryLocationLabel"_s);
    ASSERT_NE(location, nullptr);
    EXPECT_TRUE(location->text().contains(QDir::toNativeSeparators(library->path())));
    EXPECT_TRUE(window->grab().save(screenshotPath(u"empty-state.png"_s)));
}

TEST_F(MainWindowTest, WelcomeButtonCreatesTheFirstCourse)
{
    openWindow();
    QTest::mouseClick(window->welcomePage()->createCourseButton(), Qt::LeftButton);
    CourseDialog *dialog = waitForDialog<CourseDialog>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->nameEdit(), u"Linear Algebra"_s);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);

    ASSERT_TRUE(waitForCourseNamed(u"Linear Algebra"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Course; }, kTimeoutMs));
    EXPECT_FALSE(window->welcomePage()->isVisible());
    ASSERT_EQ(library->courses().size(), 1);
    EXPECT_EQ(library->courses().first().name, u"Linear Algebra"_s);
}

TEST_F(MainWindowTest, NewCourseShortcutOpensTheDialogAndTheCourseAppearsSelected)
{
    openWindow();
    QTest::keyClick(window->sidebar(), Qt::Key_N, Qt::ControlModifier);
    CourseDialog *dialog = waitForDialog<CourseDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), u"New Course"_s);
    // The dialog refuses an empty name.
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog->nameEdit(), u"Cell Biology"_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog->grab().save(screenshotPath(u"new-course-dialog.png"_s)));
    const QColor chosen = dialog->colour();
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);

    ASSERT_TRUE(waitForCourseNamed(u"Cell Biology"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Course; }, kTimeoutMs));
    EXPECT_EQ(window->courseDetailsPage()->title(), u"Cell Biology"_s);
    EXPECT_EQ(window->courseDetailsPage()->summary(), u"No lectures in this course yet."_s);
    EXPECT_TRUE(window->libraryActions()->renameAction()->isEnabled());
    EXPECT_EQ(library->courses().first().colour, chosen.name());
}

TEST_F(MainWindowTest, LecturesAddedToTheLibraryShowUnderTheirCourse)
{
    const Course biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
    openWindow();
    ASSERT_EQ(model().rowCount(), 1);
    const QModelIndex course = model().index(0, 0);
    EXPECT_EQ(model().rowCount(course), 0);

    const Lecture lecture = library->addLecture(biology.id, u"Membranes and transport"_s, march12At(10), 3127000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount(course) == 1; }, kTimeoutMs));
    const QModelIndex row = model().index(0, 0, course);
    EXPECT_EQ(row.data().toString(), u"Membranes and transport"_s);
    EXPECT_EQ(row.data(LibraryTreeModel::SummaryRole).toString(),
              LibraryFormat::shortDate(march12At(10)) + u" · 52:07"_s);
    EXPECT_TRUE(window->sidebar()->isExpanded(course));

    select(row);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Membranes and transport"_s);
    EXPECT_EQ(window->lectureDetailsPage()->durationText(), u"52:07"_s);
    EXPECT_EQ(window->lectureDetailsPage()->recordedText(), LibraryFormat::longDateTime(march12At(10)));

    // The course page counts what is in the course.
    select(course);
    EXPECT_EQ(window->courseDetailsPage()->summary(), u"1 lecture, 52:07 in total"_s);
}

TEST_F(MainWindowTest, RenamingACourseThroughTheUiUpdatesSidebarAndPage)
{
    library->addCourse(u"Cel Biology"_s);
    openWindow();
    select(model().index(0, 0));
    QTest::keyClick(window->sidebar(), Qt::Key_F2);
    CourseDialog *dialog = waitForDialog<CourseDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->nameEdit()->text(), u"Cel Biology"_s);
    // The old name is selected, so typing replaces it.
    QTest::keyClicks(dialog->nameEdit(), u"Cell Biology"_s);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);

    ASSERT_TRUE(waitForCourseNamed(u"Cell Biology"_s));
    EXPECT_EQ(model().rowCount(), 1);
    EXPECT_EQ(library->courses().first().name, u"Cell Biology"_s);
    // The selection survived the update, so the page shows the new name.
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Course);
    EXPECT_EQ(window->courseDetailsPage()->title(), u"Cell Biology"_s);

    // Undo puts the old name back.
    window->libraryActions()->undoAction()->trigger();
    EXPECT_TRUE(waitForCourseNamed(u"Cel Biology"_s));
}

TEST_F(MainWindowTest, DeletingAnEmptyCourseNeedsNoConfirmationAndCanBeUndone)
{
    library->addCourse(u"Statistics"_s);
    openWindow();
    select(model().index(0, 0));
    QTest::keyClick(window->sidebar(), Qt::Key_Delete);

    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 0; }, kTimeoutMs));
    EXPECT_TRUE(library->courses().isEmpty());
    // The last course is gone: the student is back at the start.
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Welcome);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"Statistics"_s));

    QAction *undo = window->libraryActions()->undoAction();
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(u"Statistics"_s));
    undo->trigger();
    ASSERT_TRUE(waitForCourseNamed(u"Statistics"_s));
    EXPECT_EQ(library->courses().size(), 1);
}

TEST_F(MainWindowTest, DeletingACourseWithLecturesAsksFirst)
{
    const Course physics = library->addCourse(u"Physics"_s);
    library->addLecture(physics.id, u"Kinematics"_s, march12At(8), 2700000);
    openWindow();
    const QModelIndex course = model().index(0, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount(course) == 1; }, kTimeoutMs));
    select(course);

    // Cancelling keeps the course.
    window->libraryActions()->deleteAction()->trigger();
    auto *box = waitForDialog<QMessageBox>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(u"Physics"_s));
    EXPECT_TRUE(box->text().contains(u"1 lecture"_s));
    QPointer<QMessageBox> first = box;
    box->button(QMessageBox::Cancel)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.isNull(); }, kTimeoutMs));
    EXPECT_EQ(library->courses().size(), 1);

    window->libraryActions()->deleteAction()->trigger();
    box = waitForDialog<QMessageBox>();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 0; }, kTimeoutMs));
    EXPECT_TRUE(library->courses().isEmpty());
}

TEST_F(MainWindowTest, RenamingALectureThroughTheUi)
{
    const Course course = library->addCourse(u"History"_s);
    library->addLecture(course.id, u"Lecture 1"_s, march12At(9), 60000);
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount(model().index(0, 0)) == 1; }, kTimeoutMs));
    select(model().index(0, 0, model().index(0, 0)));

    window->libraryActions()->renameAction()->trigger();
    auto *dialog = waitForDialog<QInputDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *edit = dialog->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, u"The French Revolution"_s);
    QTest::keyClick(edit, Qt::Key_Return);

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->lectureDetailsPage()->title() == u"The French Revolution"_s; }, kTimeoutMs));
    EXPECT_EQ(model().index(0, 0, model().index(0, 0)).data().toString(), u"The French Revolution"_s);
}

TEST_F(MainWindowTest, AStandalonePageStaysUntilTheStudentChoosesInTheSidebar)
{
    const Course biology = library->addCourse(u"Cell Biology"_s);
    library->addLecture(biology.id, u"Membranes"_s, march12At(10), 60000);
    openWindow();
    const QModelIndex course = model().index(0, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount(course) == 1; }, kTimeoutMs));
    // Persistent: the lecture's row may move when another arrives.
    const QPersistentModelIndex lecture = model().index(0, 0, course);
    select(lecture);
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Lecture);

    auto *review = new QLabel(u"Review"_s);
    window->showStandalonePage(review);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Standalone);
    EXPECT_TRUE(review->isVisible());

    // A lecture arriving in the background does not take the page away.
    library->addLecture(biology.id, u"Osmosis"_s, march12At(12), 60000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount(course) == 2; }, kTimeoutMs));
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Standalone);

    // Clicking the lecture that is still selected goes back to it.
    LibrarySidebar *sidebar = window->sidebar();
    ASSERT_EQ(sidebar->selectedIndex(), QModelIndex(lecture));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(lecture).center());
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Membranes"_s);

    // Shown again, the same page is reused rather than added twice.
    window->showStandalonePage(review);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Standalone);
    select(course);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Course);
}

TEST_F(MainWindowTest, OpenLectureAtShowsThatLecturesTranscript)
{
    const Course biology = library->addCourse(u"Cell Biology"_s);
    library->addLecture(biology.id, u"Membranes"_s, march12At(10), 60000);
    const Lecture osmosis = library->addLecture(biology.id, u"Osmosis"_s, march12At(12), 60000);
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().indexOfLecture(osmosis.id).isValid(); }, kTimeoutMs));
    window->showStandalonePage(new QLabel(u"Cards"_s));
    LectureView *view = window->lectureDetailsPage()->lectureView();
    view->tabs()->setCurrentWidget(view->notesEditor());

    EXPECT_TRUE(window->openLectureAt(osmosis.id, 30000));
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Osmosis"_s);
    EXPECT_EQ(window->sidebar()->selectedIndex(), model().indexOfLecture(osmosis.id));
    EXPECT_EQ(view->tabs()->currentIndex(), 0) << "the transcript tab";

    EXPECT_FALSE(window->openLectureAt(u"no-such-lecture"_s, 0));
    EXPECT_EQ(window->statusBar()->currentMessage(), u"That lecture is no longer in your library."_s);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Osmosis"_s);
}
