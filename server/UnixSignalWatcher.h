#pragma once

#include "base/Result.h"

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace lectern::server {

// Turns SIGTERM/SIGINT into a Qt signal. The handler only writes the signal number to a pipe
// (async-signal-safe); a QSocketNotifier reads it in the event loop, where Qt may be used.
// One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    Status watch(const QList<int> &signalNumbers);

signals:
    void signalReceived(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};

} // namespace lectern::server
