#include "library/LibraryService.h"

#include "LibraryTestSupport.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace lectern;
using namespace lectern::test;

namespace {
constexpr int kTimeoutMs = 10'000;

class LibraryServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    void openService()
    {
        QFuture<Status> opened = m_service->open();
        opened.waitForFinished();
        ASSERT_TRUE(isOk(opened.result()));
    }

    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryService> m_service = std::make_unique<LibraryService>(m_dir.path(), m_clock);
};
} // namespace

TEST_F(LibraryServiceTest, RunsWorkOnItsOwnThreadAndAnnouncesTheChange)
{
    openService();
    QSignalSpy coursesChanged(m_service.get(), &LibraryService::coursesChanged);
    QThread *workerThread = nullptr;
    QFuture<Result<Course>> created = m_service->submit([&workerThread](LibraryStore &store) {
        workerThread = QThread::currentThread();
        return store.createCourse(QStringLiteral("Biologie"));
    });
    ASSERT_TRUE(coursesChanged.wait(kTimeoutMs));
    EXPECT_EQ(coursesChanged.count(), 1);
    created.waitForFinished();
    ASSERT_TRUE(isOk(created.result()));
    EXPECT_EQ(created.result()->name, QStringLiteral("Biologie"));
    EXPECT_NE(workerThread, nullptr);
    EXPECT_NE(workerThread, QThread::currentThread());

    const auto listed = m_service->submit([](LibraryStore &store) { return store.courses(); }).result();
    ASSERT_TRUE(isOk(listed));
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().id, created.result()->id);
}

TEST_F(LibraryServiceTest, ContinuationsAndSignalsArriveOnTheCallersThread)
{
    openService();
    QObject receiver;
    QThread *signalThread = nullptr;
    QObject::connect(m_service.get(), &LibraryService::coursesChanged, &receiver,
                     [&signalThread] { signalThread = QThread::currentThread(); });
    bool done = false;
    QThread *continuationThread = nullptr;
    QString createdName;
    m_service->submit([](LibraryStore &store) { return store.createCourse(QStringLiteral("Analysis")); })
        .then(&receiver, [&](Result<Course> course) {
            EXPECT_TRUE(isOk(course));
            createdName = course.ok() ? course->name : QString();
            continuationThread = QThread::currentThread();
            done = true;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done && signalThread; }, kTimeoutMs));
    EXPECT_EQ(createdName, QStringLiteral("Analysis"));
    EXPECT_EQ(continuationThread, QThread::currentThread());
    EXPECT_EQ(signalThread, QThread::currentThread());
}

TEST_F(LibraryServiceTest, ChangeSignalsNameTheCourseOrLecture)
{
    openService();
    QSignalSpy lecturesChanged(m_service.get(), &LibraryService::lecturesChanged);
    QSignalSpy transcriptChanged(m_service.get(), &LibraryService::transcriptChanged);
    QSignalSpy notesChanged(m_service.get(), &LibraryService::notesChanged);
    QSignalSpy flashcardsChanged(m_service.get(), &LibraryService::flashcardsChanged);
    QSignalSpy studyItemsChanged(m_service.get(), &LibraryService::studyItemsChanged);

    const auto ids = m_service->submit([](LibraryStore &store) -> Result<QStringList> {
        const auto course = store.createCourse(QStringLiteral("Chemie"));
        if (!course)
            return course.error();
        Lecture draft;
        draft.courseId = course->id;
        draft.title = QStringLiteral("Redox");
        const auto lecture = store.createLecture(draft);
        if (!lecture)
            return lecture.error();
        TranscriptSegment segment;
        segment.endMs = 1000;
        segment.text = QStringLiteral("Oxidation ist Elektronenabgabe.");
        const auto check = [](const auto &result) -> Status { return result.ok() ? success() : Status(result.error()); };
        for (const Status &s : {check(store.replaceSegments(lecture->id, {segment})),
                                check(store.setNote(lecture->id, QStringLiteral("OIL RIG"))),
                                check(store.createFlashcard({{}, lecture->id, QStringLiteral("Oxidation?"),
                                                             QStringLiteral("Elektronenabgabe"), {}, {}})),
                                check(store.putStudyItem({{}, lecture->id, StudyItemKind::Summary, 0, {}, {}}))}) {
            if (!s)
                return s.error();
        }
        return QStringList{course->id, lecture->id};
    });
    ASSERT_TRUE(studyItemsChanged.wait(kTimeoutMs));
    ASSERT_TRUE(isOk(ids.result()));
    const QString courseId = ids.result()->at(0);
    const QString lectureId = ids.result()->at(1);
    ASSERT_EQ(lecturesChanged.count(), 1);
    EXPECT_EQ(lecturesChanged.first().first().toString(), courseId);
    ASSERT_EQ(transcriptChanged.count(), 1);
    EXPECT_EQ(transcriptChanged.first().first().toString(), lectureId);
    ASSERT_EQ(notesChanged.count(), 1);
    EXPECT_EQ(notesChanged.first().first().toString(), lectureId);
    ASSERT_EQ(flashcardsChanged.count(), 1);
    EXPECT_EQ(flashcardsChanged.first().first().toString(), lectureId);
    EXPECT_EQ(studyItemsChanged.first().first().toString(), lectureId);
}

TEST_F(LibraryServiceTest, AFailedWriteAnnouncesNothing)
{
    openService();
    QSignalSpy coursesChanged(m_service.get(), &LibraryService::coursesChanged);
    const auto failed = m_service->submit([](LibraryStore &store) { return store.createCourse(QString()); }).result();
    EXPECT_EQ(errorCode(failed), QStringLiteral("invalid_argument"));
    // A later write's signal proves the event loop ran past the failed one.
    (void)m_service->submit([](LibraryStore &store) { return store.createCourse(QStringLiteral("Ok")); });
    ASSERT_TRUE(coursesChanged.wait(kTimeoutMs));
    EXPECT_EQ(coursesChanged.count(), 1);
}

TEST_F(LibraryServiceTest, CancelledWorkThatHasNotStartedIsSkipped)
{
    openService();
    // Hold the worker inside a first task until the second one has been cancelled.
    QSemaphore started;
    QSemaphore release;
    QFuture<Status> blocker = m_service->submit([&](LibraryStore &) -> Status {
        started.release();
        release.acquire();
        return success();
    });
    started.acquire();
    bool ran = false;
    QFuture<Result<Course>> superseded = m_service->submit([&ran](LibraryStore &store) {
        ran = true;
        return store.createCourse(QStringLiteral("Superseded"));
    });
    superseded.cancel();
    release.release();
    const auto courses = m_service->submit([](LibraryStore &store) { return store.courses(); }).result();
    ASSERT_TRUE(isOk(courses));
    EXPECT_TRUE(courses->isEmpty());
    EXPECT_FALSE(ran);
    EXPECT_TRUE(superseded.isCanceled());
    EXPECT_TRUE(blocker.isFinished());
}

TEST_F(LibraryServiceTest, WorkBeforeOpeningGetsAClearError)
{
    const auto result = m_service->submit([](LibraryStore &store) { return store.courses(); }).result();
    EXPECT_EQ(errorCode(result), QStringLiteral("library_not_open"));
    EXPECT_FALSE(result.error().message.isEmpty());
}

TEST_F(LibraryServiceTest, OpeningReportsWhyTheLibraryCannotBeUsed)
{
    QFile garbage(m_dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray("not a database").repeated(100));
    garbage.close();
    const Status opened = m_service->open().result();
    EXPECT_EQ(errorCode(opened), QStringLiteral("library_corrupt"));
    EXPECT_EQ(errorCode(m_service->submit([](LibraryStore &store) { return store.courses(); }).result()),
              QStringLiteral("library_not_open"));
}

TEST_F(LibraryServiceTest, DestructionFinishesQueuedWorkAndClosesTheDatabase)
{
    openService();
    QList<QFuture<Result<Course>>> pending;
    for (int i = 0; i < 20; ++i)
        pending.append(m_service->submit([i](LibraryStore &store) { return store.createCourse(QStringLiteral("Kurs %1").arg(i)); }));
    m_service.reset();
    for (const auto &future : pending) {
        ASSERT_TRUE(future.isFinished());
        EXPECT_TRUE(isOk(future.result()));
    }
    // Everything was committed and the connection is gone: the file opens cleanly again.
    const auto store = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_TRUE(isOk(store));
    EXPECT_EQ((*store)->courses()->size(), 20);
}
