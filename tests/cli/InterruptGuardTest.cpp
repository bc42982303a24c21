#include "cli/InterruptGuard.h"

#include "pipeline/CancelToken.h"

#include <gtest/gtest.h>

#include <QTest>

#include <csignal>

using namespace lectern;

#if defined(Q_OS_UNIX)
TEST(InterruptGuard, CtrlCCancelsInsteadOfEndingTheProcess)
{
    CancelToken token;
    bool notified = false;
    int wokenCallbacks = 0;
    const CancelToken::Subscription subscription = token.onCancel([&wokenCallbacks] { ++wokenCallbacks; });
    {
        cli::InterruptGuard guard(token, [&notified] { notified = true; });
        EXPECT_FALSE(guard.interrupted());
        ASSERT_EQ(::raise(SIGINT), 0);
        // Marked inside the handler, before any event is processed: loops that poll stop at once.
        EXPECT_TRUE(token.isCancelled());
        EXPECT_TRUE(guard.interrupted());
        // Waiters registered with the token are woken once the event loop sees the signal.
        EXPECT_TRUE(QTest::qWaitFor([&] { return notified; }, 10'000));
        EXPECT_EQ(wokenCallbacks, 1);
    }
    struct sigaction current = {};
    ASSERT_EQ(::sigaction(SIGINT, nullptr, &current), 0);
    EXPECT_EQ(current.sa_handler, SIG_DFL) << "the default handling is back once the guard is gone";
}

TEST(InterruptGuard, SigtermIsHandledLikeCtrlC)
{
    CancelToken token;
    cli::InterruptGuard guard(token);
    ASSERT_EQ(::raise(SIGTERM), 0);
    EXPECT_TRUE(token.isCancelled());
}
#endif
