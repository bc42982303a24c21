#include "cards/CardCommands.h"

#include "library/LibraryStore.h"

#include <QCoreApplication>

namespace lectern {

namespace {
// A card's front as the subject of a menu entry: one line, not too long.
QString cardSubject(const QString &front)
{
    constexpr int kMaxLength = 40;
    const QString line = front.simplified();
    return line.size() <= kMaxLength ? line : line.left(kMaxLength - 1) + QChar(0x2026);
}
} // namespace

SuspendCardsCommand::SuspendCardsCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                         const QStringList &cardIds, bool suspend)
    : LibraryCommand(service, context, std::move(onError),
                     suspend ? QCoreApplication::translate("lectern::CardCommand", "Suspend %n Card(s)", nullptr, int(cardIds.size()))
                             : QCoreApplication::translate("lectern::CardCommand", "Unsuspend %n Card(s)", nullptr, int(cardIds.size())))
    , m_cardIds(cardIds)
    , m_suspend(suspend)
    , m_changed(std::make_shared<QStringList>())
{
}

void SuspendCardsCommand::redo()
{
    run([ids = m_cardIds, suspend = m_suspend, changed = m_changed](LibraryStore &store) -> Status {
        auto result = store.setFlashcardsSuspended(ids, suspend);
        if (!result)
            return result.error();
        *changed = *result;
        return success();
    });
}

void SuspendCardsCommand::undo()
{
    run([suspend = m_suspend, changed = m_changed](LibraryStore &store) -> Status {
        auto result = store.setFlashcardsSuspended(*changed, !suspend);
        if (!result)
            return result.error();
        return success();
    });
}

DeleteCardsCommand::DeleteCardsCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                       const QStringList &cardIds)
    : LibraryCommand(service, context, std::move(onError),
                     QCoreApplication::translate("lectern::CardCommand", "Delete %n Card(s)", nullptr, int(cardIds.size())))
    , m_cardIds(cardIds)
    , m_deleted(std::make_shared<QStringList>())
{
}

void DeleteCardsCommand::redo()
{
    run([ids = m_cardIds, deleted = m_deleted](LibraryStore &store) -> Status {
        auto result = store.deleteFlashcards(ids);
        if (!result)
            return result.error();
        *deleted = *result;
        return success();
    });
}

void DeleteCardsCommand::undo()
{
    run([deleted = m_deleted](LibraryStore &store) { return store.restoreFlashcards(*deleted); });
}

MoveCardsCommand::MoveCardsCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                   const QStringList &cardIds, const QString &courseId, const QString &courseName)
    : LibraryCommand(service, context, std::move(onError),
                     QCoreApplication::translate("lectern::CardCommand", "Move %n Card(s) to “%1”", nullptr, int(cardIds.size()))
                         .arg(courseName))
    , m_cardIds(cardIds)
    , m_courseId(courseId)
    , m_before(std::make_shared<QList<CardPlacement>>())
{
}

void MoveCardsCommand::redo()
{
    run([ids = m_cardIds, courseId = m_courseId, before = m_before](LibraryStore &store) -> Status {
        auto result = store.moveFlashcardsToCourse(ids, courseId);
        if (!result)
            return result.error();
        *before = *result;
        return success();
    });
}

void MoveCardsCommand::undo()
{
    run([before = m_before](LibraryStore &store) { return store.placeFlashcards(*before); });
}

CardCreatedCommand::CardCreatedCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                       const Flashcard &card)
    : LibraryCommand(service, context, std::move(onError),
                     QCoreApplication::translate("lectern::CardCommand", "New Card “%1”").arg(cardSubject(card.front)))
    , m_cardId(card.id)
{
}

void CardCreatedCommand::redo()
{
    // The editor stored the card before this command was pushed; only a redo after an undo writes.
    if (m_stored)
        return;
    m_stored = true;
    run([id = m_cardId](LibraryStore &store) { return store.restoreFlashcard(id); });
}

void CardCreatedCommand::undo()
{
    m_stored = false;
    run([id = m_cardId](LibraryStore &store) { return store.deleteFlashcard(id); });
}

CardEditedCommand::CardEditedCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                     const CardContent &before, const CardContent &after)
    : LibraryCommand(service, context, std::move(onError),
                     QCoreApplication::translate("lectern::CardCommand", "Edit Card “%1”").arg(cardSubject(before.front)))
    , m_before(before)
    , m_after(after)
{
}

void CardEditedCommand::redo()
{
    if (m_stored)
        return;
    m_stored = true;
    write(m_after);
}

void CardEditedCommand::undo()
{
    m_stored = false;
    write(m_before);
}

void CardEditedCommand::write(const CardContent &content)
{
    run([content](LibraryStore &store) {
        return store.transaction([&]() -> Status {
            if (const Status placed = store.placeFlashcards({content.placement}); !placed)
                return placed;
            Flashcard card;
            card.id = content.placement.cardId;
            card.front = content.front;
            card.back = content.back;
            auto current = store.flashcard(card.id);
            if (!current)
                return current.error();
            card.sourceSegmentId = current->sourceSegmentId;
            return store.updateFlashcard(card);
        });
    });
}

} // namespace lectern
