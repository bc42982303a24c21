#include "lecture/QuizView.h"

#include "lecture/GenerationBar.h"
#include "lecture/StudyMaterialJobs.h"
#include "library/LibraryService.h"
#include "shell/Typography.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
// Clear in both the light and the dark palette.
constexpr auto kRightColour = "#2e9d4f";
constexpr auto kWrongColour = "#d64545";
} // namespace

QList<QuizQuestion> quizQuestions(const QList<StudyItem> &items, const QString &lectureTitle)
{
    QList<QuizQuestion> questions;
    for (const StudyItem &item : items) {
        QuizQuestion q;
        q.text = item.content[u"question"].toString();
        for (const QJsonValue &choice : item.content[u"choices"].toArray())
            q.choices.append(choice.toString());
        q.answer = item.content[u"answer"].toInt();
        q.explanation = item.content[u"explanation"].toString();
        q.lectureId = item.lectureId;
        q.lectureTitle = lectureTitle;
        if (!q.text.isEmpty() && q.answer >= 0 && q.answer < q.choices.size())
            questions.append(q);
    }
    return questions;
}

QuizView::QuizView(LibraryService *service, StudyMaterialJobs *jobs, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_bar(jobs ? new GenerationBar(jobs, StudyTask::Quiz, this) : nullptr)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(m_pages))
{
    setObjectName(u"quizView"_s);
    m_empty->setObjectName(u"quizEmpty"_s);
    m_empty->setText(tr("No quiz for this lecture yet. Let Groq write multiple-choice questions on the transcript, then "
                        "test yourself."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(makeQuestionPage());
    m_pages->addWidget(makeScorePage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    if (m_bar)
        layout->addWidget(m_bar);
    layout->addWidget(m_pages, 1);

    if (m_service) {
        connect(m_service, &LibraryService::studyItemsChanged, this, [this](const QString &lectureId) {
            if (lectureId == m_lectureId)
                reload();
        });
    }
}

QWidget *QuizView::makeQuestionPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(u"quizQuestionPage"_s);
    m_progress = new QLabel(page);
    m_progress->setObjectName(u"quizProgress"_s);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_lecture = new QLabel(page);
    m_lecture->setObjectName(u"quizLecture"_s);
    m_lecture->setTextFormat(Qt::PlainText);
    m_lecture->setWordWrap(true);
    QFont lectureFont = m_lecture->font();
    lectureFont.setWeight(QFont::DemiBold);
    m_lecture->setFont(lectureFont);
    // The accent colour sets where the question comes from apart from the question itself.
    m_lecture->setForegroundRole(QPalette::Link);
    m_lecture->hide();
    m_question = new QLabel(page);
    m_question->setObjectName(u"quizQuestion"_s);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont questionFont = Typography::subheading(m_question->font());
    questionFont.setWeight(QFont::DemiBold);
    m_question->setFont(questionFont);
    m_choiceGroup = new QButtonGroup(page);
    m_choiceLayout = new QVBoxLayout;
    m_choiceLayout->setSpacing(10);
    m_choiceLayout->setContentsMargins(8, 0, 0, 0);
    m_feedback = new QLabel(page);
    m_feedback->setObjectName(u"quizFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_check = new QPushButton(tr("Check"), page);
    m_check->setObjectName(u"quizCheckButton"_s);
    m_check->setDefault(true);
    m_next = new QPushButton(page);
    m_next->setObjectName(u"quizNextButton"_s);
    m_makeCard = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Make a flashcard"), page);
    m_makeCard->setObjectName(u"quizMakeFlashcardButton"_s);
    m_makeCard->setToolTip(tr("Keep this question as a flashcard of the lecture, with the right answer on the back"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_makeCard);
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_next);

    // A column of reading width, so the answer buttons stay near the question on a wide window.
    auto *column = new QWidget(page);
    column->setMaximumWidth(720);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(14);
    columnLayout->addWidget(m_progress);
    columnLayout->addWidget(m_lecture);
    columnLayout->addWidget(m_question);
    columnLayout->addLayout(m_choiceLayout);
    columnLayout->addWidget(m_feedback);
    columnLayout->addLayout(buttons);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 100);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 18, 4, 4);
    layout->addLayout(centred);
    layout->addStretch();

    connect(m_choiceGroup, &QButtonGroup::idToggled, this, [this] { m_check->setEnabled(m_choiceGroup->checkedId() >= 0); });
    connect(m_check, &QPushButton::clicked, this, &QuizView::check);
    connect(m_next, &QPushButton::clicked, this, &QuizView::next);
    connect(m_makeCard, &QPushButton::clicked, this, &QuizView::makeFlashcard);
    return page;
}

QWidget *QuizView::makeScorePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(u"quizScorePage"_s);
    m_scoreText = new QLabel(page);
    m_scoreText->setObjectName(u"quizScore"_s);
    m_scoreText->setAlignment(Qt::AlignCenter);
    QFont big = Typography::heading(m_scoreText->font());
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.8);
    m_scoreText->setFont(big);
    m_scoreDetail = new QLabel(page);
    m_scoreDetail->setObjectName(u"quizScoreDetail"_s);
    m_scoreDetail->setAlignment(Qt::AlignCenter);
    m_scoreDetail->setWordWrap(true);
    m_scoreDetail->setForegroundRole(QPalette::PlaceholderText);
    m_restart = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Take the quiz again"), page);
    m_restart->setObjectName(u"quizRestartButton"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_scoreText);
    layout->addWidget(m_scoreDetail);
    layout->addSpacing(12);
    layout->addWidget(m_restart, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_restart, &QPushButton::clicked, this, &QuizView::restart);
    return page;
}

void QuizView::setLecture(const QString &lectureId)
{
    if (lectureId == m_lectureId)
        return;
    m_lectureId = lectureId;
    m_loaded = false;
    if (m_bar)
        m_bar->setLecture(lectureId);
    showQuestions({});
    reload();
}

bool QuizView::isFinished() const
{
    return m_pages->currentIndex() == 2;
}

void QuizView::reload()
{
    if (!m_service || m_lectureId.isEmpty())
        return;
    const QString lectureId = m_lectureId;
    m_service->submit([lectureId](LibraryStore &store) { return store.studyItems(lectureId, StudyItemKind::QuizQuestion); })
        .then(this, [this, lectureId](Result<QList<StudyItem>> items) {
            if (lectureId != m_lectureId)
                return;
            if (!items) {
                showQuestions({});
                m_empty->setText(tr("Could not read the quiz: %1").arg(items.error().message));
                return;
            }
            showQuestions(*items);
            m_loaded = true;
            emit loaded();
        });
}

void QuizView::showQuestions(const QList<StudyItem> &items)
{
    m_questions = quizQuestions(items);
    if (m_bar)
        m_bar->setHasMaterial(!m_questions.isEmpty());
    restart();
}

void QuizView::setQuestions(const QList<QuizQuestion> &questions, const QString &emptyText)
{
    m_lectureId.clear();
    m_questions = questions;
    m_empty->setText(emptyText);
    restart();
    m_loaded = true;
    emit loaded();
}

void QuizView::restart()
{
    m_score = 0;
    if (m_questions.isEmpty()) {
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    showQuestion(0);
}

void QuizView::showQuestion(int index)
{
    m_current = index;
    m_checked = false;
    const QuizQuestion &q = m_questions[index];
    m_progress->setText(tr("Question %1 of %2").arg(index + 1).arg(m_questions.size()));
    m_lecture->setText(tr("Lecture: %1").arg(q.lectureTitle));
    m_lecture->setVisible(!q.lectureTitle.isEmpty());
    m_question->setText(q.text);
    for (QRadioButton *old : std::as_const(m_choices)) {
        m_choiceGroup->removeButton(old);
        delete old;
    }
    m_choices.clear();
    for (qsizetype i = 0; i < q.choices.size(); ++i) {
        auto *choice = new QRadioButton(q.choices[i], m_pages->widget(1));
        choice->setObjectName(u"quizChoice%1"_s.arg(i));
        m_choiceGroup->addButton(choice, int(i));
        m_choiceLayout->addWidget(choice);
        choice->show();
        m_choices.append(choice);
    }
    m_feedback->clear();
    m_feedback->hide();
    m_check->setEnabled(false);
    m_check->show();
    m_next->hide();
    m_makeCard->hide();
    m_makeCard->setEnabled(true);
    m_makeCard->setText(tr("Make a flashcard"));
    m_pages->setCurrentIndex(1);
}

void QuizView::check()
{
    const int chosen = m_choiceGroup->checkedId();
    if (m_checked || chosen < 0)
        return;
    m_checked = true;
    const QuizQuestion &q = m_questions[m_current];
    const bool right = chosen == q.answer;
    if (right)
        ++m_score;
    for (QRadioButton *choice : std::as_const(m_choices)) {
        const int id = m_choiceGroup->id(choice);
        // The answer stands, but stays readable: disabled buttons would grey out the right answer.
        choice->setAttribute(Qt::WA_TransparentForMouseEvents);
        choice->setFocusPolicy(Qt::NoFocus);
        if (id == q.answer || id == chosen) {
            QFont font = choice->font();
            font.setBold(id == q.answer);
            choice->setFont(font);
            QPalette palette = choice->palette();
            palette.setColor(QPalette::WindowText, QColor(QLatin1String(id == q.answer ? kRightColour : kWrongColour)));
            choice->setPalette(palette);
            choice->setText(q.choices[id] + (id == q.answer ? u"  ✓"_s : u"  ✗"_s));
        }
    }
    const QString explanation = q.explanation.toHtmlEscaped();
    if (right) {
        m_feedback->setText(tr("<b><span style=\"color:%1\">Right.</span></b> %2").arg(QLatin1String(kRightColour), explanation));
    } else {
        m_feedback->setText(tr("<b><span style=\"color:%1\">Not quite.</span></b> The answer is <b>%2</b>. %3")
                                .arg(QLatin1String(kWrongColour), q.choices[q.answer].toHtmlEscaped(), explanation));
    }
    m_feedback->show();
    m_check->hide();
    m_makeCard->setVisible(!right);
    m_next->setText(m_current + 1 < m_questions.size() ? tr("Next question") : tr("See your score"));
    m_next->show();
    m_next->setFocus();
}

void QuizView::next()
{
    if (m_current + 1 < m_questions.size())
        return showQuestion(m_current + 1);
    m_scoreText->setText(tr("%1 / %2").arg(m_score).arg(m_questions.size()));
    m_scoreDetail->setText(tr("You answered %1 of %n question(s) right.", nullptr, int(m_questions.size())).arg(m_score));
    m_pages->setCurrentIndex(2);
}

void QuizView::makeFlashcard()
{
    if (!m_service || !m_checked)
        return;
    const QuizQuestion &q = m_questions[m_current];
    Flashcard draft;
    draft.lectureId = q.lectureId;
    draft.front = q.text;
    draft.back = q.choices[q.answer];
    m_makeCard->setEnabled(false);
    const int question = m_current;
    m_service->submit([draft](LibraryStore &store) { return store.createFlashcard(draft); })
        .then(this, [this, question](Result<Flashcard> card) {
            if (question != m_current || !m_checked)
                return;
            if (!card) {
                m_makeCard->setEnabled(true);
                m_feedback->setText(m_feedback->text() + u"<br>"_s
                                    + tr("The flashcard could not be made: %1").arg(card.error().message.toHtmlEscaped()));
                return;
            }
            m_makeCard->setText(tr("Flashcard made"));
            emit flashcardMade(*card);
        });
}

} // namespace lectern
