#include "FakeGroqConnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace lectern::fake {

namespace {
constexpr int kPaceIntervalMs = 50;
// Small enough that a paced reader holds the client back through TCP flow control.
constexpr qint64 kSocketReadBuffer = 16 * 1024;
constexpr qint64 kHeaderStepBytes = 4 * 1024;
} // namespace

FakeGroqConnection::FakeGroqConnection(QTcpSocket *socket, FakeGroqServer *server)
    : QObject(server), m_socket(socket), m_server(server), m_uplink(server->uplink()), m_parser(server->options().maxUploadBytes + 1)
{
    socket->setParent(this);
    // A shared line may grant up to a tenth of a second's worth at once: the buffer must hold it.
    socket->setReadBufferSize(m_uplink ? std::max(kSocketReadBuffer, m_uplink->bytesPerSecond() / 10) : kSocketReadBuffer);
    m_paceTimer.setInterval(kPaceIntervalMs);
    m_eventTimer.setSingleShot(true);
    connect(socket, &QTcpSocket::readyRead, this, &FakeGroqConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &FakeGroqConnection::onDisconnected);
    connect(&m_paceTimer, &QTimer::timeout, this, &FakeGroqConnection::onPaceTick);
    connect(&m_eventTimer, &QTimer::timeout, this, &FakeGroqConnection::writeNextEvent);
    if (m_uplink)
        m_uplink->attach(this);
    if (const qint64 setupMs = server->options().connectionSetupMs; setupMs > 0) {
        // The client believes it is connected at once; its bytes wait until the handshakes a
        // real network needs would be over.
        m_setUp = false;
        QTimer::singleShot(setupMs, this, &FakeGroqConnection::onSetUp);
    } else {
        QMetaObject::invokeMethod(this, &FakeGroqConnection::onReadyRead, Qt::QueuedConnection);
    }
}

FakeGroqConnection::~FakeGroqConnection()
{
    if (m_uplink)
        m_uplink->detach(this);
    if (m_index && m_server)
        m_server->endRequest(m_index, 0);
}

qint64 FakeGroqConnection::bytesWaiting() const
{
    return m_socket && m_setUp ? m_socket->bytesAvailable() : 0;
}

qint64 FakeGroqConnection::ownLimit() const
{
    if (m_index == 0 || m_decision.bytesPerSecond <= 0)
        return -1;
    const double allowed = double(m_decision.bytesPerSecond) * double(m_sinceHeaders.nsecsElapsed()) / 1e9;
    return std::max<qint64>(0, qint64(allowed) - m_bodyBytesRead);
}

qint64 FakeGroqConnection::readGranted(qint64 bytes)
{
    qint64 read = 0;
    while (m_socket && read < bytes) {
        // Until a request's headers are in, its own limit is not known: read them in small steps,
        // so its body does not slip in at the line's speed.
        qint64 step = bytes - read;
        if (m_index == 0)
            step = std::min(step, kHeaderStepBytes);
        else if (const qint64 own = ownLimit(); own >= 0)
            step = std::min(step, own);
        const QByteArray piece = step > 0 ? m_socket->read(step) : QByteArray();
        if (piece.isEmpty())
            break;
        read += piece.size();
        if (m_index != 0)
            m_bodyBytesRead += piece.size();
        m_buffer.append(piece);
        process();
    }
    return read;
}

void FakeGroqConnection::onSetUp()
{
    m_setUp = true;
    onReadyRead();
}

void FakeGroqConnection::onReadyRead()
{
    if (!m_socket || !m_setUp || m_paceTimer.isActive())
        return; // a slow uplink reads on its own schedule
    if (m_uplink) {
        if (m_socket->bytesAvailable() > 0)
            m_uplink->wake();
        return; // the shared line reads on its own schedule
    }
    m_buffer.append(m_socket->readAll());
    process();
}

void FakeGroqConnection::onPaceTick()
{
    if (!m_socket)
        return;
    const qint64 budget = std::max<qint64>(1, m_decision.bytesPerSecond * kPaceIntervalMs / 1000);
    m_buffer.append(m_socket->read(budget));
    process();
}

void FakeGroqConnection::process()
{
    if (!m_socket || !m_server)
        return;
    while (!m_busy) {
        m_parser.feed(m_buffer);
        if (m_parser.hasFailed()) {
            const HttpResponse response = HttpResponse::text(m_parser.failureStatus(), m_parser.failureReason().toUtf8());
            m_socket->write(response.serialize(false));
            if (m_index)
                finishRequest(response.status);
            m_socket->disconnectFromHost();
            return;
        }
        if (m_parser.headersComplete() && m_index == 0) {
            m_index = m_server->beginRequest(m_parser.request(), m_decision);
            m_sinceHeaders.start();
            m_bodyBytesRead = 0;
            if (m_parser.request().header("expect").toLower() == "100-continue")
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            // From here on the body is read at the fault's pace; the small socket read buffer
            // makes TCP flow control hold the client back.
            // (Behind a shared line, the line applies the request's own limit.)
            if (!m_uplink && m_decision.bytesPerSecond > 0 && !m_parser.isComplete())
                m_paceTimer.start();
        }
        if (!m_parser.isComplete())
            return;
        m_paceTimer.stop();
        HttpRequest request = m_parser.take();
        m_keepAlive = request.keepAlive();
        m_busy = true;
        QPointer<FakeGroqConnection> self(this);
        m_server->handleRequest(m_index, std::move(request), m_decision, [self](PlannedReply reply) {
            if (self)
                self->deliver(std::move(reply));
        });
    }
}

void FakeGroqConnection::deliver(PlannedReply reply)
{
    if (!m_socket)
        return;
    if (reply.kind == PlannedReply::Kind::Stall)
        return; // keep the connection open and silent until the client gives up
    QPointer<FakeGroqConnection> self(this);
    QTimer::singleShot(std::max<qint64>(0, reply.delayMs), this, [self, reply = std::move(reply)] {
        if (self)
            self->writeComplete(reply);
    });
}

void FakeGroqConnection::writeComplete(const PlannedReply &reply)
{
    if (!m_socket)
        return;
    switch (reply.kind) {
    case PlannedReply::Kind::Complete:
        m_socket->write(reply.response.serialize(m_keepAlive));
        finishRequest(reply.response.status);
        break;
    case PlannedReply::Kind::EventStream:
        m_socket->write(reply.response.serializeChunkedHead(m_keepAlive));
        m_stream = reply;
        m_nextEvent = 0;
        writeNextEvent();
        break;
    case PlannedReply::Kind::Reset: {
        QByteArray partial;
        if (reply.events.isEmpty()) {
            const QByteArray whole = reply.response.serialize(m_keepAlive);
            const qsizetype headEnd = whole.indexOf("\r\n\r\n") + 4;
            partial = whole.left(headEnd + reply.response.body.size() / 2);
        } else {
            partial = reply.response.serializeChunkedHead(m_keepAlive);
            for (qsizetype i = 0; i < reply.events.size() / 2; ++i)
                partial += HttpResponse::chunk("data: " + reply.events[i] + "\n\n");
        }
        resetAfterPartialWrite(partial, reply.response.status);
        break;
    }
    case PlannedReply::Kind::Stall:
        break;
    }
}

void FakeGroqConnection::writeNextEvent()
{
    if (!m_socket)
        return;
    if (m_nextEvent < m_stream.events.size()) {
        m_socket->write(HttpResponse::chunk("data: " + m_stream.events[m_nextEvent] + "\n\n"));
        ++m_nextEvent;
        m_eventTimer.start(m_server ? m_server->options().streamChunkIntervalMs : 0);
        return;
    }
    m_socket->write(HttpResponse::chunk(QByteArray()));
    m_stream = {};
    finishRequest(200);
}

void FakeGroqConnection::resetAfterPartialWrite(const QByteArray &partial, int status)
{
    m_socket->write(partial);
    m_socket->flush();
    if (m_index && m_server) {
        if (RecordedRequest *record = m_server->record(m_index))
            record->status = status;
    }
    // Let the partial answer reach the client before the reset, so it breaks mid-response.
    QPointer<FakeGroqConnection> self(this);
    QTimer::singleShot(30, this, [self] {
        if (!self || !self->m_socket)
            return;
        const qintptr descriptor = self->m_socket->socketDescriptor();
        if (descriptor >= 0) {
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            const linger hardClose{1, 0};
            ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
        }
        self->m_socket->abort();
        self->onDisconnected();
    });
}

void FakeGroqConnection::finishRequest(int status)
{
    const int index = std::exchange(m_index, 0);
    m_busy = false;
    m_decision = {};
    if (index && m_server)
        m_server->endRequest(index, status);
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    QMetaObject::invokeMethod(this, &FakeGroqConnection::process, Qt::QueuedConnection);
}

void FakeGroqConnection::onDisconnected()
{
    if (m_uplink)
        m_uplink->detach(this);
    m_paceTimer.stop();
    m_eventTimer.stop();
    if (const int index = std::exchange(m_index, 0); index && m_server)
        m_server->endRequest(index, 0);
    deleteLater();
}

} // namespace lectern::fake
