#include "TemporaryLibrary.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"

#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "recording/FilePcmSource.h"
#include "recording/LevelMeter.h"
#include "recording/Recorder.h"
#include "recording/RecordingController.h"
#include "recording/RecordingInputs.h"
#include "recording/RecordingPanel.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kLectureScript = u"Osmosis is the movement of water across a semipermeable membrane, from the side "
                               u"with fewer dissolved particles to the side with more."_s;

// A voice-like test signal: a tone whose loudness rises and falls a few times a second, the way
// syllables do, so the level meter moves as it would for a lecturer.
PcmSamples lectureLikeAudio(qint64 ms)
{
    PcmSamples samples(size_t(pcmMsToSamples(ms)));
    for (size_t i = 0; i < samples.size(); ++i) {
        const double t = double(i) / kPcmSampleRate;
        const double envelope = (0.55 + 0.45 * std::sin(2 * std::numbers::pi * 3.1 * t))
            * (0.7 + 0.3 * std::sin(2 * std::numbers::pi * 0.37 * t));
        samples[i] = qint16(std::lround(0.35 * envelope * 32767.0 * std::sin(2 * std::numbers::pi * 220.0 * t)));
    }
    return samples;
}

// One "microphone" that plays a file-like buffer, so the panel is driven as with a real one.
class FileInputs : public RecordingInputs
{
public:
    FileInputs(PcmSamples pcm, const FilePcmSource::Options &options) : m_pcm(std::move(pcm)), m_options(options) {}

    QList<Input> inputs() const override { return {{u"hall"_s, u"Lecture hall microphone"_s, true}}; }
    std::unique_ptr<PcmSource> open(const QString &id) override
    {
        if (id != u"hall"_s)
            return nullptr;
        auto source = std::make_unique<FilePcmSource>(m_pcm, u"Lecture hall microphone"_s, m_options);
        if (onOpened)
            onOpened(source.get());
        return source;
    }

    std::function<void(FilePcmSource *)> onOpened;

private:
    PcmSamples m_pcm;
    FilePcmSource::Options m_options;
};

struct PaletteGuard
{
    QPalette original = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(original); }
};

class RecordingPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Transcription after the import must not reach a real Groq account.
        qunsetenv("GROQ_API_KEY");
        qputenv("GROQ_BASE_URL", "http://127.0.0.1:9/openai/v1");
        library = std::make_unique<TemporaryLibrary>();
        biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
        library->addCourse(u"Linear Algebra"_s, u"#3b82f6"_s);
    }

    void TearDown() override
    {
        library->closeService();
        window.reset();
        library.reset();
    }

    MainWindow &openWindow()
    {
        window = std::make_unique<MainWindow>(&library->service());
        window->resize(1000, 640);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));
        return *window;
    }

    // Opens the recording window through its shortcut with `inputs` as the microphones.
    RecordingPanel &openPanel(std::unique_ptr<FileInputs> inputs)
    {
        RecordingController &controller = *window->recording();
        controller.setInputs(std::move(inputs));
        EXPECT_EQ(controller.recordAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        controller.recordAction()->trigger();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(controller.panelWindow()));
        return *controller.panel();
    }

    QList<Lecture> lecturesIn(const QString &courseId)
    {
        LibraryTreeModel &model = *window->libraryModel();
        return model.lecturesAt(courseId.isEmpty() ? model.index(model.rowCount() - 1, 0) : model.indexOfCourse(courseId));
    }

    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
    Course biology;
};

} // namespace

TEST_F(RecordingPanelTest, RecordPauseAndStopAddTheLectureToTheChosenCourse)
{
    openWindow();
    FilePcmSource::Options options;
    options.speed = 10.0;
    auto inputs = std::make_unique<FileInputs>(lectureLikeAudio(60000), options);
    // Pause after the first second and resume after the second, both on block boundaries.
    RecordingPanel *panel = nullptr;
    inputs->onOpened = [&](FilePcmSource *source) {
        QObject::connect(source, &FilePcmSource::positionChanged, source, [&](qint64 positionMs) {
            if (positionMs == 1000 || positionMs == 2000)
                QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
            else if (positionMs == 3000)
                QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        });
    };
    panel = &openPanel(std::move(inputs));
    EXPECT_EQ(panel->inputBox()->currentText(), u"Lecture hall microphone"_s);
    EXPECT_FALSE(panel->pauseButton()->isEnabled());
    panel->courseBox()->setCurrentIndex(panel->courseBox()->findText(u"Cell Biology"_s));

    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    Recorder &recorder = *panel->recorder();
    EXPECT_EQ(recorder.state(), Recorder::State::Recording);
    EXPECT_FALSE(panel->recordButton()->isEnabled());
    EXPECT_FALSE(panel->courseBox()->isEnabled()) << "the course is fixed once recording starts";
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.state() == Recorder::State::Paused; }, kTimeoutMs));
    EXPECT_EQ(panel->pauseButton()->text(), u"Res&ume"_s);
    EXPECT_TRUE(panel->stateLabel()->text().contains(u"Paused"_s));
    EXPECT_EQ(panel->elapsedLabel()->text(), u"00:00:01"_s);
    EXPECT_EQ(panel->levelMeter()->rmsPosition(), 0.0) << "a paused recorder hears nothing";

    ASSERT_TRUE(QTest::qWaitFor([&] { return !lecturesIn(biology.id).isEmpty(); }, kTimeoutMs));
    const Lecture lecture = lecturesIn(biology.id).first();
    // Two seconds were recorded; the paused one is not in the lecture.
    EXPECT_NEAR(double(lecture.durationMs), 2000.0, 60.0);
    EXPECT_TRUE(lecture.title.startsWith(u"Recording of"_s)) << lecture.title.toStdString();
    EXPECT_TRUE(lecture.audioPath.endsWith(u".opus"_s));
    EXPECT_TRUE(QFileInfo(QDir(library->path()).filePath(lecture.audioPath)).isFile());
    EXPECT_EQ(panel->elapsedLabel()->text(), u"00:00:02"_s);
    EXPECT_TRUE(panel->recordButton()->isEnabled()) << "ready for the next recording";
    EXPECT_TRUE(QDir(window->recording()->folder()).entryList(QDir::Files).isEmpty())
        << "nothing is left to recover once the lecture exists";
}

TEST_F(RecordingPanelTest, OffersToRecoverAnUnfinishedRecordingAtStart)
{
    // A recording whose recorder died: complete up to a point, then cut mid-page.
    const QString folder = RecordingFile::folder(library->path());
    Recorder crashed(folder);
    FilePcmSource::Options fast;
    fast.speed = 20.0;
    ASSERT_TRUE(crashed.start(std::make_unique<FilePcmSource>(lectureLikeAudio(3000), u"hall"_s, fast), {biology.id, {}, {}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return crashed.state() == Recorder::State::Idle; }, kTimeoutMs));
    const QString audioPath = crashed.recording().audioPath;
    ASSERT_TRUE(QFile::resize(audioPath, QFileInfo(audioPath).size() - 150));

    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->recording()->recoveryPrompt() != nullptr; }, kTimeoutMs));
    QMessageBox *prompt = window->recording()->recoveryPrompt();
    EXPECT_TRUE(prompt->text().startsWith(u"An unfinished recording from "_s)) << prompt->text().toStdString();
    EXPECT_TRUE(prompt->text().contains(u"(0:02)"_s) || prompt->text().contains(u"(0:03)"_s))
        << prompt->text().toStdString();
    EXPECT_TRUE(prompt->grab().save(screenshotPath(u"recording-recovery.png"_s)));
    QTest::mouseClick(prompt->findChild<QPushButton *>(u"recoverButton"_s), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !lecturesIn(biology.id).isEmpty(); }, kTimeoutMs));
    const Lecture lecture = lecturesIn(biology.id).first();
    EXPECT_GT(lecture.durationMs, 2000);
    EXPECT_LE(lecture.durationMs, 3000);
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files).isEmpty());
}

TEST_F(RecordingPanelTest, ScreenshotsWhileRecordingInLightAndDarkPalettes)
{
    fake::FakeGroqServer groq;
    ASSERT_TRUE(groq.listen());
    groq.transcriber().setScript(kLectureScript);
    const fake::GroqEnvironment groqEnvironment(groq);
    openWindow();
    window->sidebar()->selectIndex(window->libraryModel()->indexOfCourse(biology.id));
    FilePcmSource::Options options;
    options.blockMs = 200;
    options.speed = 100.0;
    RecordingPanel *shown = nullptr;
    auto inputs = std::make_unique<FileInputs>(lectureLikeAudio(180000), options);
    // The feed stops past 1:20, on a block where a syllable is loud, and the picture is taken.
    bool fedEnough = false;
    inputs->onOpened = [&](FilePcmSource *source) {
        QObject::connect(source, &FilePcmSource::positionChanged, source, [&, source](qint64 positionMs) {
            if (positionMs >= 80000 && shown->levelMeter()->rmsPosition() > 0.75) {
                source->stop();
                fedEnough = true;
            }
        });
    };
    RecordingPanel &panel = openPanel(std::move(inputs));
    shown = &panel;
    EXPECT_EQ(panel.courseBox()->currentText(), u"Cell Biology"_s) << "the course selected in the sidebar";
    QDialog &recordingWindow = *window->recording()->panelWindow();

    QTest::mouseClick(panel.recordButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return fedEnough; }, kTimeoutMs));
    // Two half-minute chunks have gone to Groq by now; their rough text shows under the meter.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return panel.liveTranscriptView()->toPlainText() == kLectureScript + u' ' + kLectureScript; },
        kTimeoutMs));
    recordingWindow.resize(560, 560);
    EXPECT_TRUE(panel.stateLabel()->text().contains(u"Recording"_s));
    EXPECT_TRUE(panel.elapsedLabel()->text().startsWith(u"00:01:"_s)) << panel.elapsedLabel()->text().toStdString();
    EXPECT_TRUE(recordingWindow.grab().save(screenshotPath(u"recording.png"_s)));

    {
        PaletteGuard guard;
        QApplication::setPalette(darkThemePalette());
        QTest::qWait(0);
        const QImage shot = recordingWindow.grab().toImage();
        EXPECT_TRUE(shot.save(screenshotPath(u"recording-dark.png"_s)));
        EXPECT_EQ(shot.pixelColor(5, shot.height() - 5), darkThemePalette().color(QPalette::Window));
    }

    panel.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !lecturesIn(biology.id).isEmpty(); }, kTimeoutMs));
    // The full transcription runs against the fake server too; wait for it before the library goes.
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.liveTranscriptView()->isHidden(); }, kTimeoutMs));
}

TEST_F(RecordingPanelTest, WithoutAKeyThereIsNoLiveTranscript)
{
    openWindow();
    FilePcmSource::Options options;
    options.speed = 20.0;
    RecordingPanel &panel = openPanel(std::make_unique<FileInputs>(lectureLikeAudio(1000), options));
    QTest::mouseClick(panel.recordButton(), Qt::LeftButton);
    EXPECT_TRUE(panel.liveTranscriptView()->isHidden());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !lecturesIn(biology.id).isEmpty() || !lecturesIn({}).isEmpty(); },
                                kTimeoutMs));
}

TEST_F(RecordingPanelTest, TheLiveTranscriptGivesWayToTheFullOneWhenTheRecordingEnds)
{
    fake::FakeGroqServer groq;
    ASSERT_TRUE(groq.listen());
    groq.transcriber().setScript(kLectureScript);
    const fake::GroqEnvironment groqEnvironment(groq);
    openWindow();
    FilePcmSource::Options options;
    options.speed = 40.0;
    // The source ends after 65 s, which stops the recording: two live chunks, 5 s left over.
    RecordingPanel &panel = openPanel(std::make_unique<FileInputs>(lectureLikeAudio(65000), options));
    QTest::mouseClick(panel.recordButton(), Qt::LeftButton);
    EXPECT_TRUE(panel.liveTranscriptView()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.liveTranscriptView()->toPlainText().contains(kLectureScript); },
                                kTimeoutMs));

    ASSERT_TRUE(QTest::qWaitFor([&] { return !lecturesIn(biology.id).isEmpty() || !lecturesIn({}).isEmpty(); },
                                kTimeoutMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel.liveTranscriptView()->isHidden(); }, kTimeoutMs));
    EXPECT_EQ(panel.liveTranscriptLabel()->text(), u"The full transcript of the recording is ready in its lecture."_s);
}
