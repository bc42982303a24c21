#pragma once

#include <QSet>
#include <QString>

#include <functional>
#include <utility>

namespace lectern {

// Brings a list model's rows in line with a fresh answer from the library one change at a time,
// rather than with a model reset, so views keep their selection, expansion and scroll position.

// The model calls that bracket each kind of row change, for syncRows below.
struct RowNotifier
{
    std::function<void(int)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int from, int to)> beginMove;
    std::function<void()> endMove;
    std::function<void(int)> beginInsert;
    std::function<void()> endInsert;
};

// Turns `current` into `fresh` with removals, moves and inserts, announcing each one, and hands
// rows present in both to `update` (old item, new item, row). Keys must be unique within `fresh`.
template<typename Container, typename KeyOf, typename Update>
void syncRows(Container &current, Container fresh, KeyOf keyOf, const RowNotifier &notify, Update update)
{
    QSet<QString> freshKeys;
    for (const auto &item : fresh)
        freshKeys.insert(keyOf(item));
    for (qsizetype row = qsizetype(current.size()) - 1; row >= 0; --row) {
        if (freshKeys.contains(keyOf(current[row])))
            continue;
        notify.beginRemove(int(row));
        current.erase(current.begin() + row);
        notify.endRemove();
    }
    for (qsizetype row = 0; row < qsizetype(fresh.size()); ++row) {
        const QString key = keyOf(fresh[row]);
        if (row < qsizetype(current.size()) && keyOf(current[row]) == key) {
            update(current[row], std::move(fresh[row]), int(row));
            continue;
        }
        qsizetype from = -1;
        for (qsizetype other = row + 1; other < qsizetype(current.size()); ++other) {
            if (keyOf(current[other]) == key) {
                from = other;
                break;
            }
        }
        if (from >= 0) {
            notify.beginMove(int(from), int(row));
            auto moved = std::move(current[from]);
            current.erase(current.begin() + from);
            current.insert(current.begin() + row, std::move(moved));
            notify.endMove();
            update(current[row], std::move(fresh[row]), int(row));
        } else {
            notify.beginInsert(int(row));
            current.insert(current.begin() + row, std::move(fresh[row]));
            notify.endInsert();
        }
    }
}

} // namespace lectern
