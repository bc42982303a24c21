#include "recording/LiveTranscript.h"

#include "FakeGroqServer.h"
#include "RecordingTestSupport.h"
#include "ai/ApiKeyProvider.h"
#include "ai/GroqClient.h"
#include "ai/GroqConfig.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kScript = QStringLiteral("Osmosis moves water across the membrane.");
} // namespace

TEST(LiveTranscript, SendsEveryThirtySecondsOfRecordingAndShowsTheTextInOrder)
{
    fake::FakeGroqServer server;
    ASSERT_TRUE(server.listen());
    server.transcriber().setScript(kScript);
    GroqConfig config;
    config.baseUrl = server.baseUrl();
    GroqClient client(config, std::make_shared<FixedApiKeyProvider>(server.options().apiKey));
    LiveTranscript live(&client, QStringLiteral("whisper-large-v3-turbo"), {});
    QSignalSpy changed(&live, &LiveTranscript::textChanged);

    // 65 s in the recorder's 100 ms blocks: two whole chunks, and 5 s left for the full transcription.
    const PcmSamples audio = test::tone(65000);
    const size_t block = size_t(pcmMsToSamples(100));
    for (size_t offset = 0; offset < audio.size(); offset += block)
        live.addSamples(PcmSamples(audio.begin() + offset, audio.begin() + std::min(audio.size(), offset + block)));
    EXPECT_EQ(live.chunksSent(), 2);

    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() == 2; }, kTimeoutMs));
    // The fake hears the whole script in each chunk: once per chunk, in recording order.
    EXPECT_EQ(live.text(), kScript + u' ' + kScript);
    EXPECT_EQ(changed.last().at(0).toString(), live.text());
    EXPECT_EQ(live.chunksPending(), 0);
}

TEST(LiveTranscript, AChunkGroqRefusesIsReported)
{
    fake::FakeGroqServer server;
    ASSERT_TRUE(server.listen());
    GroqConfig config;
    config.baseUrl = server.baseUrl();
    config.retry.maxRetries = 0;
    GroqClient client(config, std::make_shared<FixedApiKeyProvider>(QStringLiteral("gsk_wrong_key")));
    LiveTranscript live(&client, QStringLiteral("whisper-large-v3-turbo"), {}, 2000);
    QSignalSpy failed(&live, &LiveTranscript::chunkFailed);
    live.addSamples(test::tone(2000));
    ASSERT_TRUE(failed.wait(kTimeoutMs));
    EXPECT_FALSE(failed.first().at(0).toString().isEmpty());
    EXPECT_TRUE(live.text().isEmpty());
}
