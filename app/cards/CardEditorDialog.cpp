#include "cards/CardEditorDialog.h"

#include "library/CourseColours.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lectern {

namespace {
constexpr int kTextLines = 4;

QPlainTextEdit *makeSideEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder,
                             QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * kTextLines + 2 * edit->frameWidth() + 8);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 52);
    return edit;
}

// The lecture a card is saved into: the one chosen, or the course's cards written by hand.
Result<QString> targetLecture(LibraryStore &store, const QString &lectureId, const QString &courseId)
{
    if (!lectureId.isEmpty())
        return lectureId;
    auto deck = store.handwrittenCardsLecture(courseId);
    if (!deck)
        return deck.error();
    return deck->id;
}
} // namespace

CardEditorDialog::CardEditorDialog(LibraryService *service, const QList<Course> &courses, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_front(makeSideEdit(QStringLiteral("cardFrontEdit"), tr("Front"), tr("The question, e.g. What are the phases of mitosis?"), this))
    , m_back(makeSideEdit(QStringLiteral("cardBackEdit"), tr("Back"), tr("The answer"), this))
    , m_course(new QComboBox(this))
    , m_lecture(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("cardEditorDialog"));
    m_course->setObjectName(QStringLiteral("cardCourseBox"));
    m_course->setAccessibleName(tr("Course"));
    for (const Course &course : courses)
        m_course->addItem(CourseColours::swatchIcon(CourseColours::displayColour(course), 12), course.name, course.id);
    m_course->addItem(tr("No course"), QString());
    m_lecture->setObjectName(QStringLiteral("cardLectureBox"));
    m_lecture->setAccessibleName(tr("Lecture"));
    m_lecture->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lecture->setMinimumContentsLength(28);

    auto *messageIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_message->setObjectName(QStringLiteral("cardEditorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageRow = new QWidget(this);
    messageRow->setObjectName(QStringLiteral("cardEditorMessageRow"));
    auto *messageLayout = new QHBoxLayout(messageRow);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    messageRow->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Front:"), m_front);
    form->addRow(tr("&Back:"), m_back);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("&Lecture:"), m_lecture);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CardEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_course, &QComboBox::currentIndexChanged, this, [this] { loadLectures(QString()); });
    // A message about an empty side goes once the student writes there.
    for (QPlainTextEdit *edit : {m_front, m_back})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { showMessage(QString()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(messageRow);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);
}

CardEditorDialog::CardEditorDialog(LibraryService *service, const QList<Course> &courses, const QString &courseId,
                                   QWidget *parent)
    : CardEditorDialog(service, courses, parent)
{
    setWindowTitle(tr("New Card"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Create"));
    const int courseRow = m_course->findData(courseId);
    {
        const QSignalBlocker blocker(m_course);
        m_course->setCurrentIndex(courseRow >= 0 ? courseRow : 0);
    }
    loadLectures(QString());
    m_front->setFocus();
}

CardEditorDialog::CardEditorDialog(LibraryService *service, const QList<Course> &courses, const BrowsedCard &card,
                                   QWidget *parent)
    : CardEditorDialog(service, courses, parent)
{
    m_editing = card;
    setWindowTitle(tr("Edit Card"));
    m_front->setPlainText(card.card.front);
    m_back->setPlainText(card.card.back);
    int courseRow = m_course->findData(card.courseId);
    if (courseRow < 0) {
        // An archived course the browser was not told about: still the card's course.
        m_course->insertItem(0, card.courseName, card.courseId);
        courseRow = 0;
    }
    {
        const QSignalBlocker blocker(m_course);
        m_course->setCurrentIndex(courseRow);
    }
    loadLectures(card.card.lectureId);
    m_front->setFocus();
}

QString CardEditorDialog::message() const
{
    return m_message->parentWidget()->isHidden() ? QString() : m_message->text();
}

void CardEditorDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->parentWidget()->setVisible(!text.isEmpty());
}

void CardEditorDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void CardEditorDialog::loadLectures(const QString &selectLectureId)
{
    const quint64 generation = ++m_lectureGeneration;
    const QString courseId = m_course->currentData().toString();
    m_lecture->clear();
    m_lecture->addItem(tr("None (cards written by hand)"), QString());
    m_lecture->setEnabled(false);
    // Saving now would file the card by hand before the student could pick its lecture.
    setBusy(true);
    m_service->submit([courseId](LibraryStore &store) { return store.lectures(courseId); })
        .then(this, [this, generation, selectLectureId](Result<QList<Lecture>> lectures) {
            if (generation != m_lectureGeneration)
                return;
            m_lecture->setEnabled(true);
            setBusy(false);
            if (!lectures) {
                showMessage(lectures.error().message);
                return;
            }
            for (const Lecture &lecture : *lectures) {
                if (!LibraryStore::isHandwrittenCardsLecture(lecture))
                    m_lecture->addItem(lecture.title, lecture.id);
            }
            const int row = m_lecture->findData(selectLectureId);
            m_lecture->setCurrentIndex(row >= 0 ? row : 0);
        });
}

void CardEditorDialog::save()
{
    const QString front = m_front->toPlainText().trimmed();
    const QString back = m_back->toPlainText().trimmed();
    if (front.isEmpty()) {
        showMessage(tr("Write the question on the front of the card."));
        m_front->setFocus();
        return;
    }
    if (back.isEmpty()) {
        showMessage(tr("Write the answer on the back of the card."));
        m_back->setFocus();
        return;
    }
    showMessage(QString());
    setBusy(true);
    const QString courseId = m_course->currentData().toString();
    const QString lectureId = m_lecture->currentData().toString();

    if (!m_editing) {
        m_service
            ->submit([front, back, courseId, lectureId](LibraryStore &store) -> Result<Flashcard> {
                std::optional<Flashcard> created;
                const Status s = store.transaction([&]() -> Status {
                    auto target = targetLecture(store, lectureId, courseId);
                    if (!target)
                        return target.error();
                    Flashcard draft;
                    draft.lectureId = *target;
                    draft.front = front;
                    draft.back = back;
                    auto card = store.createFlashcard(draft);
                    if (!card)
                        return card.error();
                    created = *card;
                    return success();
                });
                if (!s)
                    return s.error();
                return *created;
            })
            .then(this, [this](Result<Flashcard> card) {
                setBusy(false);
                if (!card) {
                    showMessage(card.error().message);
                    return;
                }
                emit cardCreated(*card);
                accept();
            });
        return;
    }

    const BrowsedCard &editing = *m_editing;
    const CardContent before{editing.card.front, editing.card.back,
                             {editing.card.id, editing.card.lectureId, editing.card.sourceSegmentId}};
    m_service
        ->submit([before, front, back, courseId, lectureId](LibraryStore &store) -> Result<CardContent> {
            std::optional<CardContent> after;
            const Status s = store.transaction([&]() -> Status {
                QString target = lectureId;
                // "No lecture" in the course the card is already filed with by hand: it stays.
                auto current = store.lecture(before.placement.lectureId);
                if (!current)
                    return current.error();
                const bool staysHandwritten = lectureId.isEmpty() && current->courseId == courseId
                                              && LibraryStore::isHandwrittenCardsLecture(*current);
                if (staysHandwritten) {
                    target = current->id;
                } else {
                    auto resolved = targetLecture(store, lectureId, courseId);
                    if (!resolved)
                        return resolved.error();
                    target = *resolved;
                }
                if (auto moved = store.moveFlashcards({before.placement.cardId}, target); !moved)
                    return moved.error();
                auto card = store.flashcard(before.placement.cardId);
                if (!card)
                    return card.error();
                Flashcard edited = *card;
                edited.front = front;
                edited.back = back;
                if (const Status updated = store.updateFlashcard(edited); !updated)
                    return updated;
                after = CardContent{front, back, {edited.id, edited.lectureId, edited.sourceSegmentId}};
                return success();
            });
            if (!s)
                return s.error();
            return *after;
        })
        .then(this, [this, before](Result<CardContent> after) {
            setBusy(false);
            if (!after) {
                showMessage(after.error().message);
                return;
            }
            emit cardEdited(before, *after);
            accept();
        });
}

} // namespace lectern
