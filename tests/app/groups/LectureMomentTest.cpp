// Sharing a lecture moment to a study group and opening it from the chat, offscreen, with two
// students' windows on the real lectern-server; and pictures of the Groups page.

#include "GroupsWindowFixture.h"

#include "TimeCode.h"
#include "WavWriter.h"
#include "groups/ChatMessageDelegate.h"
#include "groups/ShareMomentDialog.h"
#include "lecture/LectureView.h"
#include "lecture/PlaybackController.h"
#include "lecture/TranscriptView.h"
#include "library/LectureDetailsPage.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>

namespace lectern::test {
namespace {

using namespace Qt::Literals::StringLiterals;

class LectureMomentTest : public GroupsWindowFixture
{
protected:
    // A recorded, transcribed lecture in the student's library.
    Lecture addLecture(Student &student)
    {
        const Course course = student.library->addCourse(u"Geology"_s, u"#f59e0b"_s);
        Lecture lecture = student.library->addLecture(course.id, u"Plate tectonics"_s, QDateTime::currentDateTimeUtc(), 90'000);
        const QString audio = QDir(student.library->path()).filePath(u"tectonics.wav"_s);
        EXPECT_TRUE(fake::WavWriter::writeFile(audio, fake::TimeCodedAudio::generate(0, 90)).ok());
        lecture.audioPath = audio;
        QList<TranscriptSegment> segments;
        for (const auto &[start, text] : {std::pair{0, u"Today: how continents move."_s},
                                          std::pair{20'000, u"The crust floats on the mantle."_s},
                                          std::pair{65'000, u"Where plates meet, mountains rise, like the Himalaya."_s}}) {
            TranscriptSegment segment;
            segment.startMs = start;
            segment.endMs = start + 15'000;
            segment.text = text;
            segments.append(segment);
        }
        EXPECT_TRUE(student.library
                        ->run([&](LibraryStore &store) -> Status {
                            if (const Status updated = store.updateLecture(lecture); !updated)
                                return updated;
                            return store.replaceSegments(lecture.id, segments);
                        })
                        .ok());
        return lecture;
    }

    // Clicks the quote of the chat's last message.
    static void clickLastQuote(Student &student)
    {
        ChatView *view = student.chatView();
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        view->scrollTo(last);
        const QRect quote = view->messageDelegate()->quoteRect(view->visualRect(last), last);
        ASSERT_FALSE(quote.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, quote.center());
    }
};

TEST_F(LectureMomentTest, AMomentSharedFromTheTranscriptOpensThereForTheOneWhoHasTheLecture)
{
    Student &ada = openWindow(registerAccount(u"ada"_s));
    Student &bob = openWindow(registerAccount(u"bob"_s));
    const Lecture lecture = addLecture(ada);
    const qint64 group = shareGroup(ada, bob);
    ASSERT_NE(group, 0);

    // Ada picks the Himalaya line in the lecture's transcript and shares it with a comment.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.window->libraryModel()->indexOfLecture(lecture.id).isValid(); }, kWaitMs));
    ada.window->sidebar()->selectIndex(ada.window->libraryModel()->indexOfLecture(lecture.id));
    ASSERT_EQ(ada.window->currentPage(), MainWindow::Page::Lecture);
    LectureView *lectureView = ada.window->lectureDetailsPage()->lectureView();
    TranscriptView *transcript = lectureView->transcriptView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return transcript->model() && transcript->model()->rowCount() == 3; }, kWaitMs));
    transcript->setCurrentIndex(transcript->model()->index(2, 0));
    EXPECT_TRUE(transcript->actions().contains(ada.groups()->shareMomentAction())) << "in the transcript's context menu";
    ada.groups()->shareMomentAction()->trigger();
    auto *dialog = ada.window->findChild<ShareMomentDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->groupCombo()->currentText(), u"Geology"_s);
    QTest::keyClicks(dialog->commentEdit(), u"This is the bit for the exam"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"shareMomentButton"_s), Qt::LeftButton);

    // Bob sees it as a quote; the lecture is Ada's recording, not in his library, and he is told so.
    ASSERT_TRUE(QTest::qWaitFor([&] { return bob.shownMessages().size() == 1; }, kWaitMs));
    EXPECT_EQ(bob.shownMessages().first(), u"ada: This is the bit for the exam"_s);
    const QModelIndex shared = bob.chatView()->model()->index(0, 0);
    EXPECT_EQ(shared.data(ChatMessageModel::QuoteLectureIdRole).toString(), lecture.id);
    EXPECT_EQ(shared.data(ChatMessageModel::QuoteTimeRole).toLongLong(), 65'000);
    EXPECT_EQ(shared.data(ChatMessageModel::QuoteTextRole).toString(), u"Where plates meet, mountains rise, like the Himalaya."_s);
    clickLastQuote(bob);
    EXPECT_TRUE(bob.find<QLabel>(u"groupsStatusLabel"_s)->text().contains(u"not in this library"_s));
    EXPECT_EQ(bob.window->currentPage(), MainWindow::Page::Standalone) << "Bob stays in the chat";

    // Ada clicks it in the chat: the lecture opens and plays from that moment.
    lectureView->player()->pause();
    ada.groups()->showAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMessages().size() == 1; }, kWaitMs));
    clickLastQuote(ada);
    ASSERT_EQ(ada.window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(ada.window->lectureDetailsPage()->title(), u"Plate tectonics"_s);
    PlaybackController *player = lectureView->player();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player->isPlaying() && player->position() >= 65'000; }, kWaitMs))
        << player->position();
    EXPECT_LT(player->position(), 70'000);
    player->pause();
}

TEST_F(LectureMomentTest, ScreenshotsOfTheGroupsPageInLightAndDarkPalettes)
{
    Student &ada = openWindow(registerAccount(u"ada"_s));
    Student &bob = openWindow(registerAccount(u"bob"_s));
    const qint64 group = shareGroup(ada, bob);
    ASSERT_NE(group, 0);
    QSignalSpy created(ada.chat(), &GroupChatClient::groupCreated);
    ada.chat()->createGroup(u"Organic Chemistry"_s);
    ASSERT_TRUE(created.wait(kWaitMs));
    ada.page()->selectGroup(group);
    bob.chat()->sendMessage(group, u"Is the quiz on Friday about plate boundaries too?"_s);
    ada.chat()->sendMessage(group, u"Yes, and she said this part matters most:"_s,
                            protocol::LectureQuote{u"0b8f6a52-7a1c-4f0e-9d51-2c1a0c3f9e11"_s, 65'000,
                                                   u"Where plates meet, mountains rise, like the Himalaya."_s});
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMessages().size() == 2 && ada.chat()->pendingMessages(group).isEmpty(); }, kWaitMs));
    bob.chat()->sendMessage(group, u"Thanks! See you in the library at 4."_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMessages().size() == 3; }, kWaitMs));
    QTest::keyClicks(bob.panel()->composer(), u"Shall"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ada.panel()->typingLabel()->text().isEmpty(); }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMembers().size() == 2; }, kWaitMs));

    const auto shoot = [&](const QString &fileName) {
        QApplication::processEvents();
        const QImage shot = ada.window->grab().toImage();
        EXPECT_TRUE(shot.save(screenshotPath(fileName)));
        return shot;
    };
    const QImage light = shoot(u"groups-page.png"_s);
    EXPECT_FALSE(light.isNull());

    const QPalette previous = QApplication::palette();
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);
    const QImage shot = shoot(u"groups-page-dark.png"_s);
    QApplication::setPalette(previous);
    // The chat is painted on the dark theme's base, not on a light one left behind.
    ChatView *view = ada.chatView();
    const QPoint inChat = view->viewport()->mapTo(ada.window.get(), QPoint(view->viewport()->width() - 4, 2));
    EXPECT_EQ(shot.pixelColor(inChat * shot.devicePixelRatio()), dark.color(QPalette::Base));
}

} // namespace
} // namespace lectern::test
