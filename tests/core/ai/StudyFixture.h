#pragma once

#include "ai/GroqError.h"
#include "ai/StudyChat.h"
#include "library/LibraryStore.h"

#include "FakeGroqServer.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lectern::test {

inline constexpr int kStudyWaitMs = 30000;

inline TranscriptSegment studySegment(qint64 startMs, const QString &text)
{
    TranscriptSegment segment;
    segment.startMs = startMs;
    segment.endMs = startMs + 5000;
    segment.text = text;
    return segment;
}

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A library with one transcribed lecture, and a Groq client pointed at a fake server. The client
// does not retry on its own, so every retry the tests see is the study code's.
class StudyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(server.listen().ok());
        client = StudyChat::clientWithoutRetries(server.baseUrl(), server.options().apiKey, &owner);
        auto opened = LibraryStore::open(dir.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
        lecture = addLecture(QStringLiteral("Cell membranes"), QStringLiteral("en"),
                             {studySegment(0, QStringLiteral("Welcome to today's lecture on cell membranes.")),
                              studySegment(5'000, QStringLiteral("The membrane is a lipid bilayer with proteins in it.")),
                              studySegment(65'000, QStringLiteral("Osmosis moves water across the membrane towards more solute.")),
                              studySegment(125'000, QStringLiteral("Channels let ions pass without using energy."))});
    }

    Lecture addLecture(const QString &title, const QString &language, const QList<TranscriptSegment> &segments)
    {
        Lecture draft;
        draft.title = title;
        draft.language = language;
        Result<Lecture> created = store->createLecture(draft);
        EXPECT_TRUE(created.ok());
        EXPECT_TRUE(store->replaceSegments(created->id, segments).ok());
        return *created;
    }

    QList<TranscriptSegment> segments(const QString &lectureId) const
    {
        Result<QList<TranscriptSegment>> loaded = store->segments(lectureId);
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? *loaded : QList<TranscriptSegment>();
    }

    QList<StudyItem> items(StudyItemKind kind) const
    {
        Result<QList<StudyItem>> loaded = store->studyItems(lecture.id, kind);
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? *loaded : QList<StudyItem>();
    }

    // The chat requests the fake saw, each as its messages' contents.
    QList<QStringList> chatMessages() const
    {
        QList<QStringList> requests;
        for (const auto &request : server.requests()) {
            if (!request.path.endsWith(QLatin1String("/chat/completions")))
                continue;
            QStringList contents;
            for (const QJsonValue &message : request.json[u"messages"].toArray())
                contents.append(message[u"content"].toString());
            requests.append(contents);
        }
        return requests;
    }

    QTemporaryDir dir;
    fake::FakeGroqServer server;
    QObject owner; // owns the client
    GroqClient *client = nullptr;
    std::unique_ptr<LibraryStore> store;
    Lecture lecture;
};

} // namespace lectern::test
