#pragma once

#include "study/FsrsCard.h"

#include <QDateTime>
#include <QString>

namespace lectern {

// One entry of a card's review log: the only scheduling fact Lectern stores and syncs. Two
// devices' logs merge by union (the same review has the same id on both), and the card's state
// is recomputed from the merged log.
struct ReviewRecord
{
    QString id;
    QDateTime reviewedAt;
    Rating rating = Rating::Good;

    friend bool operator==(const ReviewRecord &, const ReviewRecord &) = default;
};

} // namespace lectern
