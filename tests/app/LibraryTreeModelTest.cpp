#include "TemporaryLibrary.h"

#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kLoadTimeoutMs = 5000;

class LibraryTreeModelTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        library.closeService();
        model.reset();
    }

    LibraryTreeModel &openModel()
    {
        model = std::make_unique<LibraryTreeModel>(&library.service());
        // Fails the test (through Qt's warning handler) on any inconsistent signal or index.
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_TRUE(QTest::qWaitFor([&] { return model->isLoaded(); }, kLoadTimeoutMs));
        return *model;
    }

    QStringList topLevelNames() const
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        return names;
    }

    TemporaryLibrary library;
    std::unique_ptr<LibraryTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(LibraryTreeModelTest, LoadsCoursesInTheLibrarysOrderWithTheirLectures)
{
    const Course zoology = library.addCourse(u"Zoology"_s);
    const Course algebra = library.addCourse(u"Algebra"_s);
    library.addLecture(zoology.id, u"Birds"_s, QDateTime(QDate(2025, 1, 10), QTime(9, 0), QTimeZone::utc()), 1000);
    library.addLecture(zoology.id, u"Fish"_s, QDateTime(QDate(2025, 1, 17), QTime(9, 0), QTimeZone::utc()), 1000);

    openModel();
    EXPECT_EQ(topLevelNames(), (QStringList{u"Algebra"_s, u"Zoology"_s}));
    EXPECT_EQ(model->courseCount(), 2);
    const QModelIndex zoo = model->indexOfCourse(zoology.id);
    ASSERT_EQ(model->rowCount(zoo), 2);
    // Newest recording first, as the library orders them.
    EXPECT_EQ(model->index(0, 0, zoo).data().toString(), u"Fish"_s);
    EXPECT_EQ(model->index(1, 0, zoo).data(LibraryTreeModel::CourseIdRole).toString(), zoology.id);
    EXPECT_EQ(model->kind(model->index(0, 0, zoo)), LibraryTreeModel::ItemKind::Lecture);
    EXPECT_EQ(model->rowCount(model->indexOfCourse(algebra.id)), 0);
}

TEST_F(LibraryTreeModelTest, KeepsRowsInPlaceWhenACourseIsRenamedOrAnotherAdded)
{
    const Course physics = library.addCourse(u"Physics"_s);
    const Lecture optics = library.addLecture(physics.id, u"Optics"_s, QDateTime(), 0);
    openModel();
    const QPersistentModelIndex course = model->indexOfCourse(physics.id);
    const QPersistentModelIndex lecture = model->indexOfLecture(optics.id);
    ASSERT_TRUE(course.isValid());
    ASSERT_TRUE(lecture.isValid());

    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(library.run([&](LibraryStore &store) { return store.renameCourse(physics.id, u"Applied Physics"_s); }).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return course.data().toString() == u"Applied Physics"_s; }, kLoadTimeoutMs));

    // A course sorting before it moves it down a row; the persistent indexes follow.
    library.addCourse(u"Acoustics"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 2; }, kLoadTimeoutMs));
    EXPECT_EQ(topLevelNames(), (QStringList{u"Acoustics"_s, u"Applied Physics"_s}));
    EXPECT_EQ(course.row(), 1);
    EXPECT_EQ(lecture.data().toString(), u"Optics"_s);
    EXPECT_EQ(lecture.parent(), QModelIndex(course));
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(LibraryTreeModelTest, FollowsLectureChangesOfOneCourse)
{
    const Course course = library.addCourse(u"Chemistry"_s);
    openModel();
    const QPersistentModelIndex parent = model->indexOfCourse(course.id);

    const Lecture first = library.addLecture(course.id, u"Atoms"_s, QDateTime(), 60000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount(parent) == 1; }, kLoadTimeoutMs));
    ASSERT_TRUE(library.run([&](LibraryStore &store) { return store.setLectureDuration(first.id, 120000); }).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->index(0, 0, parent).data(LibraryTreeModel::SummaryRole).toString() == u"2:00"_s; },
        kLoadTimeoutMs));
    ASSERT_TRUE(library.run([&](LibraryStore &store) { return store.deleteLecture(first.id); }).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount(parent) == 0; }, kLoadTimeoutMs));
}

TEST_F(LibraryTreeModelTest, ShowsUnfiledLecturesInTheirOwnGroupWhileThereAreAny)
{
    const Course course = library.addCourse(u"Biology"_s);
    openModel();
    EXPECT_EQ(model->rowCount(), 1);

    const Lecture loose = library.addLecture(QString(), u"Guest talk"_s, QDateTime(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 2; }, kLoadTimeoutMs));
    const QModelIndex group = model->index(1, 0);
    EXPECT_EQ(model->kind(group), LibraryTreeModel::ItemKind::UnfiledGroup);
    EXPECT_EQ(group.data().toString(), u"Unfiled Lectures"_s);
    EXPECT_EQ(model->courseAt(group), nullptr);
    EXPECT_EQ(model->courseCount(), 1);
    EXPECT_EQ(model->index(0, 0, group).data().toString(), u"Guest talk"_s);

    // Filing it under the course empties the group, which then goes away.
    ASSERT_TRUE(library.run([&](LibraryStore &store) { return store.moveLecture(loose.id, course.id); }).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 1; }, kLoadTimeoutMs));
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->rowCount(model->index(0, 0)) == 1; }, kLoadTimeoutMs));
}

TEST_F(LibraryTreeModelTest, ReportsCourseCountChangesForTheEmptyState)
{
    openModel();
    EXPECT_EQ(model->courseCount(), 0);
    QSignalSpy counts(model.get(), &LibraryTreeModel::courseCountChanged);
    const Course course = library.addCourse(u"Art"_s);
    ASSERT_TRUE(counts.wait(kLoadTimeoutMs));
    EXPECT_EQ(counts.last().first().toInt(), 1);
    ASSERT_TRUE(library.run([&](LibraryStore &store) { return store.deleteCourse(course.id); }).ok());
    ASSERT_TRUE(counts.wait(kLoadTimeoutMs));
    EXPECT_EQ(counts.last().first().toInt(), 0);
}
