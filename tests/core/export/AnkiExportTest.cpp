#include "export/AnkiExport.h"

#include "ExportTestSupport.h"
#include "export/LectureExporter.h"

#include <gtest/gtest.h>

#include <QMap>

using namespace lectern;

namespace {
// Reads a file the way Anki's text importer does: "#key:value" header lines, then one note per
// line with tab-separated columns.
struct AnkiFile
{
    QMap<QString, QString> headers;
    QList<QStringList> rows;
};

AnkiFile parseAnki(const QString &text)
{
    AnkiFile file;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'#')) {
            const qsizetype colon = line.indexOf(u':');
            file.headers.insert(line.mid(1, colon - 1), line.mid(colon + 1));
        } else {
            file.rows.append(line.split(u'\t'));
        }
    }
    return file;
}

Flashcard card(const QString &id, const QString &front, const QString &back, const QString &segmentId = {})
{
    Flashcard c;
    c.id = id;
    c.front = front;
    c.back = back;
    c.sourceSegmentId = segmentId;
    return c;
}

LectureDocument documentWithCards()
{
    LectureDocument document = test::fullDocument();
    for (int i = 0; i < document.segments.size(); ++i)
        document.segments[i].id = QStringLiteral("segment-%1").arg(i);
    document.flashcards = {card(QStringLiteral("card-1"), QStringLiteral("What does <osmosis> move?"),
                                QStringLiteral("Water & nothing else,\nacross\ta membrane."), QStringLiteral("segment-2")),
                           card(QStringLiteral("card-2"), QStringLiteral("Bilayer"), QStringLiteral("Two layers"))};
    return document;
}
} // namespace

TEST(AnkiExport, HeadersTellAnkiTheSeparatorColumnsDeckAndTags)
{
    const AnkiFile file = parseAnki(AnkiExport::render(documentWithCards()));
    EXPECT_EQ(file.headers.value(QStringLiteral("separator")), QStringLiteral("tab"));
    EXPECT_EQ(file.headers.value(QStringLiteral("html")), QStringLiteral("true"));
    EXPECT_EQ(file.headers.value(QStringLiteral("notetype")), QStringLiteral("Basic"));
    EXPECT_EQ(file.headers.value(QStringLiteral("columns")), QStringLiteral("GUID\tFront\tBack\tDeck\tTags"));
    EXPECT_EQ(file.headers.value(QStringLiteral("guid column")), QStringLiteral("1"));
    EXPECT_EQ(file.headers.value(QStringLiteral("deck column")), QStringLiteral("4"));
    EXPECT_EQ(file.headers.value(QStringLiteral("tags column")), QStringLiteral("5"));
}

TEST(AnkiExport, EveryCardIsOneNoteWithItsIdAsGuid)
{
    const AnkiFile file = parseAnki(AnkiExport::render(documentWithCards()));
    ASSERT_EQ(file.rows.size(), 2);
    for (const QStringList &row : file.rows)
        ASSERT_EQ(row.size(), 5) << row.join(u'|').toStdString();

    const QStringList &first = file.rows[0];
    EXPECT_EQ(first[0], QStringLiteral("card-1"));
    // Markup a student typed stays text; line breaks become <br>; a tab cannot split the note.
    EXPECT_EQ(first[1], QStringLiteral("What does &lt;osmosis&gt; move?"));
    EXPECT_TRUE(first[2].startsWith(QStringLiteral("Water &amp; nothing else,<br>across a membrane."))) << first[2].toStdString();
    // The card came from the segment at 1:05, and the back says so.
    EXPECT_TRUE(first[2].endsWith(QStringLiteral("<small>Cell membranes · 01:05</small>"))) << first[2].toStdString();
    EXPECT_EQ(first[3], QStringLiteral("Biology 101::Cell membranes"));
    EXPECT_EQ(first[4], QStringLiteral("Lectern Biology_101"));

    // A card written by hand has no source to show.
    EXPECT_EQ(file.rows[1][2], QStringLiteral("Two layers"));
}

TEST(AnkiExport, NamesNeverOpenSubDecksByAccident)
{
    LectureDocument document = documentWithCards();
    document.lecture.title = QStringLiteral("C++::Templates");
    EXPECT_EQ(AnkiExport::deckName(document), QStringLiteral("Biology 101::C++:Templates"));
    document.courseName.clear();
    EXPECT_EQ(AnkiExport::deckName(document), QStringLiteral("C++:Templates"));
    EXPECT_EQ(parseAnki(AnkiExport::render(document)).rows[0][4], QStringLiteral("Lectern"));
}

TEST(AnkiExport, ACourseDeckFilesEachLecturesCardsUnderItsLecture)
{
    LectureDocument second = documentWithCards();
    second.lecture.title = QStringLiteral("Osmosis");
    second.flashcards = {card(QStringLiteral("card-3"), QStringLiteral("Q"), QStringLiteral("A"))};
    const AnkiFile file = parseAnki(AnkiExport::render(QList<LectureDocument>{documentWithCards(), second}));
    ASSERT_EQ(file.rows.size(), 3);
    EXPECT_EQ(file.rows[2][0], QStringLiteral("card-3"));
    EXPECT_EQ(file.rows[2][3], QStringLiteral("Biology 101::Osmosis"));
}

TEST(AnkiExport, ALectureWithoutCardsIsAnErrorSayingWhatToDo)
{
    const Result<QString> deck = LectureExporter::renderChecked(test::fullDocument(), ExportFormat::AnkiDeck);
    ASSERT_FALSE(deck.ok());
    EXPECT_EQ(deck.error().code, LectureExporter::NoFlashcards);
    EXPECT_TRUE(deck.error().message.contains(QStringLiteral("\"Cell membranes\" has no flashcards yet")))
        << deck.error().message.toStdString();
}

TEST(AnkiExport, APdfIsNotTextForTheTerminal)
{
    const Result<QString> pdf = LectureExporter::renderChecked(test::fullDocument(), ExportFormat::Pdf);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code, LectureExporter::NotText);
}
