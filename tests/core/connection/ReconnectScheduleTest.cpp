#include "connection/ReconnectSchedule.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace lectern;
using namespace std::chrono_literals;

namespace {

// Each wait is the nominal one, jittered by up to 20% either way.
void expectAbout(std::chrono::milliseconds wait, std::chrono::milliseconds nominal)
{
    EXPECT_GE(wait.count(), nominal.count() * 8 / 10) << "nominal " << nominal.count() << " ms";
    EXPECT_LE(wait.count(), nominal.count() * 12 / 10) << "nominal " << nominal.count() << " ms";
}

} // namespace

TEST(ReconnectSchedule, WaitsDoubleAfterEveryFailureUpToTheLimit)
{
    QObject owner;
    ReconnectSchedule schedule(100ms, 500ms, &owner);
    for (const auto nominal : {100ms, 200ms, 400ms, 500ms, 500ms}) {
        expectAbout(schedule.scheduleNext(), nominal);
        EXPECT_TRUE(schedule.isPending());
    }
    schedule.cancel();
    EXPECT_FALSE(schedule.isPending());
}

TEST(ReconnectSchedule, AConnectionThatWorkedStartsTheWaitsAgain)
{
    QObject owner;
    ReconnectSchedule schedule(100ms, 10s, &owner);
    schedule.scheduleNext();
    schedule.scheduleNext();
    schedule.reset();
    expectAbout(schedule.scheduleNext(), 100ms);
}

TEST(ReconnectSchedule, TheAttemptFallsDueOnceItsWaitIsOver)
{
    QObject owner;
    ReconnectSchedule schedule(20ms, 1s, &owner);
    QSignalSpy due(&schedule, &ReconnectSchedule::due);
    schedule.scheduleNext();
    ASSERT_TRUE(due.wait(5000));
    EXPECT_EQ(due.count(), 1);
    EXPECT_FALSE(schedule.isPending());
}

TEST(ReconnectSchedule, ACancelledAttemptNeverFallsDue)
{
    QObject owner;
    ReconnectSchedule schedule(20ms, 1s, &owner);
    QSignalSpy due(&schedule, &ReconnectSchedule::due);
    schedule.scheduleNext();
    schedule.cancel();
    // A later attempt falls due alone: the cancelled one did not fire before it.
    ReconnectSchedule later(60ms, 1s, &owner);
    QSignalSpy laterDue(&later, &ReconnectSchedule::due);
    later.scheduleNext();
    ASSERT_TRUE(laterDue.wait(5000));
    EXPECT_EQ(due.count(), 0);
}
