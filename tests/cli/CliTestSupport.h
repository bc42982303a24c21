#pragma once

#include "QtPrinters.h"

// Running the CLI in-process against a library the test fills through LibraryStore.

#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "library/LibraryStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include <ostream>

namespace lectern::test {

struct CliOutput
{
    cli::ExitCode code;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

// As lectern-cli's main() does: English needs its plural forms too ("1 file", "2 files").
inline void installCliTranslations()
{
    static const bool installed = installTranslations(QLocale(QLocale::English), QCoreApplication::instance());
    Q_UNUSED(installed);
}

inline CliOutput runCli(const QString &dataDir, const QStringList &arguments)
{
    installCliTranslations();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CommandLine commandLine;
    const cli::ExitCode code = commandLine.run(
        QStringList{QStringLiteral("lectern-cli"), QStringLiteral("--data-dir"), dataDir} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

inline TranscriptSegment segment(qint64 startMs, qint64 endMs, const QString &text)
{
    TranscriptSegment s;
    s.startMs = startMs;
    s.endMs = endMs;
    s.text = text;
    return s;
}

// A library in a temporary directory with one transcribed, annotated lecture in a course and one
// bare lecture outside any course.
class CliLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        withStore([this](LibraryStore &store) {
            const auto course = store.createCourse(QStringLiteral("Biology 101"));
            ASSERT_TRUE(course.ok());
            Lecture draft;
            draft.courseId = course->id;
            draft.title = QStringLiteral("Cell membranes");
            draft.recordedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
            draft.durationMs = (45 * 60 + 12) * 1000;
            draft.language = QStringLiteral("en");
            draft.audioPath = QStringLiteral("audio/0123.mp3");
            const auto lecture = store.createLecture(draft);
            ASSERT_TRUE(lecture.ok());
            m_lecture = *lecture;
            ASSERT_TRUE(store.replaceSegments(m_lecture.id, transcript()).ok());
            ASSERT_TRUE(store.setNote(m_lecture.id, QStringLiteral("Ask about membrane proteins.")).ok());

            Lecture bare;
            bare.title = QStringLiteral("Guest talk");
            const auto guest = store.createLecture(bare);
            ASSERT_TRUE(guest.ok());
            m_bare = *guest;
        });
    }

    static QList<TranscriptSegment> transcript()
    {
        return {segment(0, 4'200, QStringLiteral("Welcome to the lecture on cell membranes.")),
                segment(4'200, 9'850, QStringLiteral("The membrane is a lipid bilayer.")),
                segment(65'000, 71'500, QStringLiteral("Osmosis moves water across the membrane --> inside.")),
                segment(3'600'250, 3'604'000, QStringLiteral("Proteins & channels <gate> the flow."))};
    }

    template<typename F>
    void withStore(F use)
    {
        auto store = LibraryStore::open(m_dir.path());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        use(**store);
    }

    CliOutput run(const QStringList &arguments) { return runCli(m_dir.path(), arguments); }

    QTemporaryDir m_dir;
    Lecture m_lecture;
    Lecture m_bare;
};

} // namespace lectern::test
