#include "KeyringTestSupport.h"

#include "ai/ApiKeyProvider.h"
#include "base/Settings.h"
#include "secrets/GroqKeyStore.h"
#include "secrets/Keychain.h"
#include "secrets/PlainKeyFile.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace lectern;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10'000;

class GroqKeyStoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location.service = test::uniqueKeychainService();
        m_location.plainFilePath = m_dir.filePath(u"config/groq-api-key"_s);
        Settings().reset(Setting::GroqKeyInPlainFile);
    }

    void TearDown() override { Settings().reset(Setting::GroqKeyInPlainFile); }

    // Runs `call` and waits for `signal`; returns the Status it carried.
    template<typename Signal>
    static Status await(GroqKeyStore &store, Signal signal, const std::function<void()> &call)
    {
        std::optional<Status> answer;
        const QMetaObject::Connection connection =
            QObject::connect(&store, signal, &store, [&answer](const Status &status) { answer = status; });
        call();
        const bool answered = QTest::qWaitFor([&] { return answer.has_value(); }, kTimeoutMs);
        QObject::disconnect(connection);
        if (!answered)
            return Error{u"test_timeout"_s, u"no answer from the keychain"_s};
        return *answer;
    }

    static Status load(GroqKeyStore &store) { return await(store, &GroqKeyStore::loaded, [&] { store.load(); }); }
    static Status save(GroqKeyStore &store, const QString &key)
    {
        return await(store, &GroqKeyStore::saved, [&] { store.save(key); });
    }
    static Status forget(GroqKeyStore &store) { return await(store, &GroqKeyStore::forgotten, [&] { store.forget(); }); }

    QTemporaryDir m_dir;
    GroqKeyStore::Location m_location;
};

// Against the real Secret Service (gnome-keyring) of with-keyring.sh.
using RealKeychain = GroqKeyStoreFixture;

TEST_F(RealKeychain, SavedKeyIsThereForTheNextStart)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    {
        GroqKeyStore store(m_location, nullptr);
        const Status saved = save(store, u"  gsk_saved_for_later \n"_s);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        EXPECT_EQ(store.source(), GroqKeyStore::Source::Keychain);
        EXPECT_FALSE(store.isKeychainUnavailable());
    }
    // A new store (as after a restart) reads it back from the keychain, not from memory: a fresh
    // service name would find nothing, this one finds the key.
    GroqKeyStore reopened(m_location, nullptr);
    const Status loaded = load(reopened);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(reopened.key(), u"gsk_saved_for_later"_s);
    EXPECT_EQ(reopened.source(), GroqKeyStore::Source::Keychain);
    EXPECT_FALSE(QFile::exists(m_location.plainFilePath));
}

TEST_F(RealKeychain, NothingSavedLoadsAsNoKey)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    GroqKeyStore store(m_location, nullptr);
    const Status loaded = load(store);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_TRUE(store.isLoaded());
    EXPECT_TRUE(store.key().isEmpty());
    EXPECT_EQ(store.source(), GroqKeyStore::Source::None);
}

TEST_F(RealKeychain, ForgottenKeyIsGoneFromTheKeychain)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    GroqKeyStore store(m_location, nullptr);
    ASSERT_TRUE(save(store, u"gsk_to_forget"_s).ok());
    const Status forgotten = forget(store);
    ASSERT_TRUE(forgotten.ok()) << forgotten.error().message.toStdString();
    EXPECT_TRUE(store.key().isEmpty());

    GroqKeyStore reopened(m_location, nullptr);
    ASSERT_TRUE(load(reopened).ok());
    EXPECT_TRUE(reopened.key().isEmpty());
    // Forgetting again, with nothing there, is not an error.
    EXPECT_TRUE(forget(reopened).ok());
}

TEST_F(RealKeychain, ProviderOfAnotherStoreSeesANewKeyAtOnce)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    GroqKeyStore clientSide(m_location, nullptr);
    ASSERT_TRUE(load(clientSide).ok());
    const std::shared_ptr<const ApiKeyProvider> provider = clientSide.apiKeyProvider();
    EXPECT_TRUE(provider->apiKey().isEmpty());

    GroqKeyStore settingsSide(m_location, nullptr);
    ASSERT_TRUE(save(settingsSide, u"gsk_from_settings"_s).ok());
    EXPECT_EQ(provider->apiKey(), u"gsk_from_settings"_s);
}

TEST_F(RealKeychain, SavingIntoTheKeychainRemovesAnUnencryptedCopy)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    ASSERT_TRUE(PlainKeyFile::write(m_location.plainFilePath, u"gsk_old_plain"_s).ok());
    GroqKeyStore store(m_location, nullptr);
    ASSERT_TRUE(save(store, u"gsk_now_encrypted"_s).ok());
    EXPECT_FALSE(QFile::exists(m_location.plainFilePath));
}

// With a session bus address that leads nowhere: no keychain service at all.
using NoKeychain = GroqKeyStoreFixture;

TEST_F(NoKeychain, IsReportedAsUnavailableNotAsAFailure)
{
    LECTERN_REQUIRE_NO_KEYRING();
    GroqKeyStore store(m_location, nullptr);
    QSignalSpy availability(&store, &GroqKeyStore::keychainAvailabilityChanged);
    const Status loaded = load(store);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, secrets::kKeychainUnavailable);
    EXPECT_TRUE(loaded.error().message.contains(u"No keychain service is running"_s)) << loaded.error().message.toStdString();
    EXPECT_TRUE(store.isKeychainUnavailable());
    ASSERT_EQ(availability.size(), 1);
    EXPECT_TRUE(availability.first().at(0).toBool());
    EXPECT_FALSE(Keychain::serviceReachable());
}

TEST_F(NoKeychain, SavingFailsWithoutTheOptInAndWritesNoFile)
{
    LECTERN_REQUIRE_NO_KEYRING();
    GroqKeyStore store(m_location, nullptr);
    const Status saved = save(store, u"gsk_nowhere_to_go"_s);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, secrets::kKeychainUnavailable);
    EXPECT_FALSE(QFile::exists(m_location.plainFilePath));
    EXPECT_TRUE(store.key().isEmpty());
}

TEST_F(NoKeychain, WithTheOptInTheKeyGoesToAFileOnlyTheOwnerCanRead)
{
    LECTERN_REQUIRE_NO_KEYRING();
    GroqKeyStore store(m_location, nullptr);
    store.setPlainFileAllowed(true);
    const Status saved = save(store, u"gsk_in_plain_file"_s);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(store.source(), GroqKeyStore::Source::PlainFile);
    ASSERT_TRUE(QFile::exists(m_location.plainFilePath));
    const QFile::Permissions permissions = QFile::permissions(m_location.plainFilePath);
    EXPECT_TRUE(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    EXPECT_FALSE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));

    GroqKeyStore reopened(m_location, nullptr);
    ASSERT_TRUE(load(reopened).ok());
    EXPECT_EQ(reopened.key(), u"gsk_in_plain_file"_s);
    EXPECT_EQ(reopened.source(), GroqKeyStore::Source::PlainFile);

    ASSERT_TRUE(forget(reopened).ok());
    EXPECT_FALSE(QFile::exists(m_location.plainFilePath));
    EXPECT_TRUE(reopened.key().isEmpty());
}

TEST_F(NoKeychain, AFileLeftFromBeforeIsIgnoredWithoutTheOptIn)
{
    LECTERN_REQUIRE_NO_KEYRING();
    ASSERT_TRUE(PlainKeyFile::write(m_location.plainFilePath, u"gsk_not_chosen"_s).ok());
    GroqKeyStore store(m_location, nullptr);
    EXPECT_FALSE(load(store).ok());
    EXPECT_TRUE(store.key().isEmpty());
}

} // namespace
