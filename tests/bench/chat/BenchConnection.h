#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

// One load client: a WebSocket speaking the JSON frames of docs/protocol.md, matching replies to
// their requests by rid. Everything runs on the one event loop of chat_load.
class BenchConnection : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const QJsonObject &reply)>;

    explicit BenchConnection(QObject *parent = nullptr);

    void open(const QUrl &url);
    // Sends `frame` (v and rid are added) and calls `onReply` with its ok or error reply.
    void request(QJsonObject frame, ReplyHandler onReply);
    void close();

    int index = 0; // in ChatLoad's list; also decides the group, round-robin
    qint64 userId = 0;
    qint64 groupId = 0;

signals:
    void opened();
    void failed(const QString &why);
    // A chat.message event, whoever sent it.
    void chatMessage(const QJsonObject &message);

private:
    void receive(const QString &text);

    QWebSocket m_socket;
    QHash<QString, ReplyHandler> m_pending;
    qint64 m_nextRid = 1;
};
