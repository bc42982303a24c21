#pragma once

#include "FakeGroqServer.h"
#include "FaultRule.h"
#include "HttpRequestParser.h"
#include "SharedUplink.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace lectern::fake {

// One client connection of the fake server: reads requests one after another (keep-alive),
// hands each to the server, and writes the planned reply, including the broken ones
// (reset, stall) and a slow uplink. When the server has a shared uplink, the connection reads
// only what that line grants it, after the connection setup time.
class FakeGroqConnection : public QObject, private SharedUplink::Reader
{
    Q_OBJECT

public:
    FakeGroqConnection(QTcpSocket *socket, FakeGroqServer *server);
    ~FakeGroqConnection() override;

private:
    // SharedUplink::Reader
    qint64 bytesWaiting() const override;
    qint64 ownLimit() const override;
    qint64 readGranted(qint64 bytes) override;

    void onSetUp();
    void onReadyRead();
    void onPaceTick();
    void process();
    void deliver(PlannedReply reply);
    void writeComplete(const PlannedReply &reply);
    void writeNextEvent();
    void resetAfterPartialWrite(const QByteArray &partial, int status);
    void finishRequest(int status);
    void onDisconnected();

    QPointer<QTcpSocket> m_socket;
    QPointer<FakeGroqServer> m_server;
    QPointer<SharedUplink> m_uplink;
    bool m_setUp = true;    // false while the modelled connection setup (handshakes) lasts
    QByteArray m_buffer;
    HttpRequestParser m_parser;
    int m_index = 0;        // the request being served, 0 between requests
    bool m_busy = false;    // waiting for or writing a reply
    bool m_keepAlive = true;
    FaultDecision m_decision;
    QElapsedTimer m_sinceHeaders; // of the request being read, for its own slow_uplink limit
    qint64 m_bodyBytesRead = 0;
    QTimer m_paceTimer;
    QTimer m_eventTimer;
    PlannedReply m_stream;  // an event stream being written
    qsizetype m_nextEvent = 0;
};

} // namespace lectern::fake
