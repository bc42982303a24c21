// File › Export Lecture… and Export Course… from the window: the files are read back the way a
// player, a PDF reader and Anki would read them.
#include "TemporaryLibrary.h"

#include "../core/export/SubtitleParser.h"
#include "base/Settings.h"
#include "export/ExportController.h"
#include "export/ExportLectureDialog.h"
#include "i18n/Translations.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!pdftotext.waitForFinished(30'000) || pdftotext.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext (poppler-utils) failed: " << pdftotext.errorString().toStdString();
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// Anki's text importer: "#key:value" headers, then one tab-separated note per line.
QList<QStringList> ankiNotes(const QString &text, QMap<QString, QString> *headers)
{
    QList<QStringList> notes;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#')) {
            const qsizetype colon = line.indexOf(u':');
            headers->insert(line.mid(1, colon - 1), line.mid(colon + 1));
        } else {
            notes.append(line.split(u'\t'));
        }
    }
    return notes;
}

TranscriptSegment segment(qint64 startMs, qint64 endMs, const QString &text)
{
    TranscriptSegment s;
    s.startMs = startMs;
    s.endMs = endMs;
    s.text = text;
    return s;
}

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
        QSettings().remove(u"export"_s);
        installTranslations(QLocale(QLocale::English), &m_translations);
        ASSERT_TRUE(m_out.isValid());
        library = std::make_unique<TemporaryLibrary>();
        biology = library->addCourse(u"Biology 101"_s);
        membranes = addLecture(u"Cell membranes"_s,
                               {segment(0, 4200, u"Welcome to the lecture on cell membranes."_s),
                                segment(4200, 9800, u"The membrane is a lipid bilayer."_s),
                                segment(65'500, 70'000, u"Osmosis moves water across it."_s)},
                               {{u"What does osmosis move?"_s, u"Water"_s}, {u"Bilayer"_s, u"Two layers of lipids"_s}});
        osmosis = addLecture(u"Osmosis"_s, {segment(1000, 3000, u"Water follows salt."_s)},
                             {{u"Which way does water move?"_s, u"Towards more salt"_s}});

        window = std::make_unique<MainWindow>(&library->service());
        window->resize(1000, 700);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->indexOfLecture(osmosis.id).isValid(); }, kTimeoutMs));
        exporter = window->findChild<ExportController *>();
        ASSERT_NE(exporter, nullptr);
    }

    void TearDown() override
    {
        library->closeService();
        window.reset();
        library.reset();
    }

    Lecture addLecture(const QString &title, const QList<TranscriptSegment> &segments,
                       const QList<QPair<QString, QString>> &cards)
    {
        const Lecture lecture = library->addLecture(biology.id, title, QDateTime(QDate(2026, 11, 20), QTime(9, 0)), 70'000);
        EXPECT_TRUE(library->run([&](LibraryStore &s) { return s.replaceSegments(lecture.id, segments); }).ok());
        for (const auto &[front, back] : cards) {
            Flashcard draft;
            draft.lectureId = lecture.id;
            draft.front = front;
            draft.back = back;
            EXPECT_TRUE(library->run([draft](LibraryStore &s) { return s.createFlashcard(draft); }).ok());
        }
        return lecture;
    }

    // Exports the selected lecture as if the student chose `format` and a file in the export folder.
    QString exportLecture(const Lecture &lecture, ExportFormat format)
    {
        window->sidebar()->selectIndex(window->libraryModel()->indexOfLecture(lecture.id));
        const QString path = m_out.filePath(lecture.title + u'.' + exportFileSuffix(format));
        exporter->setLectureFileChooser([&](QWidget *, const QString &, const QString &, ExportFormat) {
            return std::optional(ExportController::LectureTarget{path, format});
        });
        QSignalSpy finished(exporter, &ExportController::finished);
        EXPECT_TRUE(window->findChild<QAction *>(u"exportLectureAction"_s)->isEnabled());
        window->findChild<QAction *>(u"exportLectureAction"_s)->trigger();
        EXPECT_TRUE(finished.wait(kTimeoutMs));
        EXPECT_TRUE(finished.value(0).value(0).toBool()) << finished.value(0).value(1).toString().toStdString();
        return path;
    }

    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
    ExportController *exporter = nullptr;
    Course biology;
    Lecture membranes;
    Lecture osmosis;
    QTemporaryDir m_out;

private:
    QObject m_translations;
};

} // namespace

TEST_F(ExportTest, SubtitlesOfALectureHoldEverySegmentAtItsTime)
{
    const ParsedSubtitles srt = parseSubtitles(readText(exportLecture(membranes, ExportFormat::Srt)), SubtitleSyntax::Srt);
    ASSERT_TRUE(srt.error.isEmpty()) << srt.error.toStdString();
    ASSERT_EQ(srt.cues.size(), 3);
    EXPECT_EQ(srt.cues.at(2).startMs, 65'500);
    EXPECT_EQ(srt.cues.at(2).endMs, 70'000);

    const ParsedSubtitles vtt = parseSubtitles(readText(exportLecture(membranes, ExportFormat::WebVtt)), SubtitleSyntax::WebVtt);
    ASSERT_TRUE(vtt.error.isEmpty()) << vtt.error.toStdString();
    ASSERT_EQ(vtt.cues.size(), 3);
    EXPECT_EQ(vtt.cues.at(1).startMs, 4200);
    EXPECT_EQ(vtt.cues.at(1).text, u"The membrane is a lipid bilayer."_s);

    // The status bar says where the file went and offers its folder.
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"Cell membranes"_s));
    EXPECT_TRUE(window->findChild<QToolButton *>(u"openExportFolderButton"_s)->isVisible());
    EXPECT_EQ(QSettings().value(u"export/lastFolder"_s).toString(), QFileInfo(m_out.path()).absoluteFilePath())
        << "the next export starts in the same folder";
}

TEST_F(ExportTest, APdfWrittenOffTheGuiThreadHasTheTranscriptAsText)
{
    const QString text = pdfText(exportLecture(membranes, ExportFormat::Pdf));
    EXPECT_TRUE(text.contains(u"Cell membranes"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Osmosis moves water across it."_s)) << text.toStdString();
}

TEST_F(ExportTest, TheAnkiDeckHoldsTheLecturesCards)
{
    QMap<QString, QString> headers;
    const QList<QStringList> notes = ankiNotes(readText(exportLecture(membranes, ExportFormat::AnkiDeck)), &headers);
    EXPECT_EQ(headers.value(u"separator"_s), u"tab"_s);
    ASSERT_EQ(notes.size(), 2);
    QStringList fronts;
    for (const QStringList &note : notes)
        fronts.append(note.value(1));
    EXPECT_TRUE(fronts.contains(u"What does osmosis move?"_s)) << fronts.join(u" | "_s).toStdString();
}

TEST_F(ExportTest, ACourseIsExportedInEveryFormatIntoTheChosenFolder)
{
    window->sidebar()->selectIndex(window->libraryModel()->indexOfCourse(biology.id));
    exporter->setFolderChooser([&](QWidget *, const QString &) { return m_out.path(); });
    QSignalSpy finished(exporter, &ExportController::finished);
    window->findChild<QAction *>(u"exportCourseAction"_s)->trigger();
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(finished.first().at(2).toString(), m_out.path());

    const QDir out(m_out.path());
    for (const QString &title : {u"Cell membranes"_s, u"Osmosis"_s}) {
        for (const QString &suffix : {u"md"_s, u"txt"_s, u"srt"_s, u"vtt"_s, u"pdf"_s})
            EXPECT_TRUE(out.exists(title + u'.' + suffix)) << QString(title + u'.' + suffix).toStdString();
    }
    const ParsedSubtitles srt = parseSubtitles(readText(out.filePath(u"Osmosis.srt"_s)), SubtitleSyntax::Srt);
    ASSERT_EQ(srt.cues.size(), 1);
    EXPECT_EQ(srt.cues.at(0).startMs, 1000);
    EXPECT_TRUE(pdfText(out.filePath(u"Osmosis.pdf"_s)).contains(u"Water follows salt."_s));
    const QStringList decks = out.entryList({u"*.tsv"_s});
    ASSERT_EQ(decks.size(), 1) << "one deck for the whole course";
    QMap<QString, QString> headers;
    EXPECT_EQ(ankiNotes(readText(out.filePath(decks.first())), &headers).size(), 3);
}

TEST_F(ExportTest, TheDialogOffersEveryFormatAndGivesTheFileItsSuffix)
{
    ExportLectureDialog dialog(window.get(), m_out.path(), u"Cell membranes"_s, ExportFormat::Srt);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    EXPECT_EQ(dialog.nameFilters().size(), allExportFormats().size());
    EXPECT_EQ(dialog.format(), ExportFormat::Srt);
    dialog.selectFormat(ExportFormat::Pdf);
    EXPECT_EQ(dialog.format(), ExportFormat::Pdf);
    EXPECT_EQ(dialog.defaultSuffix(), u"pdf"_s);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.grab().save(screenshotPath(u"export-dialog.png"_s)));
}
