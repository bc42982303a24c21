#include "LecturePageFixture.h"

#include "lecture/PlayerBar.h"
#include "lecture/TranscriptView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolButton>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class LectureViewTest : public LecturePageFixture
{
protected:
    TranscriptView &transcriptView() { return *view().transcriptView(); }
    PlayerBar &bar() { return *view().playerBar(); }

    QPoint centreOfRow(int row) { return transcriptView().visualRect(transcript().index(row)).center(); }

    void clickRow(int row)
    {
        QTest::mouseClick(transcriptView().viewport(), Qt::LeftButton, {}, centreOfRow(row));
    }

    // As a mouse does it: the first click of a double-click arrives as a click.
    void doubleClickRow(int row)
    {
        clickRow(row);
        QTest::mouseDClick(transcriptView().viewport(), Qt::LeftButton, {}, centreOfRow(row));
    }

    bool isHighlighted(int row) { return transcript().index(row).data(TranscriptModel::IsCurrentRole).toBool(); }
};

} // namespace

TEST_F(LectureViewTest, LoadsTheRecordingAndTheTranscriptWithTimestamps)
{
    EXPECT_EQ(player.source().toLocalFile(), QDir(library->path()).absoluteFilePath(u"audio/membranes.wav"_s));
    EXPECT_EQ(transcript().index(0).data().toString(), u"Welcome back, today we look at membranes."_s);
    EXPECT_EQ(transcript().index(2).data(TranscriptModel::TimestampRole).toString(), u"00:33"_s);
    EXPECT_TRUE(bar().playPauseButton()->isEnabled());
    player.finishLoading(95'000);
    EXPECT_EQ(bar().timeText(), u"0:00 / 1:35"_s);
}

TEST_F(LectureViewTest, ClickingASegmentSeeksThePlayerToItsStartAndPlays)
{
    clickRow(2);
    EXPECT_EQ(player.position(), 33'000);
    EXPECT_TRUE(player.isPlaying());
    EXPECT_TRUE(isHighlighted(2));

    clickRow(1);
    EXPECT_EQ(player.position(), 4'000);
    EXPECT_TRUE(isHighlighted(1));
    EXPECT_FALSE(isHighlighted(2));
}

TEST_F(LectureViewTest, ThePositionHighlightsTheSegmentBeingSpoken)
{
    EXPECT_TRUE(isHighlighted(0));
    player.reach(12'000);
    EXPECT_TRUE(isHighlighted(1));
    EXPECT_FALSE(isHighlighted(0));
    // In the pause between two segments the one just finished stays marked.
    player.reach(32'000);
    EXPECT_TRUE(isHighlighted(1));
    player.reach(33'000);
    EXPECT_TRUE(isHighlighted(2));
    EXPECT_EQ(transcript().currentRow(), 2);

    // And the student sees it: the row's background is the faint highlight, the others are not.
    const QImage shot = transcriptView().viewport()->grab().toImage();
    const auto backgroundOf = [&](int row) {
        const QRect rect = transcriptView().visualRect(transcript().index(row));
        return shot.pixelColor(rect.right() - 3, rect.top() + 2);
    };
    const QColor base = transcriptView().palette().color(QPalette::Base);
    EXPECT_EQ(backgroundOf(0), base);
    EXPECT_NE(backgroundOf(2), base);
    const QColor tint = TranscriptView::currentSegmentBrush(transcriptView().palette()).color();
    const double alpha = tint.alphaF();
    EXPECT_NEAR(backgroundOf(2).red(), base.red() * (1 - alpha) + tint.red() * alpha, 2.0);
    EXPECT_NEAR(backgroundOf(2).blue(), base.blue() * (1 - alpha) + tint.blue() * alpha, 2.0);
}

TEST_F(LectureViewTest, PlayerBarButtonsDriveThePlayer)
{
    player.finishLoading(95'000);
    QTest::mouseClick(bar().playPauseButton(), Qt::LeftButton);
    EXPECT_TRUE(player.isPlaying());
    EXPECT_EQ(bar().playPauseButton()->accessibleName(), u"Pause"_s);

    QTest::mouseClick(bar().forwardButton(), Qt::LeftButton);
    EXPECT_EQ(player.position(), 10'000);
    QTest::mouseClick(bar().forwardButton(), Qt::LeftButton);
    EXPECT_EQ(player.position(), 20'000);
    EXPECT_EQ(bar().timeText(), u"0:20 / 1:35"_s);
    EXPECT_TRUE(isHighlighted(1));
    QTest::mouseClick(bar().backButton(), Qt::LeftButton);
    EXPECT_EQ(player.position(), 10'000);
    QTest::mouseClick(bar().backButton(), Qt::LeftButton);
    QTest::mouseClick(bar().backButton(), Qt::LeftButton);
    EXPECT_EQ(player.position(), 0);

    // Forward stops at the end of the recording.
    player.seek(90'000);
    QTest::mouseClick(bar().forwardButton(), Qt::LeftButton);
    EXPECT_EQ(player.position(), 95'000);

    QTest::mouseClick(bar().playPauseButton(), Qt::LeftButton);
    EXPECT_FALSE(player.isPlaying());
    EXPECT_EQ(bar().playPauseButton()->accessibleName(), u"Play"_s);
}

TEST_F(LectureViewTest, SpeedBoxOffersThreeQuartersToDoubleSpeed)
{
    QComboBox *speed = bar().speedBox();
    ASSERT_EQ(speed->count(), 5);
    EXPECT_EQ(speed->currentData().toDouble(), 1.0);
    speed->setFocus();
    QTest::keyClick(speed, Qt::Key_Down);
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.25);
    QTest::keyClick(speed, Qt::Key_End);
    EXPECT_DOUBLE_EQ(player.playbackRate(), 2.0);
    QTest::keyClick(speed, Qt::Key_Home);
    EXPECT_DOUBLE_EQ(player.playbackRate(), 0.75);

    // A rate set elsewhere shows in the box.
    player.setPlaybackRate(1.5);
    EXPECT_EQ(speed->currentData().toDouble(), 1.5);
}

TEST_F(LectureViewTest, KeyboardControlsPlaybackFromTheTranscript)
{
    player.finishLoading(95'000);
    transcriptView().setFocus();
    QTest::keyClick(&transcriptView(), Qt::Key_Space);
    EXPECT_TRUE(player.isPlaying());
    QTest::keyClick(&transcriptView(), Qt::Key_K);
    EXPECT_FALSE(player.isPlaying());

    QTest::keyClick(&transcriptView(), Qt::Key_L);
    EXPECT_EQ(player.position(), 10'000);
    QTest::keyClick(&transcriptView(), Qt::Key_Right);
    EXPECT_EQ(player.position(), 20'000);
    QTest::keyClick(&transcriptView(), Qt::Key_J);
    EXPECT_EQ(player.position(), 10'000);
    QTest::keyClick(&transcriptView(), Qt::Key_Left);
    EXPECT_EQ(player.position(), 0);

    // Down moves through the segments, Return plays the one reached.
    transcriptView().setCurrentIndex(transcript().index(0));
    QTest::keyClick(&transcriptView(), Qt::Key_Down);
    QTest::keyClick(&transcriptView(), Qt::Key_Down);
    QTest::keyClick(&transcriptView(), Qt::Key_Return);
    EXPECT_EQ(player.position(), 33'000);
    EXPECT_TRUE(player.isPlaying());
    EXPECT_TRUE(bar().playPauseButton()->toolTip().contains(u"Space"_s));
}

TEST_F(LectureViewTest, EditingASegmentStoresTheCorrectionBesideTheMachineText)
{
    doubleClickRow(1);
    auto *editor = transcriptView().findChild<QPlainTextEdit *>(u"segmentEditor"_s);
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor->hasFocus(); }, kTimeoutMs));
    // The whole text is selected, so typing replaces it.
    QTest::keyClicks(editor, u"The lipid bilayer keeps water out."_s);
    QTest::keyClick(editor, Qt::Key_Return);

    EXPECT_EQ(transcript().index(1).data().toString(), u"The lipid bilayer keeps water out."_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedSegments(lecture.id).value(1).isEdited(); }, kTimeoutMs));
    TranscriptSegment stored = storedSegments(lecture.id).value(1);
    EXPECT_EQ(stored.editedText, u"The lipid bilayer keeps water out."_s);
    EXPECT_EQ(stored.text, u"The lipid by layer keeps water out."_s);
    EXPECT_TRUE(transcript().index(1).data(TranscriptModel::IsEditedRole).toBool());

    // Transcribing another lecture leaves the correction alone.
    const Lecture other = addLectureWithTranscript(lecture.courseId, u"The cell cycle"_s);
    ASSERT_TRUE(library->run([&](LibraryStore &store) {
        return store.replaceSegments(other.id, {{{}, {}, 0, 1'000, u"Mitosis."_s, {}, {}, {}}});
    }).ok());
    stored = storedSegments(lecture.id).value(1);
    EXPECT_EQ(stored.displayText(), u"The lipid bilayer keeps water out."_s);
    EXPECT_EQ(transcript().index(1).data().toString(), u"The lipid bilayer keeps water out."_s);

    // Escape leaves a segment as it was.
    doubleClickRow(0);
    editor = transcriptView().findChild<QPlainTextEdit *>(u"segmentEditor"_s);
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, u"Something else"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_EQ(transcript().index(0).data().toString(), u"Welcome back, today we look at membranes."_s);
    EXPECT_FALSE(storedSegments(lecture.id).value(0).isEdited());
}

TEST_F(LectureViewTest, ALectureWithoutRecordingOrTranscriptSaysSo)
{
    Lecture bare;
    bare.title = u"Seminar"_s;
    bare = library->run([bare](LibraryStore &store) { return store.createLecture(bare); }).value();
    page->showLecture(bare, QString());
    EXPECT_TRUE(player.source().isEmpty());
    EXPECT_FALSE(bar().playPauseButton()->isEnabled());
    EXPECT_EQ(bar().timeText(), u"No recording"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return transcript().isLoaded(); }, kTimeoutMs));
    EXPECT_EQ(transcript().rowCount(), 0);
    auto *message = view().findChild<QLabel *>(u"transcriptMessage"_s);
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), u"This lecture has no transcript yet."_s);
}
