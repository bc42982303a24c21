#include "base/HybridLogicalClock.h"
#include "protocol/ErrorCode.h"
#include "protocol/Sync.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace lectern;
using namespace lectern::protocol;
using namespace Qt::Literals::StringLiterals;

namespace {
SyncChange sample()
{
    return {u"lecture"_s, u"123e4567-e89b-12d3-a456-426614174000"_s,
            HlcTimestamp{1'700'000'000'000, 3, u"0123456789abcdef"_s}.toString(), false,
            QJsonObject{{u"title"_s, u"Entropy"_s}, {u"tags"_s, QJsonArray{u"physics"_s}}}};
}
} // namespace

TEST(SyncChangeTest, RoundTripsThroughJsonWithAndWithoutSeq)
{
    const SyncChange pushed = sample();
    EXPECT_FALSE(pushed.toJson().contains(u"seq"_s));
    const auto read = SyncChange::fromJson(pushed.toJson(), 0);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(*read, pushed);

    SyncChange pulled = sample();
    pulled.seq = 42;
    const auto readPulled = SyncChange::fromJson(pulled.toJson(), 0, true);
    ASSERT_TRUE(readPulled.ok());
    EXPECT_EQ(*readPulled, pulled);
    // A pulled change must carry its seq.
    EXPECT_EQ(SyncChange::fromJson(sample().toJson(), 0, true).error().code, u"bad_field"_s);
}

TEST(SyncChangeTest, EveryLibraryTableThatSyncsIsAnEntityAndNoOther)
{
    for (const auto entity : {u"course", u"lecture", u"transcript_segment", u"note", u"study_item", u"flashcard",
                              u"review_log", u"setting", u"listening_session"})
        EXPECT_TRUE(isSyncEntity(QStringView(entity)));
    for (const auto entity : {u"card_state", u"chat_message", u"local_node", u"transcription_cache", u"COURSE", u""})
        EXPECT_FALSE(isSyncEntity(QStringView(entity)));
}

TEST(SyncChangeTest, ErrorsNameThePositionOfTheChange)
{
    QJsonObject json = sample().toJson();
    json.insert(u"entity"_s, u"card_state"_s);
    const auto unknown = SyncChange::fromJson(json, 7);
    EXPECT_EQ(unknown.error().code, errorCodeName(ErrorCode::UnknownEntity));
    EXPECT_TRUE(unknown.error().message.contains(u"changes[7]"_s)) << unknown.error().message.toStdString();

    json = sample().toJson();
    json.insert(u"hlc"_s, u"1700000000000-3-0123456789abcdef"_s);
    const auto badClock = SyncChange::fromJson(json, 2);
    EXPECT_EQ(badClock.error().code, u"bad_field"_s);
    EXPECT_TRUE(badClock.error().message.contains(u"changes[2].hlc"_s)) << badClock.error().message.toStdString();
}

TEST(SyncChangeTest, CanonicalUuidsOnly)
{
    EXPECT_TRUE(isCanonicalUuid(u"123e4567-e89b-12d3-a456-426614174000"));
    EXPECT_FALSE(isCanonicalUuid(u"123E4567-E89B-12D3-A456-426614174000"));
    EXPECT_FALSE(isCanonicalUuid(u"{123e4567-e89b-12d3-a456-426614174000}"));
    EXPECT_FALSE(isCanonicalUuid(u"123e4567e89b12d3a456426614174000"));
    EXPECT_FALSE(isCanonicalUuid(u"123e4567-e89b-12d3-a456_426614174000"));
}
