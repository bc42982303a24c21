#include "study/ReviewPage.h"

#include "library/LibraryService.h"
#include "library/LibraryStore.h"
#include "shell/Typography.h"
#include "study/RatingButton.h"
#include "study/ReviewCardEditor.h"
#include "study/ReviewCardView.h"
#include "study/ReviewController.h"
#include "study/ReviewFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
// Cards read best as a sheet, not stretched across a wide window.
constexpr int kMaxBodyWidth = 820;

QToolButton *makeActionButton(const QString &objectName, const QString &text, const QString &toolTip,
                              QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setCursor(Qt::PointingHandCursor);
    // The page answers to keys; the buttons stay out of the way of Space and the number keys.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QLabel *makeDimmedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ReviewPage::ReviewPage(LibraryService &service, QWidget *parent)
    : ReviewPage(service, Clock::system(), {}, parent)
{
}

ReviewPage::ReviewPage(LibraryService &service, const Clock &clock, StudyQueueOptions options, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_controller(new ReviewController(service, clock, std::move(options), this))
    , m_courseChoice(new QComboBox(this))
    , m_counts(makeDimmedLabel(u"reviewCounts"_s, this))
    , m_progress(makeDimmedLabel(u"reviewProgress"_s, this))
    , m_body(new QStackedWidget(this))
    , m_cardPage(new QWidget(m_body))
    , m_card(new ReviewCardView(m_cardPage))
    , m_answerBar(new QStackedWidget(m_cardPage))
    , m_showAnswer(new QPushButton(tr("Show Answer"), m_answerBar))
    , m_ratings(new QWidget(m_answerBar))
    , m_editor(new ReviewCardEditor(m_body))
    , m_messagePage(new QWidget(m_body))
    , m_messageTitle(new QLabel(m_messagePage))
    , m_messageDetail(makeDimmedLabel(u"reviewMessageDetail"_s, m_messagePage))
    , m_error(new QLabel(this))
    , m_undo(makeActionButton(u"reviewUndo"_s, tr("Undo"), tr("Take the last answer back (Ctrl+Z)"), this))
    , m_edit(makeActionButton(u"reviewEdit"_s, tr("Edit"), tr("Correct this card; its schedule stays (E)"), this))
    , m_suspend(makeActionButton(u"reviewSuspend"_s, tr("Suspend"), tr("Stop reviewing this card (S)"), this))
    , m_bury(makeActionButton(u"reviewBury"_s, tr("Bury"), tr("Hide this card until tomorrow (B)"), this))
    , m_showInLecture(makeActionButton(u"reviewShowInLecture"_s, tr("Show in Lecture"),
                                       tr("Play the lecture from where this card comes from (L)"), this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(u"reviewPage"_s);
    setAccessibleName(tr("Review flashcards"));
    // Keys go to the page itself (see keyPressEvent), not to a button that happens to have focus.
    setFocusPolicy(Qt::StrongFocus);

    m_courseChoice->setObjectName(u"reviewCourseChoice"_s);
    m_courseChoice->setAccessibleName(tr("Course to review"));
    m_courseChoice->addItem(tr("All courses"), QString());
    m_courseChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_counts->setAccessibleName(tr("Cards due today"));
    m_progress->setAccessibleName(tr("Progress"));

    m_showAnswer->setObjectName(u"reviewShowAnswer"_s);
    m_showAnswer->setAccessibleName(tr("Show answer"));
    m_showAnswer->setToolTip(tr("Show the back of the card (Space)"));
    m_showAnswer->setFocusPolicy(Qt::NoFocus);
    m_showAnswer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_showAnswer->setFont(Typography::subheading(font()));
    auto *ratingRow = new QHBoxLayout(m_ratings);
    ratingRow->setContentsMargins(0, 0, 0, 0);
    ratingRow->setSpacing(8);
    for (const Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        auto *button = new RatingButton(rating, m_ratings);
        m_rateButtons[static_cast<std::size_t>(rating) - 1] = button;
        ratingRow->addWidget(button);
        connect(button, &QAbstractButton::clicked, m_controller, [this, rating] { m_controller->rate(rating); });
    }
    m_answerBar->addWidget(m_showAnswer);
    m_answerBar->addWidget(m_ratings);
    m_answerBar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *keysHint = makeDimmedLabel(u"reviewKeysHint"_s, m_cardPage);
    keysHint->setAlignment(Qt::AlignCenter);
    connect(m_controller, &ReviewController::snapshotChanged, keysHint, [this, keysHint] {
        keysHint->setText(m_controller->snapshot().revealed ? tr("1 Again · 2 Hard · 3 Good · 4 Easy")
                                                            : tr("Space shows the answer"));
    });

    auto *cardLayout = new QVBoxLayout(m_cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_card, 1);
    cardLayout->addWidget(m_answerBar);
    cardLayout->addWidget(keysHint);

    m_messagePage->setObjectName(u"reviewMessagePage"_s);
    m_messageTitle->setObjectName(u"reviewMessageTitle"_s);
    m_messageTitle->setFont(Typography::heading(font()));
    for (QLabel *label : {m_messageTitle, m_messageDetail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_messageDetail->setFont(Typography::subheading(font()));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(2);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageDetail);
    messageLayout->addStretch(3);

    m_body->addWidget(m_cardPage);
    m_body->addWidget(m_editor);
    m_body->addWidget(m_messagePage);
    m_body->setMaximumWidth(kMaxBodyWidth);

    m_error->setObjectName(u"reviewError"_s);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->hide();

    auto *header = new QHBoxLayout;
    auto *courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_courseChoice);
    header->addWidget(courseLabel);
    header->addWidget(m_courseChoice);
    header->addSpacing(16);
    header->addWidget(m_counts);
    header->addStretch();
    header->addWidget(m_progress);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(4);
    actions->addStretch();
    for (QToolButton *button : {m_undo, m_edit, m_suspend, m_bury, m_showInLecture})
        actions->addWidget(button);
    actions->addStretch();

    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(m_body, 100);
    centred->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(centred, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    m_waitTimer->setObjectName(u"reviewWaitTimer"_s);
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_waitTimer, &QTimer::timeout, m_controller, &ReviewController::refresh);

    connect(m_showAnswer, &QPushButton::clicked, m_controller, &ReviewController::reveal);
    connect(m_undo, &QToolButton::clicked, m_controller, &ReviewController::undo);
    connect(m_edit, &QToolButton::clicked, this, &ReviewPage::startEditing);
    connect(m_suspend, &QToolButton::clicked, m_controller, &ReviewController::suspendCurrent);
    connect(m_bury, &QToolButton::clicked, m_controller, &ReviewController::buryCurrent);
    connect(m_showInLecture, &QToolButton::clicked, this, &ReviewPage::requestShowInLecture);
    connect(m_editor, &ReviewCardEditor::saveRequested, this, [this](const QString &front, const QString &back) {
        m_controller->editCurrent(front, back);
        finishEditing();
    });
    connect(m_editor, &ReviewCardEditor::cancelled, this, &ReviewPage::finishEditing);
    connect(m_courseChoice, &QComboBox::activated, this, [this] {
        m_courseId = m_courseChoice->currentData().toString();
        startReview();
        // Once the list has closed, which gives the focus back to it: the keys are for the cards.
        QMetaObject::invokeMethod(this, [this] { setFocus(Qt::OtherFocusReason); }, Qt::QueuedConnection);
    });
    connect(m_controller, &ReviewController::snapshotChanged, this, &ReviewPage::showSnapshot);
    connect(m_controller, &ReviewController::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(&m_service, &LibraryService::coursesChanged, this, &ReviewPage::loadCourses);

    loadCourses();
    showSnapshot();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setCourseId(const QString &courseId)
{
    m_courseId = courseId;
    // Before the courses have been read, the choice is shown once they are (see loadCourses()).
    m_courseChoice->setCurrentIndex(std::max(0, m_courseChoice->findData(courseId)));
}

void ReviewPage::startReview()
{
    finishEditing();
    m_controller->start(m_courseId);
    setFocus(Qt::OtherFocusReason);
}

void ReviewPage::loadCourses()
{
    m_service.submit([](LibraryStore &store) { return store.courses(); })
        .then(this, [this](const Result<QList<Course>> &courses) {
            if (!courses)
                return;
            while (m_courseChoice->count() > 1)
                m_courseChoice->removeItem(1);
            for (const Course &course : *courses)
                m_courseChoice->addItem(course.name, course.id);
            // A course deleted meanwhile leaves the choice on every course.
            const int index = m_courseChoice->findData(m_courseId);
            m_courseChoice->setCurrentIndex(std::max(0, index));
        });
}

void ReviewPage::showSnapshot()
{
    const ReviewSnapshot &shown = m_controller->snapshot();
    m_error->hide();
    const bool hasCard = shown.state == ReviewSnapshot::State::Card;
    const bool started = shown.state != ReviewSnapshot::State::Idle;

    m_counts->setVisible(hasCard || shown.state == ReviewSnapshot::State::Waiting);
    //: Cards left today: studied before and due again, and never studied
    m_counts->setText(tr("%1 due · %2 new").arg(shown.dueCount).arg(shown.newCount));
    m_progress->setVisible(started);
    m_progress->setText(tr("%1 done · %2 left").arg(shown.done).arg(shown.remaining));

    m_undo->setEnabled(shown.canUndo);
    for (QToolButton *button : {m_edit, m_suspend, m_bury})
        button->setEnabled(hasCard);
    m_showInLecture->setEnabled(hasCard && shown.source.has_value());
    m_undo->setVisible(started);
    for (QToolButton *button : {m_edit, m_suspend, m_bury, m_showInLecture})
        button->setVisible(hasCard);

    const QDateTime now = m_controller->clock().now();
    const QTimeZone &zone = m_controller->options().timeZone;
    if (shown.state == ReviewSnapshot::State::Waiting) {
        const qint64 wait = now.msecsTo(shown.waitingUntil);
        m_waitTimer->start(int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())));
    } else {
        m_waitTimer->stop();
    }

    switch (shown.state) {
    case ReviewSnapshot::State::Idle:
        showMessage(tr("Gathering today's cards…"), QString());
        return;
    case ReviewSnapshot::State::Waiting:
        showMessage(tr("Next card at %1").arg(ReviewFormat::timeOfDay(shown.waitingUntil, zone)),
                    tr("The cards you are learning come back later today. They appear here as soon as "
                       "they are due."));
        return;
    case ReviewSnapshot::State::Finished:
        showMessage(tr("All done for today"), shown.nextDue.isValid()
                                                  ? ReviewFormat::nextDue(shown.nextDue, now, zone)
                                                  : tr("No cards are waiting. Cards made from your lectures "
                                                       "appear here."));
        return;
    case ReviewSnapshot::State::Card:
        break;
    }

    m_card->showCard(shown);
    m_answerBar->setCurrentWidget(shown.revealed ? m_ratings : m_showAnswer);
    for (std::size_t i = 0; i < m_rateButtons.size(); ++i)
        m_rateButtons[i]->setInterval(shown.intervalLabels[i]);
    if (!m_editing)
        m_body->setCurrentWidget(m_cardPage);
}

void ReviewPage::showMessage(const QString &title, const QString &detail)
{
    if (m_editing)
        finishEditing();
    m_messageTitle->setText(title);
    m_messageDetail->setText(detail);
    m_messageDetail->setVisible(!detail.isEmpty());
    m_body->setCurrentWidget(m_messagePage);
}

void ReviewPage::startEditing()
{
    const ReviewSnapshot &shown = m_controller->snapshot();
    if (shown.state != ReviewSnapshot::State::Card)
        return;
    m_editing = true;
    m_body->setCurrentWidget(m_editor);
    m_editor->edit(shown.card.front, shown.card.back);
}

void ReviewPage::finishEditing()
{
    if (!m_editing)
        return;
    m_editing = false;
    if (m_controller->snapshot().state == ReviewSnapshot::State::Card)
        m_body->setCurrentWidget(m_cardPage);
    setFocus(Qt::OtherFocusReason);
}

void ReviewPage::requestShowInLecture()
{
    const ReviewSnapshot &shown = m_controller->snapshot();
    if (shown.state == ReviewSnapshot::State::Card && shown.source)
        emit showInLectureRequested(shown.source->lectureId, shown.source->startMs);
}

} // namespace lectern
