#include "FakeGroqServer.h"
#include "TimeCode.h"
#include "WavWriter.h"

#include "TestEnvironment.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace lectern;
using namespace lectern::fake;

namespace {

constexpr int kWaitMs = 30000;

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QNetworkReply *reply = nullptr; // for headers; deleted with the fixture's manager
    const QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()[u"error"][u"code"].toString(); }
    QString errorMessage() const { return json()[u"error"][u"message"].toString(); }
};

class FakeGroqServerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen().ok()); }

    QNetworkRequest request(const QString &path, const QByteArray &key = "gsk_fake_test_key") const
    {
        QNetworkRequest request(QUrl(server.baseUrl().toString() + path));
        request.setRawHeader("Authorization", "Bearer " + key);
        return request;
    }

    Answer wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(kWaitMs);
        }
        return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll(), reply};
    }

    Answer get(const QString &path, const QByteArray &key = "gsk_fake_test_key") { return wait(network.get(request(path, key))); }

    Answer postJson(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return wait(network.post(r, QJsonDocument(body).toJson()));
    }

    Answer upload(const QByteArray &audio, const QString &fileName, const QList<QPair<QByteArray, QByteArray>> &fields)
    {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart file;
        file.setRawHeader("Content-Disposition", "form-data; name=\"file\"; filename=\"" + fileName.toUtf8() + '"');
        file.setBody(audio);
        multipart->append(file);
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            part.setRawHeader("Content-Disposition", "form-data; name=\"" + name + '"');
            part.setBody(value);
            multipart->append(part);
        }
        QNetworkReply *reply = network.post(request(QStringLiteral("/audio/transcriptions")), multipart);
        multipart->setParent(reply);
        return wait(reply);
    }

    static QList<QPair<QByteArray, QByteArray>> verbose(bool words = false)
    {
        QList<QPair<QByteArray, QByteArray>> fields{{"model", "whisper-large-v3-turbo"},
                                                    {"response_format", "verbose_json"},
                                                    {"timestamp_granularities[]", "segment"}};
        if (words)
            fields.append(qMakePair(QByteArray("timestamp_granularities[]"), QByteArray("word")));
        return fields;
    }

    FakeGroqServer server;
    QNetworkAccessManager network;
};

} // namespace

TEST_F(FakeGroqServerTest, RejectsAWrongKeyWithGroqsErrorBody)
{
    const Answer answer = get(QStringLiteral("/models"), "gsk_wrong");
    EXPECT_EQ(answer.status, 401);
    EXPECT_EQ(answer.json(), QJsonDocument::fromJson(R"({"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}})")
                                 .object());
    EXPECT_EQ(server.requests().last().status, 401);
}

TEST_F(FakeGroqServerTest, ListsModelsWithRateLimitHeaders)
{
    const Answer answer = get(QStringLiteral("/models"));
    ASSERT_EQ(answer.status, 200);
    QStringList ids;
    for (const QJsonValue &model : answer.json()[u"data"].toArray())
        ids.append(model[u"id"].toString());
    EXPECT_TRUE(ids.contains(QStringLiteral("whisper-large-v3-turbo")));
    EXPECT_TRUE(ids.contains(QStringLiteral("llama-3.3-70b-versatile")));
    EXPECT_FALSE(answer.reply->rawHeader("x-ratelimit-limit-requests").isEmpty());
    EXPECT_FALSE(answer.reply->rawHeader("x-ratelimit-remaining-tokens").isEmpty());
    const QRegularExpression wait(QStringLiteral("^(\\d+h)?(\\d+m)?\\d+\\.\\d\\ds$"));
    EXPECT_TRUE(wait.match(QString::fromLatin1(answer.reply->rawHeader("x-ratelimit-reset-requests"))).hasMatch())
        << answer.reply->rawHeader("x-ratelimit-reset-requests").toStdString();
    EXPECT_TRUE(answer.reply->rawHeader("retry-after").isEmpty());
    EXPECT_EQ(get(QStringLiteral("/nothing-here")).errorCode(), QStringLiteral("unknown_url"));
}

TEST_F(FakeGroqServerTest, TranscribesTimeCodesAndRecordsWhatWasSent)
{
    const QByteArray wav = WavWriter::encode(TimeCodedAudio::generate(50, 12));
    auto fields = verbose(true);
    fields.append(qMakePair(QByteArray("language"), QByteArray("de")));
    fields.append(qMakePair(QByteArray("prompt"), QByteArray("Zellbiologie")));
    const Answer answer = upload(wav, QStringLiteral("chunk-3.wav"), fields);
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    const QJsonObject json = answer.json();
    EXPECT_EQ(json[u"task"].toString(), QStringLiteral("transcribe"));
    EXPECT_EQ(json[u"language"].toString(), QStringLiteral("German"));
    EXPECT_DOUBLE_EQ(json[u"duration"].toDouble(), 12.0);
    EXPECT_EQ(json[u"text"].toString(), QStringLiteral(" s50 s51 s52 s53 s54 s55 s56 s57 s58 s59 s60 s61"));
    const QJsonArray segments = json[u"segments"].toArray();
    ASSERT_EQ(segments.size(), 3);
    EXPECT_EQ(segments[1][u"text"].toString(), QStringLiteral(" s55 s56 s57 s58 s59"));
    EXPECT_DOUBLE_EQ(segments[1][u"start"].toDouble(), 5.0);
    EXPECT_DOUBLE_EQ(segments[1][u"end"].toDouble(), 9.68);
    for (const char *key : {"id", "seek", "tokens", "temperature", "avg_logprob", "compression_ratio", "no_speech_prob"})
        EXPECT_TRUE(segments[0].toObject().contains(QLatin1String(key))) << key;
    const QJsonArray words = json[u"words"].toArray();
    ASSERT_EQ(words.size(), 12);
    EXPECT_EQ(words[11][u"word"].toString(), QStringLiteral("s61"));
    EXPECT_DOUBLE_EQ(words[11][u"start"].toDouble(), 11.0);
    EXPECT_FALSE(json[u"x_groq"][u"id"].toString().isEmpty());

    const RecordedRequest &recorded = server.requests().last();
    EXPECT_EQ(recorded.fileName, QStringLiteral("chunk-3.wav"));
    EXPECT_EQ(recorded.fileSize, wav.size());
    EXPECT_EQ(recorded.field(QStringLiteral("language")), QStringLiteral("de"));
    EXPECT_EQ(recorded.field(QStringLiteral("prompt")), QStringLiteral("Zellbiologie"));
    EXPECT_EQ(recorded.fields.value(QStringLiteral("timestamp_granularities[]")), (QStringList{QStringLiteral("segment"), QStringLiteral("word")}));
    EXPECT_DOUBLE_EQ(recorded.audioSeconds, 12.0);
    EXPECT_EQ(recorded.timeCodes.size(), 12);
    EXPECT_EQ(recorded.timeCodes.first(), 50);
}

TEST_F(FakeGroqServerTest, AnswersPlainJsonAndTextFormats)
{
    const QByteArray wav = WavWriter::encode(TimeCodedAudio::generate(7, 2));
    const Answer json = upload(wav, QStringLiteral("a.wav"), {{"model", "whisper-large-v3"}});
    ASSERT_EQ(json.status, 200);
    EXPECT_EQ(json.json()[u"text"].toString(), QStringLiteral(" s7 s8"));
    EXPECT_FALSE(json.json().contains(QStringLiteral("segments")));
    const Answer text = upload(wav, QStringLiteral("a.wav"), {{"model", "whisper-large-v3"}, {"response_format", "text"}});
    EXPECT_EQ(text.body, " s7 s8");
    const Answer badGranularity = upload(wav, QStringLiteral("a.wav"), {{"model", "whisper-large-v3"}, {"timestamp_granularities[]", "word"}});
    EXPECT_EQ(badGranularity.status, 400);
    EXPECT_TRUE(badGranularity.errorMessage().contains(QStringLiteral("verbose_json")));
    const Answer badModel = upload(wav, QStringLiteral("a.wav"), {{"model", "whisper-tiny"}});
    EXPECT_EQ(badModel.status, 404);
    EXPECT_EQ(badModel.errorCode(), QStringLiteral("model_not_found"));
}

TEST_F(FakeGroqServerTest, SilenceIsAnEmptyTranscriptNotAnError)
{
    const Answer answer = upload(WavWriter::encode(std::vector<qint16>(16000 * 3, 0)), QStringLiteral("quiet.wav"), verbose());
    ASSERT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.json()[u"text"].toString().isEmpty());
    const QJsonArray segments = answer.json()[u"segments"].toArray();
    ASSERT_EQ(segments.size(), 1);
    EXPECT_GT(segments[0][u"no_speech_prob"].toDouble(), 0.9);
}

TEST_F(FakeGroqServerTest, SpeechWithoutTimeCodesGetsTheScript)
{
    ASSERT_TRUE(server.loadScript(test::sampleFile(QStringLiteral("cell-biology-intro.txt"))).ok());
    QFile sample(test::sampleFile(QStringLiteral("cell-biology-intro.wav")));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const Answer answer = upload(sample.readAll(), QStringLiteral("cell-biology-intro.wav"), verbose());
    ASSERT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.json()[u"text"].toString().startsWith(QStringLiteral(" Good morning")));
    const QJsonArray segments = answer.json()[u"segments"].toArray();
    ASSERT_GT(segments.size(), 2);
    EXPECT_NEAR(segments.last()[u"end"].toDouble(), answer.json()[u"duration"].toDouble(), 0.02);
}

TEST_F(FakeGroqServerTest, RejectsUndecodableAndTooShortAudioLikeGroq)
{
    QFile corrupt(test::sampleFile(QStringLiteral("corrupt-noise.mp3")));
    ASSERT_TRUE(corrupt.open(QIODevice::ReadOnly));
    const Answer undecodable = upload(corrupt.readAll(), QStringLiteral("corrupt-noise.mp3"), verbose());
    EXPECT_EQ(undecodable.status, 400);
    EXPECT_EQ(undecodable.errorMessage(), QStringLiteral("could not process file - is it a valid media file?"));

    const Answer tooShort = upload(WavWriter::encode(std::vector<qint16>(80, 100)), QStringLiteral("blip.wav"), verbose());
    EXPECT_EQ(tooShort.status, 400);
    EXPECT_TRUE(tooShort.errorMessage().contains(QStringLiteral("0.01 seconds")));

    const Answer noFile = upload(QByteArray(), QStringLiteral("empty.wav"), verbose());
    EXPECT_EQ(noFile.status, 400);
}

TEST_F(FakeGroqServerTest, EnforcesTheUploadLimit)
{
    server.setMaxUploadBytes(20'000);
    const Answer answer = upload(WavWriter::encode(TimeCodedAudio::generate(0, 1)), QStringLiteral("big.wav"), verbose());
    EXPECT_EQ(answer.status, 413);
    EXPECT_EQ(answer.errorCode(), QStringLiteral("request_too_large"));
    EXPECT_GT(server.requests().last().bodySize, 20'000);
    // The connection is still good for the next request.
    EXPECT_EQ(get(QStringLiteral("/models")).status, 200);
}

TEST_F(FakeGroqServerTest, ChatRequiresTheWordJsonInJsonMode)
{
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("llama-3.3-70b-versatile")},
                           {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                               {QStringLiteral("content"), QStringLiteral("Name three organelles.")}}}},
                           {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}}};
    const Answer answer = postJson(QStringLiteral("/chat/completions"), body);
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(answer.errorMessage().contains(QStringLiteral("'json'")));
}

TEST_F(FakeGroqServerTest, InjectsRateLimitsWithRetryAfter)
{
    server.addFault(FaultRule::rateLimit(5.289).onPath(QStringLiteral("/models")).onRequests({1}));
    const Answer limited = get(QStringLiteral("/models"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.reply->rawHeader("retry-after"), "6");
    EXPECT_EQ(limited.errorCode(), QStringLiteral("rate_limit_exceeded"));
    EXPECT_TRUE(limited.errorMessage().contains(QStringLiteral("Please try again in 5.289s")));
    EXPECT_EQ(get(QStringLiteral("/models")).status, 200);
    EXPECT_EQ(server.requests().first().faults, QStringList{QStringLiteral("status 429")});
}

TEST_F(FakeGroqServerTest, InjectsGatewayErrorsAsHtml)
{
    server.addFault(FaultRule::httpStatus(502));
    const Answer answer = get(QStringLiteral("/models"));
    EXPECT_EQ(answer.status, 502);
    EXPECT_TRUE(answer.body.contains("502 Bad Gateway"));
}

TEST_F(FakeGroqServerTest, ResetsTheConnectionMidResponse)
{
    // POST, because Qt quietly sends an idempotent GET again when a connection breaks.
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("llama-3.1-8b-instant")},
                           {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                               {QStringLiteral("content"), QStringLiteral("Define diffusion")}}}}};
    server.addFault(FaultRule::reset().onRequests({2}));
    const Answer whole = postJson(QStringLiteral("/chat/completions"), body);
    ASSERT_EQ(whole.status, 200);
    const Answer broken = postJson(QStringLiteral("/chat/completions"), body);
    // Qt reports RemoteHostClosedError or, depending on which socket event it handles first, a
    // quietly truncated body; either way the answer is cut short.
    EXPECT_EQ(broken.status, 200);
    EXPECT_LT(broken.body.size(), whole.body.size());
    EXPECT_EQ(broken.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), whole.body.size());
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().last().faults, QStringList{QStringLiteral("reset")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.activeRequests() == 0; }, kWaitMs));
}

TEST_F(FakeGroqServerTest, AStalledRequestStaysOpenUntilTheClientGivesUp)
{
    server.addFault(FaultRule::stall());
    QNetworkReply *reply = network.get(request(QStringLiteral("/models")));
    QSignalSpy started(&server, &FakeGroqServer::requestStarted);
    ASSERT_TRUE(started.wait(kWaitMs));
    QSignalSpy finished(&server, &FakeGroqServer::requestFinished);
    EXPECT_FALSE(finished.wait(300)); // nothing comes: that is the fault
    EXPECT_EQ(server.activeRequests(), 1);
    reply->abort();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(server.requests().last().status, 0);
    EXPECT_TRUE(server.requests().last().completed);
}

TEST_F(FakeGroqServerTest, ReadsASlowUplinkAndStillAnswers)
{
    server.addFault(FaultRule::slowUplink(400'000));
    const QByteArray wav = WavWriter::encode(TimeCodedAudio::generate(1, 3)); // ~96 kB: about a quarter second
    const Answer answer = upload(wav, QStringLiteral("slow.wav"), verbose());
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.json()[u"text"].toString(), QStringLiteral(" s1 s2 s3"));
    EXPECT_EQ(server.requests().last().faults, QStringList{QStringLiteral("slow_uplink")});
}

TEST_F(FakeGroqServerTest, ServesChunkedRequestsAndKeepsTheConnectionAlive)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(socket.waitForConnected(kWaitMs));
    const QByteArray json = R"({"model":"llama-3.1-8b-instant","messages":[{"role":"user","content":"Define osmosis"}]})";
    QByteArray requests = "POST /openai/v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer gsk_fake_test_key\r\n"
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    requests += QByteArray::number(20, 16) + "\r\n" + json.left(20) + "\r\n";
    requests += QByteArray::number(json.size() - 20, 16) + "\r\n" + json.mid(20) + "\r\n0\r\n\r\n";
    requests += "GET /openai/v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer gsk_fake_test_key\r\nConnection: close\r\n\r\n";
    socket.write(requests);
    QByteArray received;
    EXPECT_TRUE(QTest::qWaitFor([&] {
        received += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, kWaitMs));
    received += socket.readAll();
    EXPECT_EQ(received.count("HTTP/1.1 200 OK"), 2);
    EXPECT_TRUE(received.contains("Here is a short answer about: Define osmosis."));
    EXPECT_TRUE(received.contains("connection: close"));
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(FakeGroqServerTest, StreamsChatAsServerSentEvents)
{
    server.chat().setCannedResponse(QStringLiteral("mitosis"), QStringLiteral("Mitosis has four phases: prophase, metaphase, anaphase and telophase."));
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("llama-3.3-70b-versatile")},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                         {QStringLiteral("content"), QStringLiteral("Explain mitosis")}}}}};
    const Answer answer = postJson(QStringLiteral("/chat/completions"), body);
    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(answer.reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/event-stream"));
    QString content;
    QJsonObject usage;
    const QList<QByteArray> lines = answer.body.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("data: ") || line == "data: [DONE]")
            continue;
        const QJsonObject chunk = QJsonDocument::fromJson(line.mid(6)).object();
        content += chunk[u"choices"][0][u"delta"][u"content"].toString();
        if (chunk[u"x_groq"][u"usage"].isObject())
            usage = chunk[u"x_groq"][u"usage"].toObject();
    }
    EXPECT_EQ(content, QStringLiteral("Mitosis has four phases: prophase, metaphase, anaphase and telophase."));
    EXPECT_GT(usage[u"total_tokens"].toInt(), 0);
    EXPECT_TRUE(answer.body.trimmed().endsWith("data: [DONE]"));
}

TEST_F(FakeGroqServerTest, SlowsAnswersDownLikeGroqWithoutChangingThem)
{
    server.addFault(FaultRule::groqSpeed(216).onPath(QStringLiteral("/audio/transcriptions")));
    server.addFault(FaultRule::latency(25));
    const Answer answer = upload(WavWriter::encode(TimeCodedAudio::generate(30, 4)), QStringLiteral("a.wav"), verbose());
    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(answer.json()[u"text"].toString(), QStringLiteral(" s30 s31 s32 s33"));
    const RecordedRequest &recorded = server.requests().last();
    EXPECT_EQ(recorded.faults, (QStringList{QStringLiteral("groq_speed"), QStringLiteral("latency")}));
    // 4 s of audio take 19 ms at 216x, then the answer travels back for 25 ms (a ms of rounding).
    EXPECT_GE(recorded.endedAtMs - recorded.receivedAtMs, 19 + 25 - 1);
}
