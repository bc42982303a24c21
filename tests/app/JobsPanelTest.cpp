// Dropping recordings onto the window: imported, transcribed through the fake Groq server, shown in
// the jobs panel with progress, Cancel, and a failure's reason with Retry.
#include "TemporaryLibrary.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"
#include "TimeCode.h"
#include "WavWriter.h"
#include "base/Settings.h"
#include "i18n/Translations.h"
#include "jobs/JobRowWidget.h"
#include "jobs/JobsPanel.h"
#include "jobs/LectureJobs.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <optional>

#include <QDockWidget>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

class JobsPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
        installTranslations(QLocale(QLocale::English), &m_translations);
        ASSERT_TRUE(m_audio.isValid());
        ASSERT_TRUE(server.listen().ok());
        // The app reaches Groq the way a student configures it: base URL and key from the environment.
        m_groq.emplace(server);
        m_studentsKey = server.options().apiKey;
        library = std::make_unique<TemporaryLibrary>();
    }

    void TearDown() override
    {
        library->closeService();
        window.reset();
        library.reset();
        m_groq.reset();
    }

    MainWindow &openWindow()
    {
        window = std::make_unique<MainWindow>(&library->service());
        window->resize(1000, 700);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));
        return *window;
    }

    QString recording(const QString &name, int seconds)
    {
        const QString path = m_audio.filePath(name);
        EXPECT_TRUE(fake::WavWriter::writeFile(path, fake::TimeCodedAudio::generate(0, seconds)).ok());
        return path;
    }

    // What a file manager does when recordings are dropped on the window.
    void drop(const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime.setUrls(urls);
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        ASSERT_TRUE(enter.isAccepted()) << "the window takes the drag";
        QDropEvent dropped(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &dropped);
        ASSERT_TRUE(dropped.isAccepted());
    }

    QList<Lecture> lecturesOf(const QString &courseId)
    {
        return library->run([courseId](LibraryStore &s) { return s.lectures(courseId); }).value();
    }

    int segmentCount(const QString &lectureId)
    {
        return int(library->run([lectureId](LibraryStore &s) { return s.segments(lectureId); })->size());
    }

    QDockWidget *jobsDock() { return window->findChild<QDockWidget *>(u"jobsDock"_s); }

    fake::FakeGroqServer server;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
    QString m_studentsKey;

private:
    QObject m_translations;
    QTemporaryDir m_audio;
    std::optional<fake::GroqEnvironment> m_groq;
};

} // namespace

TEST_F(JobsPanelTest, DroppedRecordingsAreImportedIntoTheSelectedCourseAndTranscribed)
{
    const Course biology = library->addCourse(u"Biology"_s);
    MainWindow &main = openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return main.libraryModel()->indexOfCourse(biology.id).isValid(); }, kTimeoutMs));
    main.sidebar()->selectIndex(main.libraryModel()->indexOfCourse(biology.id));
    ASSERT_FALSE(jobsDock()->isVisible()) << "nothing to show before a job starts";

    QSignalSpy transcribed(main.lectureJobs(), &LectureJobs::transcriptionFinished);
    drop({recording(u"membranes.wav"_s, 20), recording(u"osmosis.wav"_s, 15)});
    EXPECT_TRUE(jobsDock()->isVisible()) << "a drop shows the jobs panel";
    EXPECT_EQ(main.jobsPanel()->rowCount(), 2);

    ASSERT_TRUE(QTest::qWaitFor([&] { return transcribed.size() == 2; }, kTimeoutMs));
    for (const auto &signal : transcribed)
        EXPECT_TRUE(signal.at(1).toBool());
    const QList<Lecture> lectures = lecturesOf(biology.id);
    ASSERT_EQ(lectures.size(), 2);
    for (const Lecture &lecture : lectures) {
        EXPECT_GT(segmentCount(lecture.id), 0) << lecture.title.toStdString();
        EXPECT_TRUE(QTest::qWaitFor([&] { return main.libraryModel()->indexOfLecture(lecture.id).isValid(); }, kTimeoutMs))
            << "the new lecture is listed under its course";
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return main.jobsPanel()->rowCount() == 0; }, kTimeoutMs)) << "finished jobs leave the panel";
    EXPECT_TRUE(main.jobsPanel()->findChild<QLabel *>(u"jobsEmptyLabel"_s)->isVisible());
}

TEST_F(JobsPanelTest, AFailureSaysWhyAndRetryFinishesTheJob)
{
    server.setApiKey(u"gsk_the_key_on_the_students_account"_s);
    MainWindow &main = openWindow();
    drop({recording(u"lecture.wav"_s, 12)});

    JobRowWidget *failed = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const LectureJobs::Row &row : main.lectureJobs()->rows()) {
                if (row.kind == LectureJobs::Row::Kind::Transcription && row.state == LectureJobs::Row::State::Failed)
                    failed = main.jobsPanel()->rowWidget(row.key);
            }
            return failed != nullptr;
        },
        kTimeoutMs));
    EXPECT_TRUE(failed->statusLabel()->text().contains(u"key"_s, Qt::CaseInsensitive)) << failed->statusLabel()->text().toStdString();
    EXPECT_TRUE(failed->retryButton()->isVisible());
    EXPECT_TRUE(failed->dismissButton()->isVisible());
    EXPECT_FALSE(failed->cancelButton()->isVisible());
    EXPECT_FALSE(failed->progressBar()->isVisible());
    EXPECT_TRUE(main.grab().save(screenshotPath(u"jobs-failed.png"_s)));

    // The student fixes the key and retries.
    server.setApiKey(m_studentsKey);
    QSignalSpy transcribed(main.lectureJobs(), &LectureJobs::transcriptionFinished);
    QTest::mouseClick(failed->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(transcribed.wait(kTimeoutMs));
    EXPECT_TRUE(transcribed.first().at(1).toBool());
    EXPECT_GT(segmentCount(transcribed.first().at(0).toString()), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return main.jobsPanel()->rowCount() == 0; }, kTimeoutMs));
}

TEST_F(JobsPanelTest, CancelStopsATranscriptionThatHangs)
{
    server.addFault(fake::FaultRule::stall());
    MainWindow &main = openWindow();
    QSignalSpy started(&server, &fake::FakeGroqServer::requestStarted);
    drop({recording(u"lecture.wav"_s, 12)});
    ASSERT_TRUE(started.wait(kTimeoutMs)) << "the upload reached Groq and hangs there";

    const LectureJobs::Row *running = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const LectureJobs::Row &row : main.lectureJobs()->rows())
                running = row.kind == LectureJobs::Row::Kind::Transcription ? &row : running;
            return running != nullptr;
        },
        kTimeoutMs));
    const QString lectureId = running->key;
    JobRowWidget *row = main.jobsPanel()->rowWidget(lectureId);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->progressBar()->isVisible());
    EXPECT_TRUE(main.grab().save(screenshotPath(u"jobs-running.png"_s)));

    QSignalSpy finished(main.lectureJobs(), &LectureJobs::transcriptionFinished);
    QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_FALSE(finished.first().at(1).toBool());
    EXPECT_TRUE(QTest::qWaitFor([&] { return main.jobsPanel()->rowCount() == 0; }, kTimeoutMs));
    EXPECT_EQ(segmentCount(lectureId), 0);
}

TEST_F(JobsPanelTest, AFileThatIsNotAudioIsReportedByName)
{
    MainWindow &main = openWindow();
    QTemporaryDir dir;
    const QString notes = dir.filePath(u"reading-list.pdf"_s);
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 this is not a recording");
    file.close();
    drop({notes});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const LectureJobs::Row *row = main.lectureJobs()->row(notes);
            return row && row->state == LectureJobs::Row::State::Failed;
        },
        kTimeoutMs));
    JobRowWidget *row = main.jobsPanel()->rowWidget(notes);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->statusLabel()->text().contains(u"reading-list.pdf"_s)) << row->statusLabel()->text().toStdString();
    QTest::mouseClick(row->dismissButton(), Qt::LeftButton);
    EXPECT_EQ(main.jobsPanel()->rowCount(), 0);
    EXPECT_EQ(server.requestCount(), 0);
}
