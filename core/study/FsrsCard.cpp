#include "study/FsrsCard.h"

namespace lectern {

QString toString(Rating rating)
{
    switch (rating) {
    case Rating::Again: return QStringLiteral("again");
    case Rating::Hard: return QStringLiteral("hard");
    case Rating::Good: return QStringLiteral("good");
    case Rating::Easy: return QStringLiteral("easy");
    }
    return QString::number(static_cast<int>(rating));
}

QString toString(CardState state)
{
    switch (state) {
    case CardState::New: return QStringLiteral("new");
    case CardState::Learning: return QStringLiteral("learning");
    case CardState::Review: return QStringLiteral("review");
    case CardState::Relearning: return QStringLiteral("relearning");
    }
    return QString::number(static_cast<int>(state));
}

std::optional<Rating> ratingFromInt(int value)
{
    if (value < static_cast<int>(Rating::Again) || value > static_cast<int>(Rating::Easy))
        return std::nullopt;
    return static_cast<Rating>(value);
}

std::optional<CardState> cardStateFromInt(int value)
{
    if (value < static_cast<int>(CardState::New) || value > static_cast<int>(CardState::Relearning))
        return std::nullopt;
    return static_cast<CardState>(value);
}

FsrsCard FsrsCard::fresh(QString id, QDateTime due)
{
    FsrsCard card;
    card.id = std::move(id);
    card.due = due.toUTC();
    return card;
}

} // namespace lectern
