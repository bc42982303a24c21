// Making study material from the lecture view against the fake Groq server: the summary streams
// into its tab, flashcards arrive as suggestions to accept, edit or reject, the quiz is taken and
// scored, and a failure is shown in the tab with Retry.
#include "LecturePageFixture.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"
#include "lecture/FlashcardCardWidget.h"
#include "lecture/FlashcardsView.h"
#include "lecture/GenerationBar.h"
#include "lecture/QuizView.h"
#include "lecture/StudyMaterialJobs.h"
#include "lecture/StudyMaterialView.h"
#include "secrets/GroqKeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>

#include <optional>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kGroqTimeoutMs = 30000;

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject card(const QString &front, const QString &back, int segment)
{
    return {{u"front"_s, front}, {u"back"_s, back}, {u"segment"_s, segment}};
}

QJsonObject question(const QString &text, const QStringList &choices, int answer, const QString &explanation)
{
    return {{u"question"_s, text}, {u"choices"_s, QJsonArray::fromStringList(choices)}, {u"answer"_s, answer},
            {u"explanation"_s, explanation}};
}

class StudyMaterialTest : public LecturePageFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen().ok());
        // Slow enough that the summary is seen arriving piece by piece.
        server.setStreamChunkIntervalMs(15);
        m_groq.emplace(server);
        LecturePageFixture::SetUp();
    }

    void TearDown() override
    {
        LecturePageFixture::TearDown();
        m_groq.reset();
    }

    void showTab(QWidget *tab)
    {
        view().tabs()->setCurrentWidget(tab);
        QCoreApplication::processEvents();
    }

    QList<Flashcard> storedCards()
    {
        Result<QList<Flashcard>> cards = library->run([id = lecture.id](LibraryStore &s) { return s.flashcardsForLecture(id); });
        EXPECT_TRUE(cards.ok());
        return cards.ok() ? *cards : QList<Flashcard>{};
    }

    // Lets the layouts catch up with the last changes before a screenshot.
    void grabPage(const QString &fileName)
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        EXPECT_TRUE(page->grab().save(screenshotPath(fileName)));
    }

    static void waitUntilIdle(GenerationBar &bar)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !bar.isBusy(); }, kGroqTimeoutMs));
    }

    fake::FakeGroqServer server;

private:
    std::optional<fake::GroqEnvironment> m_groq;
};

const QString kSummary = u"# Membranes and transport\n\n**Cell membranes** are lipid bilayers that keep water out. "
                         "Transport proteins let ions through, each kind of protein for its own ions.\n\n"
                         "- The bilayer is the barrier\n- Proteins are the doors\n- Osmosis moves water towards solutes"_s;

} // namespace

TEST_F(StudyMaterialTest, GeneratedSummaryStreamsIntoItsTabAndIsKept)
{
    server.chat().setCannedResponse(u"Summarise the lecture"_s, kSummary);
    StudyMaterialView &summary = *view().summaryView();
    showTab(&summary);
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary.isLoaded(); }, kTimeoutMs));
    GenerationBar &bar = *summary.generationBar();
    EXPECT_TRUE(summary.isEmpty());
    EXPECT_EQ(bar.generateButton()->text(), u"Generate summary"_s);

    QSignalSpy deltas(view().studyMaterialJobs(), &StudyMaterialJobs::summaryDelta);
    bar.generateButton()->click();
    ASSERT_TRUE(deltas.wait(kGroqTimeoutMs));
    // The first words are on screen while the rest is still on its way.
    const QString firstPart = summary.browser()->toPlainText();
    EXPECT_TRUE(bar.isBusy());
    EXPECT_TRUE(bar.cancelButton()->isVisible());
    EXPECT_FALSE(bar.generateButton()->isVisible());
    EXPECT_FALSE(summary.isEmpty());
    EXPECT_FALSE(firstPart.isEmpty());
    EXPECT_FALSE(firstPart.contains(u"Osmosis moves water"_s));

    waitUntilIdle(bar);
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary.browser()->toPlainText().contains(u"Osmosis moves water towards solutes"_s); },
                                kTimeoutMs));
    EXPECT_GT(deltas.size(), 5);
    // Rendered as Markdown: the heading and bold are formatting, not characters.
    const QString shown = summary.browser()->toPlainText();
    EXPECT_FALSE(shown.contains(u"**"_s));
    EXPECT_FALSE(shown.contains(u"# Membranes"_s));
    EXPECT_TRUE(shown.contains(u"Membranes and transport"_s));
    EXPECT_FALSE(bar.hasFailed());
    EXPECT_EQ(bar.generateButton()->text(), u"Regenerate summary"_s);

    const Result<QList<StudyItem>> stored
        = library->run([id = lecture.id](LibraryStore &s) { return s.studyItems(id, StudyItemKind::Summary); });
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().content[u"markdown"].toString(), kSummary);

    grabPage(u"lecture-summary.png"_s);
}

TEST_F(StudyMaterialTest, SuggestedCardsAreAcceptedEditedOrRejectedAndLinkToTheirMoment)
{
    server.chat().setCannedResponse(
        u"Write flashcards"_s,
        jsonText({{u"cards"_s, QJsonArray{card(u"What keeps water out of the cell?"_s, u"The lipid bilayer"_s, 1),
                                          card(u"What is today's topic?"_s, u"Membranes"_s, 0),
                                          card(u"What lets ions through a membrane?"_s, u"Transport proteins"_s, 2),
                                          card(u"What is a membrane made of?"_s, u"Lipids and proteins"_s, 1)}}}));
    FlashcardsView &cards = *view().flashcardsView();
    showTab(&cards);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cards.isLoaded(); }, kTimeoutMs));
    EXPECT_TRUE(cards.cards().isEmpty());

    cards.generationBar()->generateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cards.suggestionWidgets().size() == 4; }, kGroqTimeoutMs));
    EXPECT_TRUE(storedCards().isEmpty()) << "suggestions are not cards until accepted";

    // Each card names its moment, and clicking it plays the lecture from there.
    FlashcardCardWidget *bilayer = cards.suggestionWidgets().at(0);
    EXPECT_EQ(bilayer->momentButton()->text(), u"00:04"_s);
    bilayer->momentButton()->click();
    EXPECT_EQ(player.position(), 4'000);
    EXPECT_TRUE(player.isPlaying());
    player.pause();

    // Edited, then accepted: the edited text is what is kept.
    bilayer->editButton()->click();
    ASSERT_TRUE(bilayer->isEditing());
    bilayer->backEdit()->setText(u"The lipid bilayer (its fatty inside)"_s);
    bilayer->acceptButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedCards().size() == 1 && cards.cardWidgets().size() == 1; }, kTimeoutMs));
    const Flashcard kept = storedCards().first();
    EXPECT_EQ(kept.front, u"What keeps water out of the cell?"_s);
    EXPECT_EQ(kept.back, u"The lipid bilayer (its fatty inside)"_s);
    EXPECT_EQ(kept.sourceSegmentId, storedSegments(lecture.id).at(1).id);
    EXPECT_EQ(cards.suggestionWidgets().size(), 3);

    // Rejected: gone from the suggestions, never stored.
    FlashcardCardWidget *topic = cards.suggestionWidgets().at(0);
    ASSERT_EQ(topic->front(), u"What is today's topic?"_s);
    topic->rejectButton()->click();
    ASSERT_EQ(cards.suggestionWidgets().size(), 2);
    EXPECT_EQ(storedCards().size(), 1);
    EXPECT_EQ(cards.cardWidgets().first()->momentButton()->text(), u"00:04"_s) << "an accepted card keeps its moment";

    grabPage(u"lecture-flashcards.png"_s);

    cards.acceptAllButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedCards().size() == 3 && cards.cardWidgets().size() == 3; }, kTimeoutMs));
    EXPECT_TRUE(cards.suggestionWidgets().isEmpty());
    QStringList fronts;
    for (const Flashcard &c : storedCards())
        fronts.append(c.front);
    EXPECT_TRUE(fronts.contains(u"What lets ions through a membrane?"_s));
    EXPECT_TRUE(fronts.contains(u"What is a membrane made of?"_s));
    EXPECT_FALSE(fronts.contains(u"What is today's topic?"_s));
}

TEST_F(StudyMaterialTest, QuizIsScoredAndAWrongAnswerBecomesAFlashcard)
{
    server.chat().setCannedResponse(
        u"quiz questions"_s,
        jsonText({{u"questions"_s,
                   QJsonArray{question(u"What keeps water out of the cell?"_s,
                                       {u"Transport proteins"_s, u"The lipid bilayer"_s, u"Ions"_s, u"Osmosis"_s}, 1,
                                       u"The bilayer's fatty inside repels water."_s),
                              question(u"What lets ions through a membrane?"_s,
                                       {u"Water"_s, u"Lipids"_s, u"Transport proteins"_s, u"Nothing"_s}, 2,
                                       u"Each transport protein passes its own ions."_s),
                              question(u"What was the lecture about?"_s, {u"Membranes"_s, u"Genetics"_s, u"Ecology"_s, u"Optics"_s},
                                       0, u"It opened with membranes."_s)}}}));
    QuizView &quiz = *view().quizView();
    showTab(&quiz);
    ASSERT_TRUE(QTest::qWaitFor([&] { return quiz.isLoaded(); }, kTimeoutMs));
    EXPECT_EQ(quiz.questionCount(), 0);

    quiz.generationBar()->generateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return quiz.questionCount() == 3; }, kGroqTimeoutMs));
    EXPECT_EQ(quiz.generationBar()->generateButton()->text(), u"New questions"_s);

    // Right.
    ASSERT_EQ(quiz.choiceButtons().size(), 4);
    EXPECT_FALSE(quiz.checkButton()->isEnabled()) << "nothing chosen yet";
    quiz.choiceButtons().at(1)->click();
    quiz.checkButton()->click();
    EXPECT_TRUE(quiz.feedbackLabel()->text().contains(u"Right."_s));
    EXPECT_FALSE(quiz.makeFlashcardButton()->isVisible());
    quiz.nextButton()->click();

    // Wrong, and kept as a flashcard.
    EXPECT_EQ(quiz.currentQuestion(), 1);
    quiz.choiceButtons().at(0)->click();
    quiz.checkButton()->click();
    EXPECT_TRUE(quiz.feedbackLabel()->text().contains(u"Not quite."_s));
    EXPECT_TRUE(quiz.feedbackLabel()->text().contains(u"Transport proteins"_s)) << "the right answer is shown";
    ASSERT_TRUE(quiz.makeFlashcardButton()->isVisible());
    grabPage(u"lecture-quiz.png"_s);

    QSignalSpy made(&quiz, &QuizView::flashcardMade);
    quiz.makeFlashcardButton()->click();
    ASSERT_TRUE(made.wait(kTimeoutMs));
    EXPECT_FALSE(quiz.makeFlashcardButton()->isEnabled()) << "one card per wrong answer";
    const QList<Flashcard> stored = storedCards();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].front, u"What lets ions through a membrane?"_s);
    EXPECT_EQ(stored[0].back, u"Transport proteins"_s);
    EXPECT_EQ(stored[0].lectureId, lecture.id);
    quiz.nextButton()->click();

    // Right again, then the score.
    quiz.choiceButtons().at(0)->click();
    quiz.checkButton()->click();
    EXPECT_EQ(quiz.nextButton()->text(), u"See your score"_s);
    quiz.nextButton()->click();
    ASSERT_TRUE(quiz.isFinished());
    EXPECT_EQ(quiz.scoreLabel()->text(), u"2 / 3"_s);
    EXPECT_EQ(quiz.score(), 2);

    quiz.restartButton()->click();
    EXPECT_FALSE(quiz.isFinished());
    EXPECT_EQ(quiz.currentQuestion(), 0);
    EXPECT_EQ(quiz.score(), 0);
}

TEST_F(StudyMaterialTest, ARejectedKeyIsShownInTheTabWithRetry)
{
    const QString studentsKey = server.options().apiKey;
    server.setApiKey(u"gsk_a_different_key"_s);
    server.chat().setCannedResponse(u"Summarise the lecture"_s, kSummary);
    StudyMaterialView &summary = *view().summaryView();
    showTab(&summary);
    GenerationBar &bar = *summary.generationBar();

    bar.generateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar.hasFailed(); }, kGroqTimeoutMs));
    EXPECT_TRUE(bar.errorLabel()->isVisible());
    EXPECT_TRUE(bar.errorLabel()->text().contains(u"rejected the API key"_s)) << bar.errorLabel()->text().toStdString();
    EXPECT_TRUE(bar.retryButton()->isVisible());
    EXPECT_FALSE(bar.generateButton()->isVisible());
    EXPECT_FALSE(bar.isBusy());
    EXPECT_TRUE(summary.isEmpty()) << "nothing was made";

    // The student fixes the key; Retry makes the summary.
    server.setApiKey(studentsKey);
    bar.retryButton()->click();
    waitUntilIdle(bar);
    EXPECT_FALSE(bar.hasFailed());
    EXPECT_FALSE(bar.errorLabel()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary.browser()->toPlainText().contains(u"Proteins are the doors"_s); }, kTimeoutMs));
}

TEST_F(StudyMaterialTest, CancelStopsTheSummaryAndKeepsNothing)
{
    server.chat().setCannedResponse(u"Summarise the lecture"_s, kSummary);
    server.setStreamChunkIntervalMs(200);
    StudyMaterialView &summary = *view().summaryView();
    showTab(&summary);
    GenerationBar &bar = *summary.generationBar();
    QSignalSpy deltas(view().studyMaterialJobs(), &StudyMaterialJobs::summaryDelta);
    QSignalSpy finished(view().studyMaterialJobs(), &StudyMaterialJobs::finished);
    bar.generateButton()->click();
    ASSERT_TRUE(deltas.wait(kGroqTimeoutMs));
    bar.cancelButton()->click();
    ASSERT_TRUE(finished.wait(kGroqTimeoutMs));
    EXPECT_FALSE(bar.isBusy());
    EXPECT_FALSE(bar.hasFailed()) << "a cancel is not a failure";
    EXPECT_TRUE(bar.generateButton()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary.isEmpty(); }, kTimeoutMs)) << "the half summary goes";
    const Result<QList<StudyItem>> stored
        = library->run([id = lecture.id](LibraryStore &s) { return s.studyItems(id, StudyItemKind::Summary); });
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty());
}

TEST_F(StudyMaterialTest, ARateLimitShowsTheWaitAndGoesOnByItself)
{
    server.chat().setCannedResponse(
        u"quiz questions"_s,
        jsonText({{u"questions"_s, QJsonArray{question(u"What was the lecture about?"_s,
                                                       {u"Membranes"_s, u"Genetics"_s, u"Ecology"_s, u"Optics"_s}, 0,
                                                       u"It opened with membranes."_s)}}}));
    server.addFault(fake::FaultRule::rateLimit(2).onPath(u"/chat/completions"_s).atMost(1));
    QuizView &quiz = *view().quizView();
    showTab(&quiz);
    GenerationBar &bar = *quiz.generationBar();

    bar.generateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar.statusLabel()->text().contains(u"going on in 2 s"_s); }, kGroqTimeoutMs))
        << bar.statusLabel()->text().toStdString();
    EXPECT_TRUE(bar.cancelButton()->isVisible()) << "the wait can be cancelled";
    ASSERT_TRUE(QTest::qWaitFor([&] { return quiz.questionCount() == 1; }, kGroqTimeoutMs));
    EXPECT_FALSE(bar.hasFailed());
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(StudyMaterialTest, GeneratedKeyTermsAreShownInTheirTab)
{
    server.chat().setCannedResponse(
        u"key terms"_s,
        jsonText({{u"terms"_s, QJsonArray{QJsonObject{{u"term"_s, u"Lipid bilayer"_s}, {u"definition"_s, u"Two layers of lipids that keep water out."_s}},
                                          QJsonObject{{u"term"_s, u"Transport protein"_s}, {u"definition"_s, u"A protein that lets ions through."_s}}}}}));
    StudyMaterialView &terms = *view().keyTermsView();
    showTab(&terms);
    ASSERT_TRUE(QTest::qWaitFor([&] { return terms.isLoaded(); }, kTimeoutMs));
    GenerationBar &bar = *terms.generationBar();
    EXPECT_EQ(bar.generateButton()->text(), u"Generate key terms"_s);
    bar.generateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return terms.browser()->toPlainText().contains(u"Transport protein"_s); }, kGroqTimeoutMs));
    EXPECT_TRUE(terms.browser()->toPlainText().contains(u"Two layers of lipids that keep water out."_s));
    EXPECT_FALSE(terms.isEmpty());
    EXPECT_EQ(bar.generateButton()->text(), u"Regenerate key terms"_s);
}

TEST_F(StudyMaterialTest, WithoutAKeyTheTabSaysWhereToPutOneAndRetryUsesItOnceThere)
{
    // No key in the environment, and none saved for the tests in a keychain or key file.
    fake::ScopedEnvironmentVariable noKey("GROQ_API_KEY", QByteArray());
    GroqKeyStore saved;
    QSignalSpy looked(&saved, &GroqKeyStore::loaded);
    saved.load();
    ASSERT_TRUE(looked.wait(kGroqTimeoutMs));
    if (!saved.key().isEmpty())
        GTEST_SKIP() << "a Groq key is saved for the tests on this machine";

    server.chat().setCannedResponse(u"Summarise the lecture"_s, kSummary);
    StudyMaterialView &summary = *view().summaryView();
    showTab(&summary);
    GenerationBar &bar = *summary.generationBar();
    bar.generateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar.hasFailed(); }, kGroqTimeoutMs));
    EXPECT_TRUE(bar.errorLabel()->text().contains(u"No Groq API key"_s)) << bar.errorLabel()->text().toStdString();
    EXPECT_TRUE(bar.errorLabel()->text().contains(u"Settings"_s));
    EXPECT_TRUE(bar.retryButton()->isVisible());
    EXPECT_EQ(server.requestCount(), 0) << "nothing is sent without a key";

    fake::ScopedEnvironmentVariable key("GROQ_API_KEY", server.options().apiKey.toUtf8());
    bar.retryButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary.browser()->toPlainText().contains(u"Proteins are the doors"_s); },
                                kGroqTimeoutMs));
    EXPECT_FALSE(bar.hasFailed());
}
