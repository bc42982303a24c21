#include "FakeGroqServer.h"
#include "SharedUplink.h"
#include "TimeCode.h"
#include "WavWriter.h"

#include <gtest/gtest.h>

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace lectern::fake;

namespace {

constexpr int kUplinkWaitMs = 30000;

QNetworkReply *postAudio(QNetworkAccessManager &network, const FakeGroqServer &server, const QByteArray &wav)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setRawHeader("Content-Disposition", R"(form-data; name="file"; filename="chunk.wav")");
    file.setBody(wav);
    multipart->append(file);
    QHttpPart model;
    model.setRawHeader("Content-Disposition", R"(form-data; name="model")");
    model.setBody("whisper-large-v3-turbo");
    multipart->append(model);
    QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/audio/transcriptions")));
    request.setRawHeader("Authorization", "Bearer " + server.options().apiKey.toUtf8());
    QNetworkReply *reply = network.post(request, multipart);
    multipart->setParent(reply);
    return reply;
}

QString textOf(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("text")).toString();
}

} // namespace

TEST(SharedUplink, SplitsTheLineEquallyBetweenThoseWhoWantMore)
{
    EXPECT_EQ(SharedUplink::share({5000, 5000, 5000}, 3000), (QList<qint64>{1000, 1000, 1000}));
}

TEST(SharedUplink, GivesWhatOneDoesNotNeedToTheOthers)
{
    const QList<qint64> grants = SharedUplink::share({100, 5000, 0, 5000}, 3000);
    EXPECT_EQ(grants, (QList<qint64>{100, 1450, 0, 1450}));
}

TEST(SharedUplink, NeverGrantsMoreThanTheLineCarriesOrAReaderWants)
{
    const QList<qint64> wants{7, 1, 12345, 300, 299, 5};
    for (const qint64 budget : {0LL, 1LL, 10LL, 999LL, 5000LL, 100000LL}) {
        const QList<qint64> grants = SharedUplink::share(wants, budget);
        qint64 total = 0;
        for (qsizetype i = 0; i < wants.size(); ++i) {
            EXPECT_GE(grants[i], 0);
            EXPECT_LE(grants[i], wants[i]);
            total += grants[i];
        }
        EXPECT_LE(total, budget);
        if (budget >= 100000) {
            EXPECT_EQ(grants, wants) << "enough for everyone";
        }
    }
}

// Two uploads at once through one 400 kB/s line: together they take as long as their bytes need
// at that rate, and they share it, so neither is through before most of both has been carried.
// (With a per-request slow_uplink each would get 400 kB/s of its own and be through in half the time.)
TEST(SharedUplink, ParallelUploadsShareOneLine)
{
    constexpr qint64 kRate = 400'000;
    FakeGroqServer server;
    server.setUplink(kRate);
    ASSERT_TRUE(server.listen().ok());
    QNetworkAccessManager network;
    const QByteArray first = WavWriter::encode(TimeCodedAudio::generate(10, 6)); // 192 kB each
    const QByteArray second = WavWriter::encode(TimeCodedAudio::generate(20, 6));
    std::unique_ptr<QNetworkReply> a(postAudio(network, server, first));
    std::unique_ptr<QNetworkReply> b(postAudio(network, server, second));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->isFinished() && b->isFinished(); }, kUplinkWaitMs));

    EXPECT_EQ(a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(textOf(a.get()), QStringLiteral(" s10 s11 s12 s13 s14 s15"));
    EXPECT_EQ(textOf(b.get()), QStringLiteral(" s20 s21 s22 s23 s24 s25"));

    ASSERT_EQ(server.requestCount(), 2);
    const RecordedRequest &one = server.requests().at(0);
    const RecordedRequest &two = server.requests().at(1);
    const qint64 bytes = one.bodySize + two.bodySize;
    const qint64 start = std::min(one.startedAtMs, two.startedAtMs);
    const qint64 firstThrough = std::min(one.receivedAtMs, two.receivedAtMs) - start;
    const qint64 allThrough = std::max(one.receivedAtMs, two.receivedAtMs) - start;
    const qint64 lineMs = bytes * 1000 / kRate; // 960 ms
    EXPECT_GE(allThrough, lineMs * 95 / 100);
    EXPECT_GE(firstThrough, lineMs * 3 / 4) << "the two uploads went through one after another, not side by side";
    EXPECT_GE(server.uplink()->bytesCarried(), bytes);
}

TEST(SharedUplink, ASlowUplinkRuleStillHoldsItsRequestBackBehindAFastLine)
{
    FakeGroqServer server;
    server.setUplink(10'000'000);
    server.addFault(FaultRule::slowUplink(400'000));
    ASSERT_TRUE(server.listen().ok());
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(postAudio(network, server, WavWriter::encode(TimeCodedAudio::generate(40, 6))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, kUplinkWaitMs));
    EXPECT_EQ(textOf(reply.get()), QStringLiteral(" s40 s41 s42 s43 s44 s45"));
    const RecordedRequest &recorded = server.requests().first();
    EXPECT_GE(recorded.receivedAtMs - recorded.startedAtMs, recorded.bodySize * 1000 / 400'000 * 9 / 10);
}

TEST(SharedUplink, ANewConnectionIsReadOnlyAfterItsHandshakes)
{
    FakeGroqServer server;
    server.setConnectionSetupMs(300);
    server.setUplink(10'000'000);
    ASSERT_TRUE(server.listen().ok());
    QNetworkAccessManager network;
    const qint64 sentAtMs = server.elapsedMs();
    std::unique_ptr<QNetworkReply> reply(postAudio(network, server, WavWriter::encode(TimeCodedAudio::generate(3, 2))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, kUplinkWaitMs));
    EXPECT_EQ(textOf(reply.get()), QStringLiteral(" s3 s4"));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_GE(server.requests().first().startedAtMs - sentAtMs, 300);
}
