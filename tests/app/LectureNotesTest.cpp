#include "LecturePageFixture.h"

#include "lecture/NotesEditor.h"
#include "lecture/PlayerBar.h"
#include "lecture/StudyMaterialView.h"
#include "lecture/TranscriptView.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class LectureNotesTest : public LecturePageFixture
{
protected:
    void openTab(QWidget *tab)
    {
        QTabWidget *tabs = view().tabs();
        const int index = tabs->indexOf(tab);
        ASSERT_GE(index, 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        ASSERT_EQ(tabs->currentIndex(), index);
    }

    NotesEditor &notes() { return *view().notesEditor(); }

    QString storedNote(const QString &lectureId)
    {
        Result<Note> note = library->run([lectureId](LibraryStore &store) { return store.note(lectureId); });
        EXPECT_TRUE(note.ok());
        return note.ok() ? note->markdown : QString();
    }

    void storeStudyMaterial()
    {
        const QString id = lecture.id;
        ASSERT_TRUE(library->run([id](LibraryStore &store) {
            return store.transaction([&]() -> Status {
                StudyItem summary{{}, id, StudyItemKind::Summary, 0,
                                  QJsonObject{{u"markdown"_s, u"## Membranes\n\nThey **separate** the cell from its surroundings."_s}},
                                  {}};
                if (Result<StudyItem> stored = store.putStudyItem(summary); !stored)
                    return stored.error();
                QList<StudyItem> terms;
                terms.append({{}, id, StudyItemKind::KeyTerm, 0,
                              QJsonObject{{u"term"_s, u"Osmosis"_s}, {u"definition"_s, u"Water moving towards solutes."_s}}, {}});
                terms.append({{}, id, StudyItemKind::KeyTerm, 1,
                              QJsonObject{{u"term"_s, u"Ion <channel>"_s}, {u"definition"_s, u"A pore for ions."_s}}, {}});
                return store.replaceStudyItems(id, StudyItemKind::KeyTerm, terms);
            });
        }).ok());
    }
};

// Puts the application palette back however the test ends.
struct PaletteGuard
{
    QPalette original = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(original); }
};


} // namespace

TEST_F(LectureNotesTest, NotesSaveThemselvesAfterThePauseInTyping)
{
    openTab(&notes());
    ASSERT_TRUE(QTest::qWaitFor([&] { return notes().isLoaded(); }, kTimeoutMs));
    EXPECT_TRUE(notes().editor()->toPlainText().isEmpty());

    QSignalSpy saved(&notes(), &NotesEditor::saved);
    QTest::mouseClick(notes().editor()->viewport(), Qt::LeftButton);
    QTest::keyClicks(notes().editor(), u"# Osmosis"_s);
    QTest::keyClick(notes().editor(), Qt::Key_Return);
    QTest::keyClicks(notes().editor(), u"Water follows **solutes**."_s);
    EXPECT_EQ(notes().statusText(), u"Edited"_s);
    EXPECT_TRUE(notes().hasUnsavedChanges());

    ASSERT_TRUE(saved.wait(kTimeoutMs));
    EXPECT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.first().first().toString(), lecture.id);
    EXPECT_EQ(storedNote(lecture.id), u"# Osmosis\nWater follows **solutes**."_s);
    EXPECT_EQ(notes().statusText(), u"Saved"_s);
    EXPECT_FALSE(notes().hasUnsavedChanges());

    // The preview renders the Markdown.
    QTest::mouseClick(notes().previewButton(), Qt::LeftButton);
    ASSERT_TRUE(notes().preview()->isVisible());
    EXPECT_FALSE(notes().editor()->isVisible());
    const QTextBlock heading = notes().preview()->document()->firstBlock();
    EXPECT_EQ(heading.text(), u"Osmosis"_s);
    EXPECT_EQ(heading.blockFormat().headingLevel(), 1);
    EXPECT_FALSE(notes().preview()->toPlainText().contains(u"**"_s));
    QTest::mouseClick(notes().previewButton(), Qt::LeftButton);
    EXPECT_TRUE(notes().editor()->isVisible());
}

TEST_F(LectureNotesTest, LeavingALectureSavesItsNotesAndShowsTheNextOnes)
{
    const Lecture other = addLectureWithTranscript(lecture.courseId, u"The cell cycle"_s);
    ASSERT_TRUE(library->run([&](LibraryStore &store) { return store.setNote(other.id, u"Mitosis has four phases."_s); }).ok());
    openTab(&notes());
    ASSERT_TRUE(QTest::qWaitFor([&] { return notes().isLoaded(); }, kTimeoutMs));
    QTest::mouseClick(notes().editor()->viewport(), Qt::LeftButton);
    QTest::keyClicks(notes().editor(), u"Exam on Friday"_s);

    QSignalSpy saved(&notes(), &NotesEditor::saved);
    page->showLecture(other, u"Cell Biology"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notes().isLoaded(); }, kTimeoutMs));
    EXPECT_EQ(notes().editor()->toPlainText(), u"Mitosis has four phases."_s);
    EXPECT_EQ(storedNote(lecture.id), u"Exam on Friday"_s);

    page->showLecture(lecture, u"Cell Biology"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notes().isLoaded(); }, kTimeoutMs));
    EXPECT_EQ(notes().editor()->toPlainText(), u"Exam on Friday"_s);
    // Only the lecture left with unsaved text was written.
    EXPECT_EQ(saved.count(), 0);
    EXPECT_EQ(storedNote(other.id), u"Mitosis has four phases."_s);
}

TEST_F(LectureNotesTest, SummaryAndKeyTermsShowWhatTheLibraryHolds)
{
    StudyMaterialView &summary = *view().summaryView();
    StudyMaterialView &keyTerms = *view().keyTermsView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary.isLoaded() && keyTerms.isLoaded(); }, kTimeoutMs));
    EXPECT_TRUE(summary.isEmpty());
    EXPECT_TRUE(keyTerms.isEmpty());

    // Stored while the page is open, as a regeneration would: the tabs follow.
    storeStudyMaterial();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !summary.isEmpty() && !keyTerms.isEmpty(); }, kTimeoutMs));
    openTab(&summary);
    EXPECT_EQ(summary.browser()->document()->firstBlock().text(), u"Membranes"_s);
    EXPECT_TRUE(summary.browser()->toPlainText().contains(u"They separate the cell from its surroundings."_s));
    openTab(&keyTerms);
    const QString terms = keyTerms.browser()->toPlainText();
    EXPECT_TRUE(terms.contains(u"Osmosis"_s));
    EXPECT_TRUE(terms.contains(u"Water moving towards solutes."_s));
    // A term's own markup characters stay text.
    EXPECT_TRUE(terms.contains(u"Ion <channel>"_s));
    EXPECT_LT(terms.indexOf(u"Osmosis"_s), terms.indexOf(u"Ion <channel>"_s));
}

TEST_F(LectureNotesTest, ScreenshotsInLightAndDarkPalettes)
{
    storeStudyMaterial();
    player.finishLoading(95'000);
    player.reach(12'000);
    ASSERT_TRUE(view().transcriptModel()->index(1).data(TranscriptModel::IsCurrentRole).toBool());
    EXPECT_TRUE(page->grab().save(screenshotPath(u"lecture.png"_s)));

    PaletteGuard guard;
    // What the Dark theme in Preferences applies.
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);
    openPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view().summaryView()->isLoaded(); }, kTimeoutMs));
    player.reach(12'000);
    TranscriptView &transcriptView = *view().transcriptView();
    const QImage shot = page->grab().toImage();
    EXPECT_TRUE(shot.save(screenshotPath(u"lecture-dark.png"_s)));

    const auto pixelIn = [&](QWidget *widget, QPoint point) { return shot.pixelColor(widget->mapTo(page.get(), point)); };
    // The page, the transcript and its highlight all come from the palette.
    EXPECT_EQ(pixelIn(page.get(), QPoint(page->width() - 10, page->height() - 10)), dark.color(QPalette::Window));
    const QRect current = transcriptView.visualRect(view().transcriptModel()->index(1));
    const QRect other = transcriptView.visualRect(view().transcriptModel()->index(0));
    EXPECT_EQ(pixelIn(transcriptView.viewport(), QPoint(other.right() - 3, other.top() + 2)), dark.color(QPalette::Base));
    const QColor highlighted = pixelIn(transcriptView.viewport(), QPoint(current.right() - 3, current.top() + 2));
    EXPECT_NE(highlighted, dark.color(QPalette::Base));
    // Still a dark background, so the light text on it stays readable.
    EXPECT_LT(highlighted.lightness(), 100);
    // The player's symbols are drawn in the palette's text colour, not the styles' black.
    const QImage play = view().playerBar()->playPauseButton()->icon().pixmap(QSize(16, 16), 1.0).toImage();
    EXPECT_EQ(play.pixelColor(7, 8).rgb(), dark.color(QPalette::ButtonText).rgb());
}
