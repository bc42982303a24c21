#pragma once

#include "FakeGroqServer.h"
#include "FaultRule.h"
#include "HttpRequestParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace lectern::fake {

// One client connection of the fake server: reads requests one after another (keep-alive),
// hands each to the server, and writes the planned reply, including the broken ones
// (reset, stall) and a slow uplink.
class FakeGroqConnection : public QObject
{
    Q_OBJECT

public:
    FakeGroqConnection(QTcpSocket *socket, FakeGroqServer *server);
    ~FakeGroqConnection() override;

private:
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
    QByteArray m_buffer;
    HttpRequestParser m_parser;
    int m_index = 0;        // the request being served, 0 between requests
    bool m_busy = false;    // waiting for or writing a reply
    bool m_keepAlive = true;
    FaultDecision m_decision;
    QTimer m_paceTimer;
    QTimer m_eventTimer;
    PlannedReply m_stream;  // an event stream being written
    qsizetype m_nextEvent = 0;
};

} // namespace lectern::fake
