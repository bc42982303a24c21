#include "audio/ContentHash.h"

#include "AudioFixtures.h"
#include "audio/AudioError.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace lectern;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

TEST(ContentHash, IsTheSha256OfTheFileInLowercaseHex)
{
    QTemporaryDir dir;
    const Result<QString> hash = ContentHash::ofFile(writeFile(dir, QStringLiteral("abc.txt"), "abc"));
    ASSERT_TRUE(hash);
    EXPECT_EQ(*hash, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(ContentHash, StreamsFilesLargerThanOneBlock)
{
    QTemporaryDir dir;
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 31 % 251);
    const Result<QString> hash = ContentHash::ofFile(writeFile(dir, QStringLiteral("big.bin"), bytes));
    ASSERT_TRUE(hash);
    EXPECT_EQ(*hash, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

TEST(ContentHash, DifferentRecordingsHashDifferently)
{
    QTemporaryDir dir;
    const Result<QString> a = ContentHash::ofFile(writeFile(dir, QStringLiteral("a"), "lecture one"));
    const Result<QString> b = ContentHash::ofFile(writeFile(dir, QStringLiteral("b"), "lecture two"));
    ASSERT_TRUE(a);
    ASSERT_TRUE(b);
    EXPECT_NE(*a, *b);
}

TEST(ContentHash, MissingFileIsReportedByName)
{
    QTemporaryDir dir;
    const Result<QString> hash = ContentHash::ofFile(dir.filePath(QStringLiteral("vanished.wav")));
    ASSERT_FALSE(hash);
    EXPECT_EQ(hash.error().code, AudioError::FileMissing);
    EXPECT_TRUE(hash.error().message.contains(QStringLiteral("vanished.wav")));
}

TEST(ContentHash, StopsWhenCancelled)
{
    QTemporaryDir dir;
    const std::atomic_bool cancelled{true};
    const Result<QString> hash = ContentHash::ofFile(writeFile(dir, QStringLiteral("x"), "x"), &cancelled);
    ASSERT_FALSE(hash);
    EXPECT_EQ(hash.error().code, AudioError::Cancelled);
}

} // namespace
