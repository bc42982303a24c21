#pragma once

#include "ai/StudyMaterialGenerator.h"
#include "library/Entities.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace lectern {

class FlashcardCardWidget;
class GenerationBar;
class LibraryService;
class StudyMaterialJobs;
class TranscriptModel;

// The lecture's Flashcards tab. Cards Groq writes arrive as suggestions: each can be accepted
// (perhaps after editing), or rejected, and Accept all keeps the rest at once; only accepted cards
// go into the library and into review. Below them, the lecture's cards. Every card names the
// moment of the lecture it was made from, and clicking it plays the lecture from there.
//
// Suggestions are kept per lecture for as long as the window is open: they are a draft the student
// has not taken yet, so they are neither stored nor synced.
class FlashcardsView : public QWidget
{
    Q_OBJECT

public:
    // `transcript` is the lecture's transcript, for the cards' moments.
    FlashcardsView(LibraryService *service, StudyMaterialJobs *jobs, TranscriptModel *transcript, QWidget *parent = nullptr);

    void setLecture(const QString &lectureId);

    GenerationBar *generationBar() const { return m_bar; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QList<FlashcardCardWidget *> suggestionWidgets() const;
    QList<FlashcardCardWidget *> cardWidgets() const;
    // The lecture's cards as last read from the library.
    const QList<Flashcard> &cards() const { return m_cards; }
    bool isLoaded() const { return m_loaded; }

signals:
    // The student clicked a card's moment.
    void momentActivated(qint64 startMs);
    void loaded();

private:
    struct Suggestion
    {
        int serial = 0;
        FlashcardSuggestion card;
        bool storing = false;
        bool editing = false;
    };

    void reloadCards();
    void rebuild();
    // Keeps what the student typed into the suggestions shown, before their widgets go.
    void captureEdits();
    void accept(const QList<int> &serials);
    void reject(int serial);
    QList<Suggestion> &suggestionsOf(const QString &lectureId) { return m_suggestions[lectureId]; }
    FlashcardCardWidget *addCard(QVBoxLayout *layout, bool suggestion, const QString &front, const QString &back,
                                 const QString &segmentId);
    void showError(const QString &message);

    QPointer<LibraryService> m_service;
    TranscriptModel *m_transcript;
    GenerationBar *m_bar;
    QLabel *m_error;
    QLabel *m_empty;
    QWidget *m_suggestionsHeader;
    QLabel *m_suggestionsTitle;
    QPushButton *m_acceptAll;
    QWidget *m_suggestionList;
    QVBoxLayout *m_suggestionLayout;
    QLabel *m_cardsTitle;
    QWidget *m_cardList;
    QVBoxLayout *m_cardLayout;
    QString m_lectureId;
    QHash<QString, QList<Suggestion>> m_suggestions;
    QHash<int, FlashcardCardWidget *> m_suggestionWidgets;
    QString m_shownLecture; // whose suggestions the widgets show
    QList<Flashcard> m_cards;
    int m_nextSerial = 1;
    bool m_loaded = false;
};

} // namespace lectern
