#include "server/metrics/ServerMetrics.h"

#include "protocol/Frame.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>

#include <unistd.h>

namespace lectern::server {

namespace {
// When this process started, in seconds since the epoch, as Prometheus' client libraries report
// it: the kernel's boot time plus the process' start in clock ticks after boot. Where /proc is not
// there, the moment the metrics were created, which is close for lectern-server.
double processStartSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile systemStat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly) && systemStat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // The command name in parentheses may hold spaces; the fields after it are fixed.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // starttime is field 22 of the whole line, the 20th after the name.
        bool ticksOk = false;
        const double startTicks = fields.value(19).toDouble(&ticksOk);
        double bootSeconds = 0;
        for (const QByteArray &entry : systemStat.readAll().split('\n')) {
            if (entry.startsWith("btime "))
                bootSeconds = entry.mid(6).trimmed().toDouble();
        }
        const long ticksPerSecond = sysconf(_SC_CLK_TCK);
        if (ticksOk && bootSeconds > 0 && ticksPerSecond > 0)
            return bootSeconds + startTicks / double(ticksPerSecond);
    }
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

// A label value with the characters the format requires escaped.
QByteArray labelValue(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

QByteArray number(double value)
{
    // The shortest text that reads back as the same double: 0.001, not 0.0010000000000000000208.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + '\n';
    out += QByteArray("# TYPE ") + name + ' ' + type + '\n';
}

void sample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + value + '\n';
}
} // namespace

ServerMetrics::ServerMetrics() : m_processStartSeconds(processStartSeconds())
{
}

void ServerMetrics::frameSent(const protocol::Frame &frame)
{
    ++m_framesSent;
    if (frame.isError())
        ++m_errorsByCode[frame.error().code];
}

void ServerMetrics::requestServed(const QString &type, std::chrono::nanoseconds duration)
{
    const double seconds = std::chrono::duration<double>(duration).count();
    Histogram &histogram = m_latencyByType[type];
    ++histogram.count;
    histogram.sum += seconds;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i]) {
            ++histogram.buckets[i];
            break;
        }
    }
}

QByteArray ServerMetrics::exposition(qsizetype openConnections) const
{
    QByteArray out;
    family(out, "lectern_connections_open", "gauge", "WebSocket connections open now.");
    sample(out, "lectern_connections_open", {}, QByteArray::number(openConnections));
    family(out, "lectern_connections_total", "counter", "WebSocket connections accepted.");
    sample(out, "lectern_connections_total", {}, QByteArray::number(m_connectionsOpened));
    family(out, "lectern_frames_received_total", "counter", "WebSocket messages received from clients.");
    sample(out, "lectern_frames_received_total", {}, QByteArray::number(m_framesReceived));
    family(out, "lectern_frames_sent_total", "counter", "Frames sent to clients: replies, errors and events.");
    sample(out, "lectern_frames_sent_total", {}, QByteArray::number(m_framesSent));

    family(out, "lectern_errors_total", "counter", "Error frames sent, by protocol error code.");
    for (auto error = m_errorsByCode.cbegin(); error != m_errorsByCode.cend(); ++error)
        sample(out, "lectern_errors_total", "code=\"" + labelValue(error.key()) + '"', QByteArray::number(error.value()));

    family(out, "lectern_request_duration_seconds", "histogram",
           "Time from a request frame's arrival to its reply being sent, by request type.");
    for (auto entry = m_latencyByType.cbegin(); entry != m_latencyByType.cend(); ++entry) {
        const QByteArray type = "type=\"" + labelValue(entry.key()) + '"';
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
            cumulative += entry->buckets[i];
            sample(out, "lectern_request_duration_seconds_bucket", type + ",le=\"" + number(kLatencyBuckets[i]) + '"',
                   QByteArray::number(cumulative));
        }
        sample(out, "lectern_request_duration_seconds_bucket", type + ",le=\"+Inf\"", QByteArray::number(entry->count));
        sample(out, "lectern_request_duration_seconds_sum", type, number(entry->sum));
        sample(out, "lectern_request_duration_seconds_count", type, QByteArray::number(entry->count));
    }

    family(out, "lectern_chat_messages_total", "counter", "Chat messages stored through this instance (resends not counted).");
    sample(out, "lectern_chat_messages_total", {}, QByteArray::number(m_chatMessages));
    family(out, "lectern_sync_changes_total", "counter", "Sync changes applied by pushes through this instance.");
    sample(out, "lectern_sync_changes_total", {}, QByteArray::number(m_syncChanges));
    family(out, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch in seconds.");
    sample(out, "process_start_time_seconds", {}, number(m_processStartSeconds));
    return out;
}

} // namespace lectern::server
