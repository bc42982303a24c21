// The sync token in a real keychain: a throwaway gnome-keyring under tests/support/with-keyring.sh.

#include "KeyringTestSupport.h"

#include "sync/KeychainSyncTokenStore.h"

#include <gtest/gtest.h>

#include <QObject>
#include <QTest>

#include <optional>

namespace lectern::test {
namespace {

using namespace Qt::Literals::StringLiterals;
constexpr int kWaitMs = 20'000;

std::optional<Result<QString>> loadToken(SyncTokenStore &store, QObject *context)
{
    std::optional<Result<QString>> answer;
    store.load(context, [&answer](const Result<QString> &token) { answer = token; });
    // No answer in time leaves `answer` empty, which the caller reports.
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs);
    return answer;
}

std::optional<Status> waitForStatus(const std::function<void(std::function<void(const Status &)>)> &call)
{
    std::optional<Status> answer;
    call([&answer](const Status &status) { answer = status; });
    // No answer in time leaves `answer` empty, which the caller reports.
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs);
    return answer;
}

TEST(SyncTokenKeychain, ASavedTokenIsThereForTheNextStartAndGoneAfterSigningOut)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    QObject context;
    const QString service = uniqueKeychainService();
    {
        KeychainSyncTokenStore store(service, u"sync-session-token"_s);
        const auto saved = waitForStatus([&](auto done) { store.save(u"Zx0pL9wQe8rT7yU6iO5aS4dF3gH2jK1lMnBvCxZ0q9w"_s, &context, done); });
        ASSERT_TRUE(saved.has_value() && saved->ok()) << (saved ? saved->error().message.toStdString() : "no answer");
    }
    // A new store, as after a restart, reads it from the keychain.
    KeychainSyncTokenStore reopened(service, u"sync-session-token"_s);
    const auto loaded = loadToken(reopened, &context);
    ASSERT_TRUE(loaded.has_value() && loaded->ok());
    EXPECT_EQ(loaded->value(), u"Zx0pL9wQe8rT7yU6iO5aS4dF3gH2jK1lMnBvCxZ0q9w"_s);

    const auto cleared = waitForStatus([&](auto done) { reopened.clear(&context, done); });
    ASSERT_TRUE(cleared.has_value() && cleared->ok());
    const auto afterSignOut = loadToken(reopened, &context);
    ASSERT_TRUE(afterSignOut.has_value() && afterSignOut->ok());
    EXPECT_TRUE(afterSignOut->value().isEmpty());
}

TEST(SyncTokenKeychain, ALoadRightAfterASaveAnswersTheNewToken)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    QObject context;
    KeychainSyncTokenStore store(uniqueKeychainService(), u"sync-session-token"_s);
    const auto before = loadToken(store, &context);
    ASSERT_TRUE(before.has_value() && before->ok());
    EXPECT_TRUE(before->value().isEmpty());

    // Study groups ask for the token the moment sync has signed in and started saving it.
    std::optional<Status> saved;
    store.save(u"Qw9eR8tY7uI6oP5aS4dF3gH2jK1lZx0cV9bN8mQ7w6e"_s, &context, [&saved](const Status &s) { saved = s; });
    const auto after = loadToken(store, &context);
    ASSERT_TRUE(after.has_value() && after->ok());
    EXPECT_EQ(after->value(), u"Qw9eR8tY7uI6oP5aS4dF3gH2jK1lZx0cV9bN8mQ7w6e"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.has_value(); }, kWaitMs));
    EXPECT_TRUE(saved->ok());

    std::optional<Status> cleared;
    store.clear(&context, [&cleared](const Status &s) { cleared = s; });
    const auto afterSignOut = loadToken(store, &context);
    ASSERT_TRUE(afterSignOut.has_value() && afterSignOut->ok());
    EXPECT_TRUE(afterSignOut->value().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return cleared.has_value(); }, kWaitMs));
}

} // namespace
} // namespace lectern::test
