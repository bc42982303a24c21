// `lectern-cli key set|test|forget` as a student runs it: the real binary, the key piped in, the
// keychain of with-keyring.sh (or none at all), and the fake Groq server.
#include "../core/secrets/KeyringTestSupport.h"

#include "FakeGroqServer.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace Qt::Literals::StringLiterals;

namespace {

struct KeyRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class KeyCommandFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_config.isValid());
        ASSERT_TRUE(server.listen().ok());
    }

    // Runs lectern-cli with `input` on stdin, GROQ_BASE_URL at the fake and, unless given,
    // no GROQ_API_KEY. The event loop keeps running, so the fake in this process can answer.
    KeyRun run(const QStringList &arguments, const QByteArray &input = {}, const QString &environmentKey = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        env.insert(u"GROQ_BASE_URL"_s, server.baseUrl().toString());
        env.remove(u"GROQ_API_KEY"_s);
        if (!environmentKey.isEmpty())
            env.insert(u"GROQ_API_KEY"_s, environmentKey);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LECTERN_CLI_BINARY), QStringList{u"key"_s} + arguments);
        EXPECT_TRUE(process.waitForStarted(10'000));
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000))
            << "lectern-cli did not finish";
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Where `key set --allow-plain-file` put the key, if anywhere under the config directory.
    QString plainKeyFile() const
    {
        QDirIterator files(m_config.path(), {u"groq-api-key"_s}, QDir::Files, QDirIterator::Subdirectories);
        return files.hasNext() ? files.next() : QString();
    }

    int modelRequests() const
    {
        int count = 0;
        for (const fake::RecordedRequest &request : server.requests())
            count += request.method == "GET" && request.path.endsWith(u"/models"_s);
        return count;
    }

    fake::FakeGroqServer server;
    QTemporaryDir m_config;
};

using KeyCommandWithKeychain = KeyCommandFixture;

TEST_F(KeyCommandWithKeychain, SavedKeyIsTestedWithOneModelsCall)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    const KeyRun set = run({u"set"_s}, server.options().apiKey.toUtf8() + "\n");
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.out, u"Saved the Groq key in the system keychain.\n"_s);
    EXPECT_TRUE(plainKeyFile().isEmpty());

    const KeyRun test = run({u"test"_s});
    ASSERT_EQ(test.exitCode, 0) << test.err.toStdString();
    const QStringList lines = test.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3) << test.out.toStdString();
    EXPECT_EQ(lines[0], u"Key from the system keychain: The key works."_s);
    EXPECT_EQ(lines[1], u"Models it may use:"_s);
    EXPECT_TRUE(lines.contains(u"  whisper-large-v3-turbo"_s)) << test.out.toStdString();
    EXPECT_TRUE(lines.contains(u"  llama-3.3-70b-versatile"_s)) << test.out.toStdString();
    EXPECT_EQ(modelRequests(), 1);
    EXPECT_EQ(server.requestCount(), 1);
    run({u"forget"_s});
}

TEST_F(KeyCommandWithKeychain, WrongKeyIsReportedInWords)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    ASSERT_EQ(run({u"set"_s}, "gsk_not_the_right_one").exitCode, 0);
    const KeyRun test = run({u"test"_s});
    EXPECT_EQ(test.exitCode, 3);
    EXPECT_TRUE(test.out.isEmpty());
    EXPECT_TRUE(test.err.startsWith(u"lectern-cli: Key from the system keychain: Groq does not accept this key."_s))
        << test.err.toStdString();
    EXPECT_EQ(modelRequests(), 1);
    run({u"forget"_s});
}

TEST_F(KeyCommandWithKeychain, EnvironmentKeyComesFirst)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    ASSERT_EQ(run({u"set"_s}, "gsk_stale_key_in_keychain").exitCode, 0);
    const KeyRun test = run({u"test"_s}, {}, server.options().apiKey);
    ASSERT_EQ(test.exitCode, 0) << test.err.toStdString();
    EXPECT_TRUE(test.out.startsWith(u"Key from GROQ_API_KEY: The key works."_s)) << test.out.toStdString();
    run({u"forget"_s});
}

TEST_F(KeyCommandWithKeychain, ForgottenKeyLeavesNoKeyAndSaysHowToAddOne)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    ASSERT_EQ(run({u"set"_s}, "gsk_soon_gone").exitCode, 0);
    const KeyRun forget = run({u"forget"_s});
    ASSERT_EQ(forget.exitCode, 0) << forget.err.toStdString();
    EXPECT_EQ(forget.out, u"Removed the saved Groq key.\n"_s);

    const KeyRun test = run({u"test"_s});
    EXPECT_EQ(test.exitCode, 3);
    EXPECT_TRUE(test.err.contains(u"lectern-cli key set"_s)) << test.err.toStdString();
    EXPECT_TRUE(test.err.contains(u"GROQ_API_KEY"_s)) << test.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(KeyCommandWithKeychain, NothingOnStdinIsAUsageError)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    const KeyRun set = run({u"set"_s}, "\n");
    EXPECT_EQ(set.exitCode, 2);
    EXPECT_TRUE(set.err.contains(u"No key on standard input"_s)) << set.err.toStdString();
}

TEST_F(KeyCommandWithKeychain, UnknownActionIsAUsageError)
{
    const KeyRun run = this->run({u"show"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"set, test or forget"_s)) << run.err.toStdString();
}

using KeyCommandWithoutKeychain = KeyCommandFixture;

TEST_F(KeyCommandWithoutKeychain, SetSaysThereIsNoKeychainAndHowToChooseAFile)
{
    LECTERN_REQUIRE_NO_KEYRING();
    const KeyRun set = run({u"set"_s}, "gsk_with_nowhere_to_go\n");
    EXPECT_EQ(set.exitCode, 4);
    EXPECT_TRUE(set.err.contains(u"No keychain service is running"_s)) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(u"lectern-cli key set --allow-plain-file"_s)) << set.err.toStdString();
    EXPECT_TRUE(plainKeyFile().isEmpty());
}

TEST_F(KeyCommandWithoutKeychain, AllowedPlainFileIsOwnerOnlyAndUsedByTest)
{
    LECTERN_REQUIRE_NO_KEYRING();
    const KeyRun set = run({u"set"_s, u"--allow-plain-file"_s}, server.options().apiKey.toUtf8());
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(u"It is NOT encrypted"_s)) << set.out.toStdString();
    const QString file = plainKeyFile();
    ASSERT_FALSE(file.isEmpty());
    EXPECT_TRUE(set.out.contains(file)) << set.out.toStdString();
    const QFile::Permissions permissions = QFile::permissions(file);
    EXPECT_FALSE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));

    const KeyRun test = run({u"test"_s});
    ASSERT_EQ(test.exitCode, 0) << test.err.toStdString();
    EXPECT_TRUE(test.out.startsWith(u"Key from the unencrypted key file: The key works."_s)) << test.out.toStdString();

    ASSERT_EQ(run({u"forget"_s}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(file));
}

} // namespace
