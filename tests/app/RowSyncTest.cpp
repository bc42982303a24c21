#include "QtPrinters.h"
#include "library/RowSync.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace lectern;
using namespace Qt::Literals::StringLiterals;

namespace {

// Records what syncRows announces and checks that every begin has its end.
struct Recorder
{
    QStringList log;
    int open = 0;

    RowNotifier notifier()
    {
        return {
            [this](int row) { log.append(u"remove %1"_s.arg(row)); ++open; },
            [this] { --open; },
            [this](int from, int to) { log.append(u"move %1 to %2"_s.arg(from).arg(to)); ++open; },
            [this] { --open; },
            [this](int row) { log.append(u"insert %1"_s.arg(row)); ++open; },
            [this] { --open; },
        };
    }
};

QString identity(const QString &item)
{
    return item;
}

} // namespace

TEST(RowSync, TurnsTheOldListIntoTheNewOneWithBalancedAnnouncements)
{
    QStringList current{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    const QStringList fresh{u"e"_s, u"b"_s, u"x"_s, u"d"_s};
    Recorder recorder;
    const RowNotifier notify = recorder.notifier();
    QStringList updated;
    syncRows(current, fresh, identity, notify, [&](QString &, QString item, int row) {
        updated.append(u"%1@%2"_s.arg(item).arg(row));
    });
    EXPECT_EQ(current, fresh);
    EXPECT_EQ(recorder.open, 0);
    // Rows present before and after are updated in place, never removed and inserted again.
    EXPECT_EQ(updated, (QStringList{u"e@0"_s, u"b@1"_s, u"d@3"_s}));
    EXPECT_EQ(recorder.log, (QStringList{u"remove 2"_s, u"remove 0"_s, u"move 2 to 0"_s, u"insert 2"_s}));
}

TEST(RowSync, EmptyToFullAndBack)
{
    QStringList current;
    const QStringList full{u"a"_s, u"b"_s};
    Recorder recorder;
    const RowNotifier notify = recorder.notifier();
    syncRows(current, full, identity, notify, [](QString &, QString, int) {});
    EXPECT_EQ(current, full);
    EXPECT_EQ(recorder.log, (QStringList{u"insert 0"_s, u"insert 1"_s}));
    syncRows(current, QStringList(), identity, notify, [](QString &, QString, int) {});
    EXPECT_TRUE(current.isEmpty());
    EXPECT_EQ(recorder.open, 0);
}
