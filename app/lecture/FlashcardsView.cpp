#include "lecture/FlashcardsView.h"

#include "lecture/FlashcardCardWidget.h"
#include "lecture/GenerationBar.h"
#include "lecture/StudyMaterialJobs.h"
#include "lecture/TranscriptModel.h"
#include "library/LibraryService.h"
#include "shell/Typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel *sectionTitle(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = Typography::subheading(label->font());
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}
} // namespace

FlashcardsView::FlashcardsView(LibraryService *service, StudyMaterialJobs *jobs, TranscriptModel *transcript, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_transcript(transcript)
    , m_bar(new GenerationBar(jobs, StudyTask::Flashcards, this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_suggestionsHeader(new QWidget(this))
    , m_suggestionsTitle(sectionTitle(u"suggestionsTitle"_s, m_suggestionsHeader))
    , m_acceptAll(new QPushButton(QIcon::fromTheme(u"dialog-ok-apply"_s), tr("Accept all"), m_suggestionsHeader))
    , m_suggestionList(new QWidget(this))
    , m_suggestionLayout(new QVBoxLayout(m_suggestionList))
    , m_cardsTitle(sectionTitle(u"lectureCardsTitle"_s, this))
    , m_cardList(new QWidget(this))
    , m_cardLayout(new QVBoxLayout(m_cardList))
{
    setObjectName(u"flashcardsView"_s);
    m_error->setObjectName(u"flashcardsError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty->setObjectName(u"flashcardsEmpty"_s);
    m_empty->setText(tr("No flashcards from this lecture yet. Let Groq suggest some from the transcript, then keep the "
                        "ones worth learning."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMinimumHeight(120);
    m_acceptAll->setObjectName(u"acceptAllCardsButton"_s);

    auto *header = new QHBoxLayout(m_suggestionsHeader);
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_suggestionsTitle, 1);
    header->addWidget(m_acceptAll);
    for (QVBoxLayout *list : {m_suggestionLayout, m_cardLayout}) {
        list->setContentsMargins(0, 0, 0, 0);
        list->setSpacing(8);
    }

    auto *content = new QWidget;
    content->setObjectName(u"flashcardsContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 8);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_empty);
    contentLayout->addWidget(m_suggestionsHeader);
    contentLayout->addWidget(m_suggestionList);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_cardsTitle);
    contentLayout->addWidget(m_cardList);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"flashcardsScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        QList<int> serials;
        for (const Suggestion &s : std::as_const(suggestionsOf(m_lectureId))) {
            if (!s.storing)
                serials.append(s.serial);
        }
        accept(serials);
    });
    connect(jobs, &StudyMaterialJobs::finished, this, [this](const QString &lectureId, StudyTask task, const StudyMaterialOutcome &outcome) {
        if (task != StudyTask::Flashcards || !outcome.ok())
            return;
        QList<Suggestion> &suggestions = suggestionsOf(lectureId);
        for (const FlashcardSuggestion &card : outcome.suggestions)
            suggestions.append({m_nextSerial++, card, false});
        if (lectureId == m_lectureId)
            rebuild();
    });
    if (m_service) {
        connect(m_service, &LibraryService::flashcardsChanged, this, [this](const QString &lectureId) {
            if (lectureId == m_lectureId)
                reloadCards();
        });
    }
    // The moments are read from the transcript, which may arrive after the cards.
    connect(m_transcript, &TranscriptModel::loaded, this, &FlashcardsView::rebuild);
    rebuild();
}

void FlashcardsView::setLecture(const QString &lectureId)
{
    if (lectureId == m_lectureId)
        return;
    m_lectureId = lectureId;
    m_loaded = false;
    m_cards.clear();
    m_error->hide();
    m_bar->setLecture(lectureId);
    rebuild();
    reloadCards();
}

QList<FlashcardCardWidget *> FlashcardsView::suggestionWidgets() const
{
    return m_suggestionList->findChildren<FlashcardCardWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

QList<FlashcardCardWidget *> FlashcardsView::cardWidgets() const
{
    return m_cardList->findChildren<FlashcardCardWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

void FlashcardsView::reloadCards()
{
    if (!m_service || m_lectureId.isEmpty())
        return;
    const QString lectureId = m_lectureId;
    m_service->submit([lectureId](LibraryStore &store) { return store.flashcardsForLecture(lectureId); })
        .then(this, [this, lectureId](Result<QList<Flashcard>> cards) {
            if (lectureId != m_lectureId)
                return;
            if (!cards)
                return showError(tr("Could not read the lecture's flashcards: %1").arg(cards.error().message));
            m_cards = *cards;
            m_loaded = true;
            rebuild();
            emit loaded();
        });
}

FlashcardCardWidget *FlashcardsView::addCard(QVBoxLayout *layout, bool suggestion, const QString &front, const QString &back,
                                             const QString &segmentId)
{
    QString moment;
    qint64 startMs = -1;
    for (int row = 0; !segmentId.isEmpty() && row < m_transcript->rowCount(); ++row) {
        if (m_transcript->segmentAt(row).id == segmentId) {
            const QModelIndex index = m_transcript->index(row);
            moment = index.data(TranscriptModel::TimestampRole).toString();
            startMs = index.data(TranscriptModel::StartRole).toLongLong();
            break;
        }
    }
    auto *widget = new FlashcardCardWidget(suggestion ? FlashcardCardWidget::Mode::Suggestion : FlashcardCardWidget::Mode::Accepted,
                                           front, back, moment, layout->parentWidget());
    if (startMs >= 0)
        connect(widget, &FlashcardCardWidget::momentActivated, this, [this, startMs] { emit momentActivated(startMs); });
    layout->addWidget(widget);
    // Shown now rather than when the layout gets to it, so the list is complete as soon as it is rebuilt.
    widget->show();
    return widget;
}

void FlashcardsView::captureEdits()
{
    if (m_shownLecture.isEmpty())
        return;
    for (Suggestion &s : suggestionsOf(m_shownLecture)) {
        if (FlashcardCardWidget *widget = m_suggestionWidgets.value(s.serial)) {
            s.card.front = widget->front();
            s.card.back = widget->back();
            s.editing = widget->isEditing();
        }
    }
}

void FlashcardsView::rebuild()
{
    captureEdits();
    m_shownLecture = m_lectureId;
    clearLayout(m_suggestionLayout);
    clearLayout(m_cardLayout);
    m_suggestionWidgets.clear();

    const QList<Suggestion> suggestions = m_lectureId.isEmpty() ? QList<Suggestion>{} : suggestionsOf(m_lectureId);
    for (const Suggestion &s : suggestions) {
        FlashcardCardWidget *widget = addCard(m_suggestionLayout, true, s.card.front, s.card.back, s.card.sourceSegmentId);
        widget->setBusy(s.storing);
        widget->setEditing(s.editing);
        const int serial = s.serial;
        connect(widget, &FlashcardCardWidget::acceptRequested, this, [this, serial] { accept({serial}); });
        connect(widget, &FlashcardCardWidget::rejectRequested, this, [this, serial] { reject(serial); });
        m_suggestionWidgets.insert(serial, widget);
    }
    for (const Flashcard &card : std::as_const(m_cards))
        addCard(m_cardLayout, false, card.front, card.back, card.sourceSegmentId);

    m_suggestionsTitle->setText(tr("Suggested cards (%1)").arg(suggestions.size()));
    m_suggestionsHeader->setVisible(!suggestions.isEmpty());
    m_acceptAll->setEnabled(std::any_of(suggestions.begin(), suggestions.end(), [](const Suggestion &s) { return !s.storing; }));
    m_cardsTitle->setText(tr("Cards from this lecture (%1)").arg(m_cards.size()));
    m_cardsTitle->setVisible(!m_cards.isEmpty());
    m_empty->setVisible(suggestions.isEmpty() && m_cards.isEmpty());
    m_bar->setHasMaterial(!suggestions.isEmpty() || !m_cards.isEmpty());
}

void FlashcardsView::accept(const QList<int> &serials)
{
    if (!m_service || serials.isEmpty())
        return;
    QList<FlashcardSuggestion> accepted;
    for (Suggestion &s : suggestionsOf(m_lectureId)) {
        if (!serials.contains(s.serial) || s.storing)
            continue;
        // What the student sees is what is kept, edits included.
        if (FlashcardCardWidget *widget = m_suggestionWidgets.value(s.serial)) {
            s.card.front = widget->front();
            s.card.back = widget->back();
            widget->setBusy(true);
        }
        s.storing = true;
        accepted.append(s.card);
    }
    if (accepted.isEmpty())
        return;
    m_error->hide();
    const QString lectureId = m_lectureId;
    m_service->submit([lectureId, accepted](LibraryStore &store) { return StudyMaterialGenerator::acceptSuggestions(store, lectureId, accepted); })
        .then(this, [this, lectureId, serials](Result<QList<Flashcard>> stored) {
            QList<Suggestion> &suggestions = suggestionsOf(lectureId);
            if (stored) {
                suggestions.removeIf([&](const Suggestion &s) { return serials.contains(s.serial); });
            } else {
                for (Suggestion &s : suggestions) {
                    if (serials.contains(s.serial))
                        s.storing = false;
                }
            }
            if (lectureId != m_lectureId)
                return;
            if (!stored)
                showError(tr("Could not keep the card: %1").arg(stored.error().message));
            rebuild();
        });
}

void FlashcardsView::reject(int serial)
{
    suggestionsOf(m_lectureId).removeIf([serial](const Suggestion &s) { return s.serial == serial && !s.storing; });
    rebuild();
}

void FlashcardsView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace lectern
