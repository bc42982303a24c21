#include "library/LibraryStore.h"

#include "LibraryTestSupport.h"

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryStoreTranscriptTest : public LibraryTest
{
protected:
    void SetUp() override
    {
        LibraryTest::SetUp();
        m_lecture = addLecture(addCourse(QStringLiteral("Biologie")).id, QStringLiteral("Zellteilung"));
    }
    Lecture m_lecture;
};

QStringList texts(const QList<TranscriptSegment> &segments)
{
    QStringList list;
    for (const TranscriptSegment &s : segments)
        list.append(s.displayText());
    return list;
}
} // namespace

TEST_F(LibraryStoreTranscriptTest, StoresSegmentsInTimeOrder)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(4000, 9000, QStringLiteral("Dann die Mitose.")),
                                                            segment(0, 4000, QStringLiteral("Zuerst die Interphase."))})));
    const auto stored = store().segments(m_lecture.id);
    ASSERT_TRUE(isOk(stored));
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(texts(*stored), (QStringList{QStringLiteral("Zuerst die Interphase."), QStringLiteral("Dann die Mitose.")}));
    EXPECT_EQ(stored->at(0).startMs, 0);
    EXPECT_EQ(stored->at(0).endMs, 4000);
    EXPECT_EQ(stored->at(0).lectureId, m_lecture.id);
    EXPECT_FALSE(stored->at(0).id.isEmpty());
    EXPECT_FALSE(stored->at(0).updatedAt.isEmpty());
}

TEST_F(LibraryStoreTranscriptTest, ReplacingATranscriptRetiresTheOldSegmentsAsTombstones)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 1000, QStringLiteral("alt eins")),
                                                            segment(1000, 2000, QStringLiteral("alt zwei"))})));
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 1500, QStringLiteral("neu"))})));
    EXPECT_EQ(texts(*store().segments(m_lecture.id)), QStringList{QStringLiteral("neu")});
    EXPECT_EQ(rawInt(store().databasePath(), QStringLiteral("SELECT COUNT(*) FROM transcript_segment WHERE deleted = 1")), 2);
}

TEST_F(LibraryStoreTranscriptTest, ARefusedReplacementKeepsTheOldTranscript)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 1000, QStringLiteral("bleibt"))})));
    EXPECT_EQ(errorCode(store().replaceSegments(m_lecture.id, {segment(2000, 1000, QStringLiteral("rückwärts"))})),
              QStringLiteral("invalid_argument"));

    // A segment id of another lecture is refused, and the whole replacement with it.
    const Lecture other = addLecture(QString(), QStringLiteral("Other"));
    ASSERT_TRUE(isOk(store().replaceSegments(other.id, {segment(0, 1000, QStringLiteral("fremd"))})));
    TranscriptSegment stolen = store().segments(other.id)->constFirst();
    EXPECT_EQ(errorCode(store().replaceSegments(m_lecture.id, {segment(0, 500, QStringLiteral("neu")), stolen})),
              QStringLiteral("invalid_argument"));
    EXPECT_EQ(texts(*store().segments(m_lecture.id)), QStringList{QStringLiteral("bleibt")});
    EXPECT_EQ(texts(*store().segments(other.id)), QStringList{QStringLiteral("fremd")});

    EXPECT_EQ(errorCode(store().replaceSegments(QStringLiteral("missing"), {})), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreTranscriptTest, CorrectionsKeepTheMachineTextAndCanBeUndone)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 3000, QStringLiteral("Die Mito Kondrien"))})));
    const TranscriptSegment original = store().segments(m_lecture.id)->constFirst();

    ASSERT_TRUE(isOk(store().editSegmentText(original.id, QStringLiteral("Die Mitochondrien"))));
    TranscriptSegment edited = store().segments(m_lecture.id)->constFirst();
    EXPECT_EQ(edited.text, QStringLiteral("Die Mito Kondrien"));
    EXPECT_EQ(edited.editedText, QStringLiteral("Die Mitochondrien"));
    EXPECT_EQ(edited.displayText(), QStringLiteral("Die Mitochondrien"));
    EXPECT_TRUE(edited.isEdited());
    EXPECT_GT(edited.updatedAt, original.updatedAt);

    // Typing the machine text back (or clearing the field) removes the correction.
    ASSERT_TRUE(isOk(store().editSegmentText(original.id, QStringLiteral("Die Mito Kondrien"))));
    EXPECT_FALSE(store().segments(m_lecture.id)->constFirst().isEdited());
    ASSERT_TRUE(isOk(store().editSegmentText(original.id, QStringLiteral("Die Mitochondrien"))));
    ASSERT_TRUE(isOk(store().editSegmentText(original.id, QString())));
    EXPECT_EQ(store().segments(m_lecture.id)->constFirst().displayText(), QStringLiteral("Die Mito Kondrien"));

    EXPECT_EQ(errorCode(store().editSegmentText(QStringLiteral("missing"), QStringLiteral("x"))), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreTranscriptTest, ReSavingSegmentsWithTheirIdsKeepsCorrections)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 3000, QStringLiteral("maschine"))})));
    const QString id = store().segments(m_lecture.id)->constFirst().id;
    ASSERT_TRUE(isOk(store().editSegmentText(id, QStringLiteral("Mensch"))));
    QList<TranscriptSegment> all = *store().segments(m_lecture.id);
    all.append(segment(3000, 4000, QStringLiteral("dazu")));
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, all)));
    const auto stored = *store().segments(m_lecture.id);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].id, id);
    EXPECT_EQ(stored[0].displayText(), QStringLiteral("Mensch"));
}

TEST_F(LibraryStoreTranscriptTest, NotesAreOnePerLectureAndStartEmpty)
{
    const auto empty = store().note(m_lecture.id);
    ASSERT_TRUE(isOk(empty));
    EXPECT_TRUE(empty->markdown.isEmpty());
    EXPECT_TRUE(empty->updatedAt.isEmpty());
    EXPECT_EQ(empty->lectureId, m_lecture.id);

    ASSERT_TRUE(isOk(store().setNote(m_lecture.id, QStringLiteral("# Zellteilung\n- Prophase"))));
    const Note first = *store().note(m_lecture.id);
    EXPECT_EQ(first.markdown, QStringLiteral("# Zellteilung\n- Prophase"));
    EXPECT_EQ(first.id, empty->id) << "the note id is derived from the lecture, so devices agree on it";

    ASSERT_TRUE(isOk(store().setNote(m_lecture.id, QStringLiteral("# Zellteilung\n- Prophase\n- Metaphase"))));
    const Note second = *store().note(m_lecture.id);
    EXPECT_GT(second.updatedAt, first.updatedAt);
    EXPECT_EQ(second.id, first.id);

    // Saving the same text again is not a change.
    (void)store().takeChanges();
    ASSERT_TRUE(isOk(store().setNote(m_lecture.id, second.markdown)));
    EXPECT_EQ(store().note(m_lecture.id)->updatedAt, second.updatedAt);
    EXPECT_TRUE(store().takeChanges().isEmpty());

    EXPECT_EQ(errorCode(store().setNote(QStringLiteral("missing"), QStringLiteral("x"))), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreTranscriptTest, TellsWhichLecturesHaveATranscriptWithoutReadingThem)
{
    const Lecture untranscribed = addLecture(QString(), QStringLiteral("Noch nicht transkribiert"));
    const Lecture emptied = addLecture(QString(), QStringLiteral("Geleert"));
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 1000, QStringLiteral("da"))})));
    ASSERT_TRUE(isOk(store().replaceSegments(emptied.id, {segment(0, 1000, QStringLiteral("weg"))})));
    // Replaced by nothing: only tombstones are left, which are no transcript.
    ASSERT_TRUE(isOk(store().replaceSegments(emptied.id, {})));

    const auto transcribed = store().transcribedLectures({m_lecture.id, untranscribed.id, emptied.id});
    ASSERT_TRUE(isOk(transcribed));
    EXPECT_EQ(*transcribed, QSet<QString>{m_lecture.id});
}
