#include "audio/ChunkPlanner.h"

#include "AudioFixtures.h"

#include <gtest/gtest.h>

#include <random>

using namespace lectern;

namespace {

constexpr qint64 kMinute = 60'000;

// A synthetic lecture built piece by piece straight into an envelope, so an hour needs no
// 115 MB buffer. Speech is noise in syllable-sized bursts with short breaks between them (no
// pause long enough to cut in); silence is a faint noise floor, as in a real room.
class Lecture
{
public:
    Lecture &speech(qint64 ms)
    {
        qint64 left = ms * kPcmSamplesPerMs;
        while (left > 0) {
            const qint64 syllable = std::min(left, std::uniform_int_distribution<qint64>(1920, 4800)(m_rng));
            append(syllable, std::uniform_int_distribution<int>(3000, 9000)(m_rng));
            left -= syllable;
            const qint64 gap = std::min(left, std::uniform_int_distribution<qint64>(640, 1920)(m_rng));
            append(gap, 40);
            left -= gap;
        }
        return *this;
    }

    Lecture &silence(qint64 ms)
    {
        append(ms * kPcmSamplesPerMs, 40);
        return *this;
    }

    const EnergyEnvelope &envelope() const { return m_envelope; }

private:
    void append(qint64 samples, int amplitude)
    {
        std::uniform_int_distribution<int> noise(-amplitude, amplitude);
        m_block.resize(size_t(samples));
        for (qint16 &s : m_block)
            s = qint16(noise(m_rng));
        m_envelope.append(m_block);
    }

    std::mt19937 m_rng{20240901};
    PcmSamples m_block;
    EnergyEnvelope m_envelope;
};

// What every plan must satisfy, whatever the audio.
void expectValidPlan(const QList<AudioChunk> &chunks, qint64 totalMs, const ChunkPlanOptions &o)
{
    SCOPED_TRACE(testing::Message() << "lecture of " << totalMs << " ms");
    ASSERT_FALSE(chunks.isEmpty());
    EXPECT_EQ(chunks.first().startMs, 0);
    EXPECT_EQ(chunks.last().endMs, totalMs);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const AudioChunk &c = chunks[i];
        EXPECT_EQ(c.index, i);
        EXPECT_GT(c.endMs, c.startMs);
        if (chunks.size() > 1) {
            EXPECT_GE(c.durationMs(), o.minChunkMs) << "chunk " << i;
        }
        EXPECT_LE(c.durationMs(), o.targetMs + o.searchWindowMs) << "chunk " << i;
        if (i > 0) {
            EXPECT_EQ(c.startMs, chunks[i - 1].endMs - o.overlapMs) << "chunk " << i << " must overlap its predecessor";
        }
    }
}

TEST(ChunkPlanner, CutsLandInTheSilenceNearTheTarget)
{
    // Pauses at 9:43-9:45 and 19:28-19:30; the targets are 10:00 and about 19:39.
    Lecture lecture;
    lecture.speech(9 * kMinute + 43'000).silence(2000).speech(9 * kMinute + 43'000).silence(2000).speech(5 * kMinute);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(lecture.envelope());
    expectValidPlan(chunks, lecture.envelope().durationMs(), ChunkPlanOptions{});
    ASSERT_EQ(chunks.size(), 3);
    // In the pause, well clear of the speech on either side.
    EXPECT_GE(chunks[0].endMs, 583'000 + 300);
    EXPECT_LE(chunks[0].endMs, 585'000 - 300);
    EXPECT_GE(chunks[1].endMs, 1168'000 + 300);
    EXPECT_LE(chunks[1].endMs, 1170'000 - 300);
}

TEST(ChunkPlanner, CutsInTheMiddleOfAPause)
{
    Lecture lecture;
    lecture.speech(10 * kMinute + 5000).silence(3000).speech(5 * kMinute);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(lecture.envelope());
    ASSERT_EQ(chunks.size(), 2);
    EXPECT_NEAR(double(chunks[0].endMs), 606'500.0, 300.0);
}

TEST(ChunkPlanner, IgnoresPausesOutsideTheSearchWindow)
{
    // A pause a full minute before the target is too far away to move the cut to.
    Lecture lecture;
    lecture.speech(9 * kMinute).silence(3000).speech(12 * kMinute);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(lecture.envelope());
    ASSERT_GE(chunks.size(), 2);
    EXPECT_GE(chunks[0].endMs, 10 * kMinute - 30'000);
    EXPECT_LE(chunks[0].endMs, 10 * kMinute + 30'000);
}

TEST(ChunkPlanner, OverlapIsAsConfigured)
{
    Lecture lecture;
    lecture.speech(35 * kMinute);
    for (const qint64 overlap : {qint64(0), qint64(5000), qint64(8000)}) {
        ChunkPlanOptions options;
        options.overlapMs = overlap;
        const QList<AudioChunk> chunks = ChunkPlanner(options).plan(lecture.envelope());
        ASSERT_GE(chunks.size(), 3);
        for (qsizetype i = 1; i < chunks.size(); ++i)
            EXPECT_EQ(chunks[i - 1].endMs - chunks[i].startMs, overlap);
    }
}

TEST(ChunkPlanner, TwentyFiveSecondsIsOneChunk)
{
    Lecture lecture;
    lecture.speech(25'000);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(lecture.envelope());
    ASSERT_EQ(chunks.size(), 1);
    EXPECT_EQ(chunks[0], (AudioChunk{0, 0, 25'000}));
}

TEST(ChunkPlanner, ALectureShorterThanTheMinimumIsStillOneChunk)
{
    Lecture lecture;
    lecture.speech(4'000);
    EXPECT_EQ(ChunkPlanner().plan(lecture.envelope()), (QList<AudioChunk>{{0, 0, 4'000}}));
}

TEST(ChunkPlanner, NoAudioMeansNoChunks)
{
    EXPECT_TRUE(ChunkPlanner().plan(EnergyEnvelope()).isEmpty());
}

TEST(ChunkPlanner, AnHourGivesSixChunksOfAboutTenMinutes)
{
    Lecture lecture;
    lecture.speech(60 * kMinute);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(lecture.envelope());
    expectValidPlan(chunks, 60 * kMinute, ChunkPlanOptions{});
    ASSERT_EQ(chunks.size(), 6);
    for (const AudioChunk &c : chunks) {
        EXPECT_GE(c.durationMs(), 10 * kMinute - 30'000);
        EXPECT_LE(c.durationMs(), 10 * kMinute + 30'000);
    }
}

TEST(ChunkPlanner, AShortTailIsFoldedIntoTheLastChunk)
{
    // 10:08 of speech: a separate 8 s (or 13 s with the overlap) chunk would be billed as 10 s
    // and transcribed without context.
    Lecture lecture;
    lecture.speech(10 * kMinute + 8000);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(lecture.envelope());
    EXPECT_EQ(chunks, (QList<AudioChunk>{{0, 0, 10 * kMinute + 8000}}));
}

TEST(ChunkPlanner, EveryLengthGivesAValidPlan)
{
    // Lengths around the thresholds, where off-by-one mistakes hide.
    for (const qint64 ms : {qint64(9'990), qint64(10'000), qint64(599'999), qint64(630'000), qint64(630'010),
                            qint64(640'000), qint64(1'205'000), qint64(1'234'000), qint64(1'236'000),
                            qint64(1'262'000), qint64(1'265'000), qint64(1'900'000)}) {
        Lecture lecture;
        lecture.speech(ms);
        expectValidPlan(ChunkPlanner().plan(lecture.envelope()), ms, ChunkPlanOptions{});
    }
}

TEST(ChunkPlanner, OtherTargetsWork)
{
    Lecture lecture;
    lecture.speech(30 * kMinute);
    ChunkPlanOptions options;
    options.targetMs = 5 * kMinute;
    options.searchWindowMs = 10'000;
    const QList<AudioChunk> chunks = ChunkPlanner(options).plan(lecture.envelope());
    expectValidPlan(chunks, 30 * kMinute, options);
    // Each chunk moves the plan on by about 4:55 (5 min less the overlap): seven chunks, the
    // last one 5:25 at most.
    ASSERT_EQ(chunks.size(), 7);
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i)
        EXPECT_NEAR(double(chunks[i].durationMs()), double(5 * kMinute), 10'000.0);
}

TEST(ChunkPlanner, ForTranscriptionTheFirstChunkIsShortSoUploadingStartsAtOnce)
{
    Lecture lecture;
    lecture.speech(60 * kMinute);
    const ChunkPlanOptions options = ChunkPlanOptions::forTranscription();
    const QList<AudioChunk> chunks = ChunkPlanner(options).plan(lecture.envelope());
    expectValidPlan(chunks, 60 * kMinute, options);
    ASSERT_GE(chunks.size(), 3);
    EXPECT_GE(chunks[0].durationMs(), 45'000);
    EXPECT_LE(chunks[0].durationMs(), 75'000);
    EXPECT_NEAR(double(chunks[1].durationMs()), double(10 * kMinute), 30'000.0) << "then the usual ten minutes";
}

TEST(ChunkPlanner, ForTranscriptionTheLastChunksShrinkTowardsTheEnd)
{
    Lecture lecture;
    lecture.speech(60 * kMinute);
    const ChunkPlanOptions options = ChunkPlanOptions::forTranscription();
    const QList<AudioChunk> chunks = ChunkPlanner(options).plan(lecture.envelope());
    expectValidPlan(chunks, 60 * kMinute, options);
    // Each chunk after the first is at most a third of what is left from its start (or a minute),
    // give or take the pause it ends in.
    for (qsizetype i = 1; i < chunks.size(); ++i) {
        const double left = double(60 * kMinute - chunks[i].startMs);
        EXPECT_LE(double(chunks[i].durationMs()), std::max(left / 3, 60'000.0) * 1.25 + 1000) << "chunk " << i;
    }
    EXPECT_LE(chunks.last().durationMs(), 90'000) << "Groq's time for the last upload stays short";
    EXPECT_LE(chunks[chunks.size() - 2].durationMs(), 90'000);
    // Few enough requests for Groq's free tier (20 a minute), and little audio sent twice.
    EXPECT_LE(chunks.size(), 15);
}

TEST(ChunkPlanner, ForTranscriptionAShortLectureIsStillOneChunk)
{
    Lecture lecture;
    lecture.speech(70'000);
    const QList<AudioChunk> chunks = ChunkPlanner(ChunkPlanOptions::forTranscription()).plan(lecture.envelope());
    EXPECT_EQ(chunks, (QList<AudioChunk>{{0, 0, 70'000}}));
}

TEST(ChunkPlanner, ForTranscriptionEveryLengthGivesAValidPlan)
{
    const ChunkPlanOptions options = ChunkPlanOptions::forTranscription();
    for (const qint64 ms : {qint64(9'990), qint64(75'000), qint64(76'000), qint64(130'000), qint64(599'999),
                            qint64(640'000), qint64(1'900'000), qint64(7'300'000)}) {
        Lecture lecture;
        lecture.speech(ms);
        expectValidPlan(ChunkPlanner(options).plan(lecture.envelope()), ms, options);
    }
}

TEST(ChunkPlanner, InconsistentOptionsAreBroughtIntoRange)
{
    ChunkPlanOptions silly;
    silly.targetMs = 1000;
    silly.overlapMs = 60'000;
    silly.searchWindowMs = -5;
    const ChunkPlanner planner(silly);
    Lecture lecture;
    lecture.speech(5 * kMinute);
    const QList<AudioChunk> chunks = planner.plan(lecture.envelope());
    expectValidPlan(chunks, 5 * kMinute, planner.options());
    EXPECT_GT(planner.options().targetMs, planner.options().minChunkMs + planner.options().overlapMs);
}

TEST(ChunkPlanner, PlansFromPcmDirectly)
{
    PcmSamples pcm(size_t(40 * kPcmSampleRate), 0);
    const QList<AudioChunk> chunks = ChunkPlanner().plan(pcm);
    EXPECT_EQ(chunks, (QList<AudioChunk>{{0, 0, 40'000}}));
}

} // namespace
