#include "BenchConnection.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

BenchConnection::BenchConnection(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, &BenchConnection::opened);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BenchConnection::receive);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { emit failed(m_socket.errorString()); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_pending.isEmpty())
            emit failed(u"closed with %1 requests unanswered"_s.arg(m_pending.size()));
        m_pending.clear();
    });
}

void BenchConnection::open(const QUrl &url)
{
    m_socket.open(url);
}

void BenchConnection::request(QJsonObject frame, ReplyHandler onReply)
{
    const QString rid = QString::number(m_nextRid++);
    frame.insert(u"v"_s, 1);
    frame.insert(u"rid"_s, rid);
    m_pending.insert(rid, std::move(onReply));
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void BenchConnection::close()
{
    m_socket.close();
}

void BenchConnection::receive(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type"_s).toString();
    if (type == u"chat.message"_s) {
        emit chatMessage(frame.value(u"message"_s).toObject());
        return;
    }
    if (type != u"ok"_s && type != u"error"_s)
        return; // presence and other events the load does not count
    const auto pending = m_pending.find(frame.value(u"rid"_s).toString());
    if (pending == m_pending.end())
        return;
    const ReplyHandler handler = std::move(*pending);
    m_pending.erase(pending);
    handler(frame);
}
