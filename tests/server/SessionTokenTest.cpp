#include "server/PasswordHasher.h"
#include "server/SessionToken.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QSet>

using namespace lectern;
using namespace lectern::server;
using namespace Qt::Literals::StringLiterals;

namespace {
class SessionTokenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AccountSettings cheap;
        cheap.hashOpsLimit = 1;
        cheap.hashMemLimit = 64 * 1024;
        PasswordHasher hasher(cheap);
        ASSERT_TRUE(hasher.prepare().ok()); // initialises libsodium
    }
};
} // namespace

TEST_F(SessionTokenTest, TokensAreUnpaddedBase64UrlOf32RandomBytesKeptAsTheirSha256)
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const SessionToken token = SessionToken::generate();
        ASSERT_EQ(token.text.size(), 43);
        EXPECT_FALSE(token.text.contains(u'=') || token.text.contains(u'+') || token.text.contains(u'/'));
        const QByteArray raw = QByteArray::fromBase64(token.text.toLatin1(), QByteArray::Base64UrlEncoding);
        EXPECT_EQ(token.sha256, QCryptographicHash::hash(raw, QCryptographicHash::Sha256));
        EXPECT_EQ(SessionToken::digestOf(token.text), token.sha256);
        seen.insert(token.text);
    }
    EXPECT_EQ(seen.size(), 100);
}

TEST_F(SessionTokenTest, TextThatCannotBeATokenHasNoDigest)
{
    const QString token = SessionToken::generate().text;
    EXPECT_EQ(SessionToken::digestOf(QString()), std::nullopt);
    EXPECT_EQ(SessionToken::digestOf(token.left(42)), std::nullopt);
    EXPECT_EQ(SessionToken::digestOf(token + u"A"_s), std::nullopt);
    EXPECT_EQ(SessionToken::digestOf(token.left(42) + u"!"_s), std::nullopt);
    EXPECT_EQ(SessionToken::digestOf(token + u"="_s), std::nullopt);
}
