#pragma once

#include "QtPrinters.h"

#include "base/Clock.h"
#include "library/LibraryStore.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

namespace lectern::test {

// Success, or the error code and message, so a failed expectation says what went wrong.
template<typename R>
::testing::AssertionResult isOk(const R &result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << result.error().code.toStdString() << ": "
                                         << result.error().message.toStdString();
}

template<typename R>
QString errorCode(const R &result)
{
    return result.ok() ? QStringLiteral("<ok>") : result.error().code;
}

// The first column of the first row of `sql`, read through a separate connection to the file,
// as another process would see it. -1 when there is no row.
inline qint64 rawInt(const QString &databasePath, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        if (q.next())
            value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A fresh library in a temporary directory, on a clock that only moves when told to.
class LibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }

    void reopen()
    {
        m_store.reset();
        auto opened = LibraryStore::open(m_dir.path(), m_clock);
        ASSERT_TRUE(isOk(opened));
        m_store = std::move(opened).value();
    }

    LibraryStore &store() { return *m_store; }

    Course addCourse(const QString &name)
    {
        auto course = m_store->createCourse(name);
        EXPECT_TRUE(isOk(course));
        return course.ok() ? *course : Course{};
    }

    Lecture addLecture(const QString &courseId, const QString &title)
    {
        Lecture draft;
        draft.courseId = courseId;
        draft.title = title;
        draft.recordedAt = m_clock.now();
        auto lecture = m_store->createLecture(draft);
        EXPECT_TRUE(isOk(lecture));
        return lecture.ok() ? *lecture : Lecture{};
    }

    static TranscriptSegment segment(qint64 startMs, qint64 endMs, const QString &text)
    {
        TranscriptSegment s;
        s.startMs = startMs;
        s.endMs = endMs;
        s.text = text;
        return s;
    }

    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
};

} // namespace lectern::test
