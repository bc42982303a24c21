#include "library/Entities.h"

#include "LibraryTestSupport.h"

using namespace lectern;

namespace {
QString marked(const QString &before, const QString &match, const QString &after)
{
    return before + kMatchBegin + match + kMatchEnd + after;
}
} // namespace

TEST(Entities, SnippetHtmlEscapesTheTextAndBoldsTheMatches)
{
    const QString snippet = marked(QStringLiteral("if a < b & "), QStringLiteral("Zelle"), QStringLiteral(" <script>"));
    EXPECT_EQ(snippetToHtml(snippet), QStringLiteral("if a &lt; b &amp; <b>Zelle</b> &lt;script&gt;"));
    SearchHit hit;
    hit.snippet = snippet;
    EXPECT_EQ(hit.snippetHtml(), snippetToHtml(snippet));
}

TEST(Entities, SnippetPlainUsesTheGivenMarkers)
{
    const QString snippet = marked(QStringLiteral("die "), QStringLiteral("Zelle"), QStringLiteral(" teilt sich"));
    EXPECT_EQ(snippetToPlain(snippet, QStringLiteral("\x1b[1m"), QStringLiteral("\x1b[0m")),
              QStringLiteral("die \x1b[1mZelle\x1b[0m teilt sich"));
    EXPECT_EQ(snippetToPlain(snippet, QString(), QString()), QStringLiteral("die Zelle teilt sich"));
}

TEST(Entities, StudyItemKindsHaveStableNames)
{
    for (StudyItemKind kind : {StudyItemKind::Summary, StudyItemKind::KeyTerm, StudyItemKind::QuizQuestion})
        EXPECT_EQ(studyItemKindFromString(toString(kind)), kind);
    EXPECT_EQ(toString(StudyItemKind::KeyTerm), QStringLiteral("key_term"));
    EXPECT_EQ(toString(StudyItemKind::QuizQuestion), QStringLiteral("quiz_question"));
    EXPECT_FALSE(studyItemKindFromString(u"flashcard").has_value());
}

TEST(Entities, ASegmentShowsItsCorrectionWhenThereIsOne)
{
    TranscriptSegment s;
    s.text = QStringLiteral("machine");
    EXPECT_EQ(s.displayText(), QStringLiteral("machine"));
    EXPECT_FALSE(s.isEdited());
    s.editedText = QStringLiteral("human");
    EXPECT_EQ(s.displayText(), QStringLiteral("human"));
    EXPECT_TRUE(s.isEdited());
}
