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

} // namespace
} // namespace lectern::test
