#include "startup/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace lectern {

namespace {

constexpr char kLaunchVariable[] = "LECTERN_STARTUP_PROBE";

// A field of /proc/self/status in kB, or -1 where there is no such file.
qint64 statusKilobytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, qint64 launchNs)
        : QObject(window)
        , m_launchNs(launchNs)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The window's paint event comes first in the backing-store sync that also paints its
            // children and flushes to the screen; a zero timer runs once that sync has finished.
            QTimer::singleShot(0, this, &FirstPaintProbe::report);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const qint64 nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
        std::printf("startup-probe ms=%.1f rss-kb=%lld hwm-kb=%lld\n", double(nowNs - m_launchNs) / 1e6,
                    static_cast<long long>(statusKilobytes("VmRSS")), static_cast<long long>(statusKilobytes("VmHWM")));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    qint64 m_launchNs;
    bool m_seen = false;
};

} // namespace

void installStartupProbe(QWidget *window)
{
    bool ok = false;
    const qint64 launchNs = qEnvironmentVariable(kLaunchVariable).toLongLong(&ok);
    if (ok)
        new FirstPaintProbe(window, launchNs);
}

} // namespace lectern
