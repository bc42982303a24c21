#pragma once

#include "AudioFixtures.h"
#include "TestEnvironment.h"
#include "library/LibraryStore.h"
#include "pipeline/LectureImporter.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace lectern::test {

inline QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Every file in the library's audio folder, hidden (staged) ones included.
inline QStringList audioFolderEntries(const QString &libraryDir)
{
    return QDir(LectureImporter::audioDirectory(libraryDir))
        .entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Every live lecture of the library, filed or not.
inline QList<Lecture> allLectures(LibraryStore &store)
{
    QList<Lecture> all;
    const auto courses = store.courses(LibraryStore::CourseFilter::IncludeArchived);
    EXPECT_TRUE(courses.ok());
    QStringList courseIds{QString()};
    if (courses.ok()) {
        for (const Course &course : *courses)
            courseIds.append(course.id);
    }
    for (const QString &id : courseIds) {
        const auto lectures = store.lectures(id);
        EXPECT_TRUE(lectures.ok());
        if (lectures.ok())
            all += *lectures;
    }
    return all;
}

// A library in a temporary directory, and a place for generated recordings beside it.
class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_libraryDir.isValid());
        ASSERT_TRUE(m_scratchDir.isValid());
        auto opened = LibraryStore::open(m_libraryDir.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
    }

    LibraryStore &store() { return *m_store; }
    QString libraryDir() const { return m_libraryDir.path(); }
    QStringList audioFiles() const { return audioFolderEntries(m_libraryDir.path()); }
    QString storedPath(const Lecture &lecture) const { return QDir(m_libraryDir.path()).filePath(lecture.audioPath); }

    // A recording long enough for an import to be caught in the middle.
    QString longRecording(double seconds = 600)
    {
        AudioFixtures fixtures(m_scratchDir.path());
        const Result<QString> path = fixtures.longToneWav(QStringLiteral("long-lecture.wav"), seconds);
        EXPECT_TRUE(path.ok()) << path.error().message.toStdString();
        return path.ok() ? *path : QString();
    }

    // Nothing of a failed import is left: no lecture, no audio (staged or stored).
    void expectNothingImported()
    {
        EXPECT_TRUE(allLectures(*m_store).isEmpty());
        EXPECT_TRUE(audioFiles().isEmpty()) << audioFiles().join(u' ').toStdString();
    }

    QTemporaryDir m_libraryDir;
    QTemporaryDir m_scratchDir;
    std::unique_ptr<LibraryStore> m_store;
};

} // namespace lectern::test
