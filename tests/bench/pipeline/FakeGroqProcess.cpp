#include "FakeGroqProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

#include <unistd.h>

namespace lectern::bench {

namespace {

constexpr int kStartTimeoutMs = 10000;
constexpr int kRecordsTimeoutMs = 30000;

fake::RecordedRequest recordFromJson(const QJsonObject &object)
{
    fake::RecordedRequest record;
    record.index = object.value(QLatin1String("index")).toInt();
    record.method = object.value(QLatin1String("method")).toString().toLatin1();
    record.path = object.value(QLatin1String("path")).toString();
    record.status = object.value(QLatin1String("status")).toInt();
    record.bodySize = qint64(object.value(QLatin1String("bodySize")).toDouble());
    record.fileName = object.value(QLatin1String("fileName")).toString();
    record.audioSeconds = object.value(QLatin1String("audioSeconds")).toDouble(-1);
    record.startedAtMs = qint64(object.value(QLatin1String("startedAtMs")).toDouble(-1));
    record.receivedAtMs = qint64(object.value(QLatin1String("receivedAtMs")).toDouble(-1));
    record.endedAtMs = qint64(object.value(QLatin1String("endedAtMs")).toDouble(-1));
    record.completed = true;
    return record;
}

} // namespace

FakeGroqProcess::FakeGroqProcess(const NetworkShape &shape) : m_shape(shape) {}

FakeGroqProcess::~FakeGroqProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(3000);
}

bool FakeGroqProcess::start(QString &error)
{
    m_process.setProgram(QStringLiteral(LECTERN_FAKE_GROQ_BINARY));
    m_process.setArguments({QStringLiteral("--key"), m_apiKey,
                            QStringLiteral("--uplink-mbit"), QString::number(m_shape.uplinkMbit, 'g', 10),
                            QStringLiteral("--connection-setup-ms"), QString::number(m_shape.connectionSetupMs()),
                            QStringLiteral("--latency-ms"), QString::number(m_shape.roundTripMs),
                            QStringLiteral("--groq-speed"), QString::number(m_shape.groqSpeed, 'g', 10),
                            QStringLiteral("--records")});
    // Its log of every request would only interleave with the report.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        error = QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.contains('\n') && clock.elapsed() < kStartTimeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_pending += m_process.readAllStandardOutput();
    }
    const qsizetype end = m_pending.indexOf('\n');
    m_baseUrl = QUrl(QString::fromUtf8(m_pending.left(end).trimmed()));
    m_pending.remove(0, end + 1);
    if (end < 0 || !m_baseUrl.isValid() || m_baseUrl.scheme() != QLatin1String("http")) {
        error = QStringLiteral("%1 did not say where it listens").arg(m_process.program());
        return false;
    }
    return true;
}

bool FakeGroqProcess::readRecords(int timeoutMs)
{
    // Waits until the server has answered this many of our own requests.
    const int markers = m_markers;
    const auto markersSeen = [this] {
        return int(std::count_if(m_records.cbegin(), m_records.cend(),
                                 [](const fake::RecordedRequest &r) { return r.method == "GET" && r.path.endsWith(QLatin1String("/models")); }));
    };
    QElapsedTimer clock;
    clock.start();
    while (markersSeen() < markers && clock.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_pending += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QJsonObject object = QJsonDocument::fromJson(m_pending.left(end)).object();
            m_pending.remove(0, end + 1);
            if (!object.isEmpty())
                m_records.append(recordFromJson(object));
        }
    }
    return markersSeen() >= markers;
}

QList<fake::RecordedRequest> FakeGroqProcess::requests(QString &error)
{
    // The server reports a request once it has answered it, so once it has answered a request
    // sent after everything else, the records of everything else are in too.
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/models"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    ++m_markers;
    if (!readRecords(kRecordsTimeoutMs)) {
        error = QStringLiteral("the fake Groq server did not report its requests");
        return {};
    }
    QList<fake::RecordedRequest> requests;
    for (const fake::RecordedRequest &record : std::as_const(m_records)) {
        if (!(record.method == "GET" && record.path.endsWith(QLatin1String("/models"))))
            requests.append(record);
    }
    return requests;
}

double FakeGroqProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // pid (comm) state ppid ... : utime and stime are the 12th and 13th fields after "(comm)".
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

} // namespace lectern::bench
