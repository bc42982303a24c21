#include "ChatLoad.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

// Every benchmark message says when it was sent: "bench t=<ns on the shared monotonic clock>".
const QString kTimePrefix = u"bench t="_s;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = static_cast<std::size_t>(std::ceil(p * double(sorted.size()))) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

} // namespace

ChatLoad::ChatLoad(ChatLoadOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    // Unique per run, so runs against the same database never collide on usernames.
    m_namePrefix = u"b%1_"_s.arg(QRandomGenerator::global()->bounded(1u << 30), 0, 36);
    m_groupIds.fill(0, m_options.groups);
    m_inviteCodes.resize(m_options.groups);
    m_groupSize.fill(0, m_options.groups);
    for (int i = 0; i < m_options.clients; ++i)
        ++m_groupSize[i % m_options.groups];
    m_perClient = int(std::lround(m_options.rate * m_options.seconds));
}

void ChatLoad::start()
{
    m_clock.start();
    m_registerStartNs = m_clock.nsecsElapsed();
    out << "chat_load: " << m_options.clients << " clients in " << m_options.groups << " groups against "
        << m_options.url.toString() << ", " << m_options.rate << " msgs/s per client for " << m_options.seconds
        << " s\n"
        << Qt::flush;
    for (int i = 0; i < std::min(m_options.registerConcurrency, m_options.clients); ++i)
        openNext();
}

void ChatLoad::openNext()
{
    if (m_nextToOpen >= m_options.clients)
        return;
    auto *client = new BenchConnection(this);
    client->index = m_nextToOpen;
    m_clients.append(client);
    ++m_nextToOpen;
    connect(client, &BenchConnection::failed, this, [this](const QString &why) {
        if (!m_finishing)
            fail(u"a connection failed: "_s + why);
    });
    connect(client, &BenchConnection::opened, this, [this, client] { registerClient(client); });
    connect(client, &BenchConnection::chatMessage, this, &ChatLoad::receive);
    client->open(m_options.url);
}

void ChatLoad::registerClient(BenchConnection *client)
{
    const QString username = m_namePrefix + QString::number(client->index);
    client->request({{u"type"_s, u"auth.register"_s},
                     {u"username"_s, username},
                     {u"password"_s, u"bench password %1"_s.arg(username)},
                     {u"device_name"_s, u"chat_load"_s}},
                    [this, client](const QJsonObject &reply) {
                        if (reply.value(u"type"_s) != u"ok"_s)
                            return fail(u"auth.register: "_s + reply.value(u"message"_s).toString());
                        client->userId = reply.value(u"user_id"_s).toInteger();
                        if (++m_registered == m_options.clients) {
                            m_registerNs = m_clock.nsecsElapsed() - m_registerStartNs;
                            out << "registered " << m_registered << " users in " << ms(m_registerNs) / 1000.0
                                << " s (" << m_options.registerConcurrency << " at a time)\n"
                                << Qt::flush;
                            createGroups();
                        } else {
                            openNext();
                        }
                    });
}

void ChatLoad::createGroups()
{
    for (int g = 0; g < m_options.groups; ++g) {
        BenchConnection *owner = m_clients[g];
        owner->request({{u"type"_s, u"group.create"_s}, {u"name"_s, u"Bench group %1"_s.arg(g)}},
                       [this, owner, g](const QJsonObject &reply) {
                           if (reply.value(u"type"_s) != u"ok"_s)
                               return fail(u"group.create: "_s + reply.value(u"message"_s).toString());
                           const QJsonObject group = reply.value(u"group"_s).toObject();
                           m_groupIds[g] = owner->groupId = group.value(u"id"_s).toInteger();
                           m_inviteCodes[g] = group.value(u"invite_code"_s).toString();
                           if (++m_groupsReady == m_options.groups)
                               joinGroups();
                       });
    }
}

void ChatLoad::joinGroups()
{
    const int joiners = m_options.clients - m_options.groups;
    if (joiners == 0)
        return startSending();
    for (int i = m_options.groups; i < m_options.clients; ++i) {
        BenchConnection *member = m_clients[i];
        const int g = i % m_options.groups;
        member->request({{u"type"_s, u"group.join"_s}, {u"invite_code"_s, m_inviteCodes[g]}},
                        [this, member, g, joiners](const QJsonObject &reply) {
                            if (reply.value(u"type"_s) != u"ok"_s)
                                return fail(u"group.join: "_s + reply.value(u"message"_s).toString());
                            member->groupId = m_groupIds[g];
                            if (++m_joined == joiners)
                                startSending();
                        });
    }
}

void ChatLoad::startSending()
{
    out << "groups ready; sending " << m_perClient << " messages per client\n" << Qt::flush;
    if (m_perClient == 0)
        return fail(u"--rate × --seconds rounds to no message at all"_s);
    const int intervalMs = std::max(1, int(std::lround(1000.0 / m_options.rate)));
    for (BenchConnection *client : std::as_const(m_clients)) {
        // A random phase within the first interval spreads the clients evenly over time.
        const int phaseMs = QRandomGenerator::global()->bounded(intervalMs);
        auto *timer = new QTimer(client);
        timer->setInterval(intervalMs);
        timer->setTimerType(Qt::PreciseTimer);
        auto remaining = std::make_shared<int>(m_perClient);
        connect(timer, &QTimer::timeout, this, [this, client, timer, remaining] {
            sendOne(client);
            if (--*remaining == 0)
                timer->stop();
        });
        QTimer::singleShot(phaseMs, timer, [this, client, timer, remaining] {
            sendOne(client);
            if (--*remaining > 0)
                timer->start();
        });
    }
    // Gives up on deliveries still missing well after the last send was due.
    QTimer::singleShot((m_options.seconds + m_options.drainSeconds) * 1000 + intervalMs, this, [this] {
        if (!m_finishing)
            report();
    });
}

void ChatLoad::sendOne(BenchConnection *client)
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_firstSendNs < 0)
        m_firstSendNs = now;
    m_lastSendNs = now;
    const int members = m_groupSize[client->index % m_options.groups];
    client->request({{u"type"_s, u"chat.send"_s},
                     {u"group"_s, QJsonValue(client->groupId)},
                     {u"client_msg_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {u"text"_s, QString(kTimePrefix + QString::number(now))}},
                    [this, members](const QJsonObject &reply) {
                        ++m_sendsDone;
                        if (reply.value(u"type"_s) == u"ok"_s) {
                            ++m_sent;
                            m_expected += members;
                        } else {
                            ++m_errors;
                            if (m_errorSamples.size() < 3)
                                m_errorSamples.append(reply.value(u"code"_s).toString() + u": "_s
                                                      + reply.value(u"message"_s).toString());
                        }
                        checkDrained();
                    });
}

void ChatLoad::receive(const QJsonObject &message)
{
    const QString text = message.value(u"text"_s).toString();
    if (!text.startsWith(kTimePrefix))
        return;
    const qint64 now = m_clock.nsecsElapsed();
    m_latencyNs.push_back(now - text.mid(kTimePrefix.size()).toLongLong());
    m_lastDeliveryNs = now;
    checkDrained();
}

void ChatLoad::checkDrained()
{
    const qint64 due = qint64(m_perClient) * m_options.clients;
    if (!m_finishing && m_sendsDone == due && qint64(m_latencyNs.size()) >= m_expected)
        report();
}

void ChatLoad::report()
{
    m_finishing = true;
    std::vector<qint64> sorted = m_latencyNs;
    std::sort(sorted.begin(), sorted.end());
    const auto delivered = qint64(sorted.size());
    const double windowS = double(std::max<qint64>(1, m_lastDeliveryNs - m_firstSendNs)) / 1e9;
    const double deliveredPerS = double(delivered) / windowS;
    const qint64 due = qint64(m_perClient) * m_options.clients;
    out << "sent " << m_sent << " of " << due << " (ok replies), errors " << m_errors << "\n"
        << "delivered " << delivered << " of " << m_expected
        << " expected (every member of the group, the sender included)\n"
        << "delivered " << qRound(deliveredPerS) << " msgs/s over " << windowS << " s from first send to last delivery\n"
        << "latency send→delivery: p50 " << ms(percentile(sorted, 0.50)) << " ms, p99 "
        << ms(percentile(sorted, 0.99)) << " ms, max " << ms(sorted.empty() ? 0 : sorted.back()) << " ms\n";
    for (const QString &sample : std::as_const(m_errorSamples))
        out << "  error: " << sample << "\n";
    // One line for scripts (run-chat-bench.sh).
    out << "RESULT clients=" << m_options.clients << " groups=" << m_options.groups
        << " register_s=" << ms(m_registerNs) / 1000.0 << " sent=" << m_sent << " expected=" << m_expected
        << " delivered=" << delivered << " delivered_per_s=" << qRound(deliveredPerS)
        << " p50_ms=" << ms(percentile(sorted, 0.50)) << " p99_ms=" << ms(percentile(sorted, 0.99))
        << " max_ms=" << ms(sorted.empty() ? 0 : sorted.back()) << " errors=" << m_errors << "\n"
        << Qt::flush;
    for (BenchConnection *client : std::as_const(m_clients))
        client->close();
    const bool complete = m_errors == 0 && m_sent == due && delivered == m_expected;
    emit finished(complete ? 0 : 2);
}

void ChatLoad::fail(const QString &why)
{
    if (m_finishing)
        return;
    m_finishing = true;
    QTextStream(stderr) << "chat_load: " << why << "\n";
    for (BenchConnection *client : std::as_const(m_clients))
        client->close();
    emit finished(1);
}
