#include "MainWindowFixture.h"

TEST_F(MainWindowTest, SidebarCanBeHiddenAndShown)
{
    openWindow();
    auto *dock = window->findChild<QDockWidget *>(u"sidebarDock"_s);
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    window->toggleSidebarAction()->trigger();
    EXPECT_FALSE(dock->isVisible());
    window->toggleSidebarAction()->trigger();
    EXPECT_TRUE(dock->isVisible());
}

TEST_F(MainWindowTest, WindowSizeIsRestoredOnTheNextStart)
{
    openWindow();
    window->resize(900, 560);
    window->close();
    window.reset();

    // The constructor restores what closing saved.
    window = std::make_unique<MainWindow>(&library->service());
    EXPECT_EQ(window->size(), QSize(900, 560));
}

TEST_F(MainWindowTest, TheLectureOpenAtCloseIsOpenAgainOnTheNextStart)
{
    const Course biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
    library->addLecture(biology.id, u"Membranes and transport"_s, march12At(10), 3127000);
    const Lecture cycle = library->addLecture(biology.id, u"The cell cycle"_s, march12At(12), 5400000);
    openWindow();
    select(model().indexOfLecture(cycle.id));
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    window->close();
    window.reset();

    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Lecture; }, kTimeoutMs));
    EXPECT_EQ(window->sidebar()->selectedIndex(), model().indexOfLecture(cycle.id));
    EXPECT_EQ(window->lectureDetailsPage()->findChild<QLabel *>(u"lectureTitle"_s)->text(), cycle.title);

    // Closing on the course page forgets the lecture: the next start shows no lecture.
    select(model().indexOfCourse(biology.id));
    window->close();
    window.reset();
    openWindow();
    EXPECT_FALSE(window->sidebar()->selectedIndex().isValid());
}

TEST_F(MainWindowTest, AnArchivedCourseLeavesTheSidebarUntilArchivedCoursesAreShown)
{
    const Course biology = library->addCourse(u"Biology"_s, u"#22c55e"_s);
    library->addCourse(u"Chemistry"_s, u"#3b82f6"_s);
    openWindow();
    auto *archive = window->findChild<QAction *>(u"archiveCourseAction"_s);
    auto *showArchived = window->findChild<QAction *>(u"showArchivedCoursesAction"_s);
    auto *undo = window->findChild<QAction *>(u"undoAction"_s);
    ASSERT_TRUE(archive && showArchived && undo);
    ASSERT_TRUE(waitForCourseNamed(u"Biology"_s));
    select(model().indexOfCourse(biology.id));
    EXPECT_EQ(archive->text(), u"&Archive Course"_s);

    archive->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model().indexOfCourse(biology.id).isValid(); }, kTimeoutMs));
    ASSERT_EQ(library->courses().size(), 1) << "only the courses in use are listed";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"Show Archived Courses"_s));
    EXPECT_EQ(undo->text(), u"&Undo Archive Course “Biology”"_s);
    undo->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().indexOfCourse(biology.id).isValid(); }, kTimeoutMs));
    window->findChild<QAction *>(u"redoAction"_s)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model().indexOfCourse(biology.id).isValid(); }, kTimeoutMs));

    // Shown again: after the courses in use, dimmed and in italics, and it can come back.
    showArchived->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().indexOfCourse(biology.id).isValid(); }, kTimeoutMs));
    const QModelIndex archived = model().indexOfCourse(biology.id);
    EXPECT_EQ(archived.row(), model().rowCount() - 1);
    EXPECT_TRUE(archived.data(LibraryTreeModel::ArchivedRole).toBool());
    EXPECT_TRUE(archived.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(archived.data(Qt::ToolTipRole).toString().contains(u"(archived)"_s));
    EXPECT_TRUE(window->grab().save(screenshotPath(u"library-archived.png"_s)));
    select(archived);
    EXPECT_EQ(archive->text(), u"Un&archive Course"_s);
    archive->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !model().indexOfCourse(biology.id).data(LibraryTreeModel::ArchivedRole).toBool(); }, kTimeoutMs));
    EXPECT_EQ(model().indexOfCourse(biology.id).row(), 0);
    EXPECT_EQ(library->courses().size(), 2);
    EXPECT_FALSE(library->courses().first().archived);

    // The choice to show them is remembered.
    window->close();
    window.reset();
    openWindow();
    EXPECT_TRUE(window->findChild<QAction *>(u"showArchivedCoursesAction"_s)->isChecked());
}

TEST_F(MainWindowTest, ALibraryThatCannotBeReadIsExplainedNotWelcomed)
{
    // A service that was never opened answers every read with an error, like a broken database.
    auto unopened = std::make_unique<LibraryService>(library->path());
    window = std::make_unique<MainWindow>(unopened.get());
    window->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::LoadFailed; }, kTimeoutMs));
    auto *message = window->findChild<QLabel *>(u"loadFailedPageMessage"_s);
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    ASSERT_NE(window->libraryModel()->loadError(), nullptr);
    EXPECT_TRUE(message->text().contains(window->libraryModel()->loadError()->message));
    EXPECT_FALSE(window->welcomePage()->isVisible());
    unopened.reset();
}

TEST_F(MainWindowTest, ScreenshotOfALibraryWithCourses)
{
    const Course biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
    const Course algebra = library->addCourse(u"Linear Algebra"_s, u"#3b82f6"_s);
    library->addCourse(u"History of Science"_s, u"#f97316"_s);
    library->addLecture(biology.id, u"Membranes and transport"_s, march12At(10), 3127000);
    library->addLecture(biology.id, u"The cell cycle and its checkpoints in eukaryotic cells"_s, march12At(12),
                        5400000);
    const Lecture eigen = library->addLecture(algebra.id, u"Eigenvalues"_s, march12At(14), 4980000);
    library->addLecture(algebra.id, u"Vector spaces"_s, QDateTime(), 0);
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().indexOfLecture(eigen.id).isValid(); }, kTimeoutMs));
    select(model().indexOfLecture(eigen.id));
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_TRUE(window->grab().save(screenshotPath(u"library.png"_s)));

    select(model().indexOfCourse(biology.id));
    EXPECT_EQ(window->courseDetailsPage()->summary(), u"2 lectures, 2:22:07 in total"_s);
    EXPECT_TRUE(window->grab().save(screenshotPath(u"course.png"_s)));
}

TEST_F(MainWindowTest, FollowsADarkPalette)
{
    const Course biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
    library->addCourse(u"Linear Algebra"_s, u"#3b82f6"_s);
    const Lecture lecture = library->addLecture(biology.id, u"Membranes and transport"_s, march12At(10), 3127000);
    library->addLecture(biology.id, u"The cell cycle"_s, march12At(12), 5400000);

    const QPalette original = QApplication::palette();
    // What the Dark theme in Preferences applies.
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);

    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().indexOfLecture(lecture.id).isValid(); }, kTimeoutMs));
    select(model().indexOfLecture(lecture.id));
    const QImage shot = window->grab().toImage();
    EXPECT_TRUE(shot.save(screenshotPath(u"library-dark.png"_s)));
    // Background of the sidebar's empty part and of the details area come from the palette.
    const QPoint sidebarBlank = window->sidebar()->mapTo(window.get(), QPoint(20, window->sidebar()->height() - 20));
    EXPECT_EQ(shot.pixelColor(sidebarBlank), dark.color(QPalette::Base));
    const QPoint detailsBlank = window->lectureDetailsPage()->mapTo(
        window.get(), QPoint(window->lectureDetailsPage()->width() - 20, window->lectureDetailsPage()->height() - 20));
    EXPECT_EQ(shot.pixelColor(detailsBlank), dark.color(QPalette::Window));

    library->closeService();
    window.reset();
    QApplication::setPalette(original);
}
