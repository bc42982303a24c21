// GET /metrics scraped over a socket, as Prometheus would, around real WebSocket traffic.
#include "ChatFixture.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kMetricsNode = u"00000000000000b2"_s;

// One scrape: every sample by its series ("name{labels}" exactly as printed), and each metric
// family's declared type.
struct Scrape
{
    QHash<QString, double> samples;
    QHash<QString, QString> types;
    QString contentType;
    QStringList problems; // lines that break the text format

    double value(const QString &series) const { return samples.value(series, 0.0); }
};

Scrape parseScrape(const QByteArray &response)
{
    Scrape scrape;
    const QByteArray head = response.left(response.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-type:"))
            scrape.contentType = QString::fromLatin1(line.mid(13).trimmed());
    }
    static const QRegularExpression sampleLine(u"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)$"_s);
    static const QRegularExpression typeLine(u"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram)$"_s);
    for (const QString &line : QString::fromUtf8(httpBody(response)).split(u'\n', Qt::SkipEmptyParts)) {
        if (const auto type = typeLine.match(line); type.hasMatch()) {
            scrape.types.insert(type.captured(1), type.captured(2));
            continue;
        }
        if (line.startsWith(u"# HELP "_s))
            continue;
        const auto match = sampleLine.match(line);
        bool ok = false;
        const double value = match.hasMatch() ? match.captured(3).toDouble(&ok) : 0;
        if (!ok) {
            scrape.problems.append(line);
            continue;
        }
        QString family = match.captured(1);
        for (const QString &suffix : {u"_bucket"_s, u"_sum"_s, u"_count"_s}) {
            if (!scrape.types.contains(family) && family.endsWith(suffix))
                family.chop(suffix.size());
        }
        // The format wants a family's TYPE before its first sample.
        if (!scrape.types.contains(family))
            scrape.problems.append(u"no TYPE before "_s + line);
        scrape.samples.insert(match.captured(1) + match.captured(2), value);
    }
    return scrape;
}

class MetricsTest : public ChatFixture
{
protected:
    Scrape scrape()
    {
        const QByteArray response = httpExchange(m_server->port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
        EXPECT_EQ(httpStatus(response), 200) << response.toStdString();
        Scrape parsed = parseScrape(response);
        EXPECT_TRUE(parsed.problems.isEmpty()) << parsed.problems.join(u'\n').toStdString();
        return parsed;
    }
};
} // namespace

TEST_F(MetricsTest, CountersMoveByWhatTheClientsDid)
{
    start();
    const Scrape before = scrape();
    EXPECT_EQ(before.contentType, u"text/plain; version=0.0.4; charset=utf-8"_s);
    EXPECT_EQ(before.value(u"lectern_connections_open"_s), 0);
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const double started = before.value(u"process_start_time_seconds"_s);
    EXPECT_GT(started, now - 24 * 3600) << "the test process started today";
    EXPECT_LE(started, now);

    Device ada = registerUser(u"ada"_s); // 1 frame in, 1 out
    Device bob = registerUser(u"bob"_s); // 1 in, 1 out
    ASSERT_TRUE(isOk(push(*ada.client, {change(u"course"_s, newId(), 1000, kMetricsNode, {{u"name"_s, u"Algebra"_s}}),
                                        change(u"course"_s, newId(), 1001, kMetricsNode, {{u"name"_s, u"Physics"_s}}),
                                        change(u"course"_s, newId(), 1002, kMetricsNode, {{u"name"_s, u"Chemistry"_s}})})));
    const QJsonObject group = createGroup(*ada.client, u"Study"_s); // 1 in, 1 out
    joinGroup(*bob.client, group);                                   // 1 in, 1 out, and events to ada
    const qint64 groupId = group.value(u"id"_s).toInteger();
    const QString messageId = newId();
    ASSERT_TRUE(isOk(sendChat(*bob.client, groupId, u"hello"_s, messageId)));
    // The same message again is a resend: answered, but not stored twice.
    ASSERT_TRUE(isOk(sendChat(*bob.client, groupId, u"hello"_s, messageId)));
    for (int i = 0; i < 2; ++i)
        EXPECT_TRUE(isError(bob.client->request(frame(u"no.such.type"_s)), u"unknown_type"_s));
    EXPECT_TRUE(isError(bob.client->request(u"{not json"_s), u"malformed_json"_s));
    TestClient stranger(webSocketUrl());
    EXPECT_TRUE(isError(stranger.request(frame(u"sync.pull"_s, {{u"since"_s, 0}})), u"unauthenticated"_s));
    EXPECT_TRUE(isOk(stranger.request(frame(u"ping"_s))));

    const Scrape after = scrape();
    auto delta = [&](const QString &series) { return after.value(series) - before.value(series); };
    EXPECT_EQ(after.value(u"lectern_connections_open"_s), 3);
    EXPECT_EQ(delta(u"lectern_connections_total"_s), 3);
    EXPECT_EQ(delta(u"lectern_sync_changes_total"_s), 3);
    EXPECT_EQ(delta(u"lectern_chat_messages_total"_s), 1);
    EXPECT_EQ(delta(u"lectern_errors_total{code=\"unknown_type\"}"_s), 2);
    EXPECT_EQ(delta(u"lectern_errors_total{code=\"malformed_json\"}"_s), 1);
    EXPECT_EQ(delta(u"lectern_errors_total{code=\"unauthenticated\"}"_s), 1);
    // Frames in: 2 registers, push, create, join, 2 sends, 2 unknown, 1 malformed, pull, ping.
    EXPECT_EQ(delta(u"lectern_frames_received_total"_s), 12);
    // Frames out: a reply to each, plus the events the server pushed on its own (chat.message to
    // both members, presence and membership news), which are at least one.
    EXPECT_GT(delta(u"lectern_frames_sent_total"_s), 12);

    // Every request type appears in the histogram with as many observations as it was sent.
    EXPECT_EQ(after.types.value(u"lectern_request_duration_seconds"_s), u"histogram"_s);
    const QList<QPair<QString, int>> served = {{u"auth.register"_s, 2}, {u"sync.push"_s, 1}, {u"group.create"_s, 1},
                                               {u"group.join"_s, 1},    {u"chat.send"_s, 2},  {u"unknown"_s, 2},
                                               {u"sync.pull"_s, 1},     {u"ping"_s, 1}};
    for (const auto &[type, count] : served) {
        const QString labels = u"{type=\"%1\"}"_s.arg(type);
        EXPECT_EQ(after.value(u"lectern_request_duration_seconds_count"_s + labels), count) << type.toStdString();
        EXPECT_EQ(after.value(u"lectern_request_duration_seconds_bucket{type=\"%1\",le=\"+Inf\"}"_s.arg(type)), count)
            << type.toStdString();
        EXPECT_GT(after.value(u"lectern_request_duration_seconds_sum"_s + labels), 0) << type.toStdString();
        // Buckets are cumulative: never fewer observations under a larger bound.
        double previous = 0;
        for (const char *bound : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5",
                                  "5", "10"}) {
            const QString series = u"lectern_request_duration_seconds_bucket{type=\"%1\",le=\"%2\"}"_s.arg(
                type, QLatin1StringView(bound));
            ASSERT_TRUE(after.samples.contains(series)) << series.toStdString();
            EXPECT_GE(after.value(series), previous) << series.toStdString();
            previous = after.value(series);
        }
    }

    bob.client->socket().close();
    ASSERT_TRUE(bob.client->waitForDisconnect());
    // The server notices the close a moment after the client; poll until it has.
    QDeadlineTimer deadline(10'000);
    while (m_server->sessionCount() != 2 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_EQ(scrape().value(u"lectern_connections_open"_s), 2);
}

TEST_F(MetricsTest, HeadAndOtherMethodsBehaveLikeHealth)
{
    start();
    const QByteArray head = httpExchange(m_server->port(), "HEAD /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(httpStatus(head), 200);
    EXPECT_TRUE(httpBody(head).isEmpty());
    const QByteArray post = httpExchange(m_server->port(), "POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    EXPECT_EQ(httpStatus(post), 405);
}
