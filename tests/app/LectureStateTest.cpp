// Each lecture's transcript state in its sidebar row and on its page: queued or transcribing with
// a percentage, ready, or failed with the reason and a Retry that finishes it; against the fake
// Groq server.
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
#include "library/LectureDetailsPage.h"
#include "library/LectureStates.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include <QFrame>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

class LectureStateTest : public ::testing::Test
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

    // Drops a recording on the window, as a file manager does, and returns the new lecture's id
    // once it is imported and listed in the sidebar.
    QString dropRecording(const QString &name, int seconds)
    {
        const QString path = m_audio.filePath(name);
        EXPECT_TRUE(fake::WavWriter::writeFile(path, fake::TimeCodedAudio::generate(0, seconds)).ok());
        QSignalSpy imported(window->lectureJobs(), &LectureJobs::lectureImported);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent dropped(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &dropped);
        if (!imported.wait(kTimeoutMs))
            return {};
        const QString id = imported.first().at(0).value<Lecture>().id;
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->indexOfLecture(id).isValid(); }, kTimeoutMs));
        return id;
    }

    QString rowSummary(const QString &lectureId) const
    {
        return window->libraryModel()->indexOfLecture(lectureId).data(LibraryTreeModel::SummaryRole).toString();
    }

    LectureState::Kind rowState(const QString &lectureId) const
    {
        return LectureState::Kind(
            window->libraryModel()->indexOfLecture(lectureId).data(LibraryTreeModel::LectureStateRole).toInt());
    }

    LectureDetailsPage *openLecturePage(const QString &lectureId)
    {
        window->sidebar()->selectIndex(window->libraryModel()->indexOfLecture(lectureId));
        auto *page = window->findChild<LectureDetailsPage *>();
        EXPECT_TRUE(QTest::qWaitFor([&] { return page->isVisible(); }, kTimeoutMs));
        return page;
    }

    // The lecture's transcription fails because Groq refuses the key.
    QString failedLecture()
    {
        server.setApiKey(u"gsk_the_key_on_the_students_account"_s);
        const QString id = dropRecording(u"lecture.wav"_s, 12);
        EXPECT_TRUE(QTest::qWaitFor([&] { return rowState(id) == LectureState::Kind::Failed; }, kTimeoutMs));
        return id;
    }

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

TEST_F(LectureStateTest, ADroppedRecordingShowsItsProgressThenReadyInItsRow)
{
    // Each answer takes a moment, so the transcription is seen while it runs.
    server.addFault(fake::FaultRule::latency(700));
    openWindow();
    const QString id = dropRecording(u"membranes.wav"_s, 20);
    ASSERT_FALSE(id.isEmpty());

    QStringList seen;
    const bool ready = QTest::qWaitFor(
        [&] {
            const QString summary = rowSummary(id);
            if (seen.isEmpty() || seen.last() != summary)
                seen.append(summary);
            return rowState(id) == LectureState::Kind::Ready;
        },
        kTimeoutMs);
    ASSERT_TRUE(ready) << seen.join(u" | "_s).toStdString();
    const QRegularExpression inProgress(u"· (Queued|Transcribing \\d{1,3}%)$"_s);
    EXPECT_TRUE(std::any_of(seen.cbegin(), seen.cend(), [&](const QString &s) { return inProgress.match(s).hasMatch(); }))
        << seen.join(u" | "_s).toStdString();
    // Date and duration stay in front of the state.
    EXPECT_TRUE(rowSummary(id).endsWith(u"0:20 · Ready"_s)) << rowSummary(id).toStdString();

    LectureDetailsPage *page = openLecturePage(id);
    EXPECT_FALSE(page->stateBanner()->isVisible()) << "a transcribed lecture needs no banner";
}

TEST_F(LectureStateTest, AFailureShowsItsReasonInTheRowAndRetryOnTheLecturePageFinishesIt)
{
    openWindow();
    const QString id = failedLecture();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_TRUE(rowSummary(id).contains(u"Failed: "_s)) << rowSummary(id).toStdString();
    EXPECT_TRUE(rowSummary(id).contains(u"key"_s, Qt::CaseInsensitive)) << rowSummary(id).toStdString();

    LectureDetailsPage *page = openLecturePage(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->stateBanner()->isVisible(); }, kTimeoutMs));
    EXPECT_TRUE(page->stateLabel()->text().startsWith(u"Transcription failed: "_s)) << page->stateLabel()->text().toStdString();
    EXPECT_TRUE(page->retryButton()->isVisible());
    EXPECT_FALSE(page->transcribeButton()->isVisible());
    EXPECT_TRUE(window->grab().save(screenshotPath(u"lecture-failed.png"_s)));

    // The student fixes the key and retries from the lecture itself.
    server.setApiKey(m_studentsKey);
    QTest::mouseClick(page->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowState(id) == LectureState::Kind::Ready; }, kTimeoutMs))
        << rowSummary(id).toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !page->stateBanner()->isVisible(); }, kTimeoutMs));
    EXPECT_GT(library->run([id](LibraryStore &s) { return s.segments(id); })->size(), 0);
}

TEST_F(LectureStateTest, ARecordingWithoutATranscriptOffersTranscribe)
{
    openWindow();
    const QString id = failedLecture();
    ASSERT_FALSE(id.isEmpty());
    // Dismissing the failure leaves a lecture with a recording and no transcript.
    QTest::mouseClick(window->jobsPanel()->rowWidget(id)->dismissButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowState(id) == LectureState::Kind::NotTranscribed; }, kTimeoutMs))
        << rowSummary(id).toStdString();
    EXPECT_TRUE(rowSummary(id).endsWith(u"Not transcribed"_s)) << rowSummary(id).toStdString();

    LectureDetailsPage *page = openLecturePage(id);
    EXPECT_TRUE(page->stateBanner()->isVisible());
    EXPECT_EQ(page->stateLabel()->text(), u"Not transcribed yet"_s);
    EXPECT_TRUE(page->transcribeButton()->isVisible());
    EXPECT_FALSE(page->retryButton()->isVisible());

    server.setApiKey(m_studentsKey);
    QTest::mouseClick(page->transcribeButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowState(id) == LectureState::Kind::Ready; }, kTimeoutMs))
        << rowSummary(id).toStdString();
    EXPECT_FALSE(page->stateBanner()->isVisible());
}
