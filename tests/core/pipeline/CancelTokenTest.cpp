#include "pipeline/CancelToken.h"

#include <gtest/gtest.h>

#include <QThread>

using namespace lectern;

TEST(CancelToken, CallbacksRunOnceWhenCancelled)
{
    CancelToken token;
    int calls = 0;
    const CancelToken::Subscription subscription = token.onCancel([&calls] { ++calls; });
    EXPECT_FALSE(token.isCancelled());
    token.cancel();
    token.cancel();
    EXPECT_TRUE(token.isCancelled());
    EXPECT_EQ(calls, 1);
}

TEST(CancelToken, SubscribingAfterTheCancelRunsTheCallbackAtOnce)
{
    CancelToken token;
    token.cancel();
    bool called = false;
    const CancelToken::Subscription subscription = token.onCancel([&called] { called = true; });
    EXPECT_TRUE(called);
}

TEST(CancelToken, AnEndedSubscriptionIsNotCalled)
{
    CancelToken token;
    int calls = 0;
    {
        const CancelToken::Subscription subscription = token.onCancel([&calls] { ++calls; });
    }
    CancelToken::Subscription reset = token.onCancel([&calls] { calls += 10; });
    reset.reset();
    token.cancel();
    EXPECT_EQ(calls, 0);
}

TEST(CancelToken, MarkingOnlySetsTheFlagUntilCancelIsCalled)
{
    CancelToken token;
    int calls = 0;
    const CancelToken::Subscription subscription = token.onCancel([&calls] { ++calls; });
    token.markCancelled();
    EXPECT_TRUE(token.isCancelled());
    EXPECT_TRUE(token.flag()->load());
    EXPECT_EQ(calls, 0);
    token.cancel();
    EXPECT_EQ(calls, 1);
}

TEST(CancelToken, CancelFromAnotherThreadReachesTheCallback)
{
    CancelToken token;
    std::atomic_int calls{0};
    const CancelToken::Subscription subscription = token.onCancel([&calls] { ++calls; });
    std::unique_ptr<QThread> thread(QThread::create([&token] { token.cancel(); }));
    thread->start();
    ASSERT_TRUE(thread->wait(10'000));
    EXPECT_EQ(calls.load(), 1);
}
