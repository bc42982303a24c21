#include "pipeline/StagedFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lectern;

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}
} // namespace

TEST(StagedFile, TheFinalNameAppearsOnlyOnCommit)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("audio.opus"));
    Result<StagedFile> staged = StagedFile::create(target);
    ASSERT_TRUE(staged.ok()) << staged.error().message.toStdString();
    staged.value().device()->write("complete");
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QFileInfo(staged->temporaryPath()).fileName().startsWith(QStringLiteral(".audio.opus.")));
    EXPECT_TRUE(staged->temporaryPath().endsWith(QStringLiteral(".part")));

    ASSERT_TRUE(staged.value().commit().ok());
    EXPECT_EQ(contents(target), QByteArray("complete"));
    EXPECT_EQ(entries(dir), QStringList{QStringLiteral("audio.opus")});
}

TEST(StagedFile, CommitReplacesAnExistingFile)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("audio.opus"));
    QFile old(target);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old and longer");
    old.close();
    Result<StagedFile> staged = StagedFile::create(target);
    ASSERT_TRUE(staged.ok());
    staged.value().device()->write("new");
    ASSERT_TRUE(staged.value().commit().ok());
    EXPECT_EQ(contents(target), QByteArray("new"));
}

TEST(StagedFile, DroppingItRemovesWhatWasWritten)
{
    QTemporaryDir dir;
    {
        Result<StagedFile> staged = StagedFile::create(dir.filePath(QStringLiteral("audio.opus")));
        ASSERT_TRUE(staged.ok());
        staged.value().device()->write("half");
        ASSERT_TRUE(staged.value().finishWriting().ok());
        StagedFile moved = std::move(staged).value();
        EXPECT_EQ(entries(dir).size(), 1);
    }
    EXPECT_TRUE(entries(dir).isEmpty());
}

TEST(StagedFile, AFolderThatDoesNotExistIsAWriteError)
{
    QTemporaryDir dir;
    const Result<StagedFile> staged = StagedFile::create(dir.filePath(QStringLiteral("missing/audio.opus")));
    ASSERT_FALSE(staged.ok());
    EXPECT_EQ(staged.error().code, QStringLiteral("audio.write_failed"));
    EXPECT_TRUE(staged.error().message.contains(QStringLiteral("audio.opus"))) << staged.error().message.toStdString();
}

TEST(StagedFile, OnlyStagedFilesLeftLongAgoAreRemovedAsAbandoned)
{
    QTemporaryDir dir;
    const auto make = [&dir](const QString &name, const QDateTime &modified) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
        // Written out first, or closing the file would write and touch it again.
        ASSERT_TRUE(file.flush());
        ASSERT_TRUE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    make(QStringLiteral(".old.mp3.AbCdEf.part"), now.addDays(-3));
    make(QStringLiteral(".running.mp3.GhIjKl.part"), now);
    make(QStringLiteral("kept.mp3"), now.addDays(-3));

    EXPECT_EQ(StagedFile::removeAbandoned(dir.path(), now.addDays(-1)), 1);
    EXPECT_EQ(entries(dir), (QStringList{QStringLiteral(".running.mp3.GhIjKl.part"), QStringLiteral("kept.mp3")}));
}
