#pragma once

#include "library/CardBrowsing.h"
#include "library/LibraryCommands.h"

#include <QStringList>

#include <memory>

namespace lectern {

// Undoable changes of flashcards from the card browser, on the window's undo stack beside the
// course and lecture commands. The bulk commands remember which cards they really changed (on the
// worker thread, before any later work reads it), so undoing a suspension leaves alone the cards
// that were suspended before.

class SuspendCardsCommand : public LibraryCommand
{
public:
    SuspendCardsCommand(LibraryService *service, QObject *context, ErrorHandler onError, const QStringList &cardIds,
                        bool suspend);

    void redo() override;
    void undo() override;

private:
    QStringList m_cardIds;
    bool m_suspend;
    std::shared_ptr<QStringList> m_changed;
};

class DeleteCardsCommand : public LibraryCommand
{
public:
    DeleteCardsCommand(LibraryService *service, QObject *context, ErrorHandler onError, const QStringList &cardIds);

    void redo() override;
    void undo() override;

private:
    QStringList m_cardIds;
    std::shared_ptr<QStringList> m_deleted;
};

// Moves cards into a course (those not in it yet go to its lecture of cards written by hand).
class MoveCardsCommand : public LibraryCommand
{
public:
    MoveCardsCommand(LibraryService *service, QObject *context, ErrorHandler onError, const QStringList &cardIds,
                     const QString &courseId, const QString &courseName);

    void redo() override;
    void undo() override;

private:
    QStringList m_cardIds;
    QString m_courseId;
    std::shared_ptr<QList<CardPlacement>> m_before;
};

// What the card editor wrote: a card's two sides and where it lives.
struct CardContent
{
    QString front;
    QString back;
    CardPlacement placement;
};

// A card the editor has already stored; undo deletes it, redo brings it back.
class CardCreatedCommand : public LibraryCommand
{
public:
    CardCreatedCommand(LibraryService *service, QObject *context, ErrorHandler onError, const Flashcard &card);

    void redo() override;
    void undo() override;

private:
    QString m_cardId;
    bool m_stored = true;
};

// An edit the editor has already stored; undo writes the card as it was.
class CardEditedCommand : public LibraryCommand
{
public:
    CardEditedCommand(LibraryService *service, QObject *context, ErrorHandler onError, const CardContent &before,
                      const CardContent &after);

    void redo() override;
    void undo() override;

private:
    void write(const CardContent &content);

    CardContent m_before;
    CardContent m_after;
    bool m_stored = true;
};

} // namespace lectern
