#pragma once

#include "BenchConnection.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <vector>

struct ChatLoadOptions
{
    QUrl url;
    int clients = 1000;
    int groups = 50;
    double rate = 1.0; // chat.send per client per second
    int seconds = 10;
    // Connections opened and registered at once: argon2id hashing on the server is slow by
    // design, so thousands of registrations at once would only queue there.
    int registerConcurrency = 16;
    // After the last send, how long to wait for the deliveries still on their way.
    int drainSeconds = 30;
};

// Drives one chat load run (see CMakeLists.txt): registers the clients, makes the groups, joins
// the members round-robin, sends at the chosen rate and measures every delivery.
class ChatLoad : public QObject
{
    Q_OBJECT

public:
    explicit ChatLoad(ChatLoadOptions options, QObject *parent = nullptr);

    void start();

signals:
    // exitCode 0: every message sent was delivered to every member and nothing failed.
    void finished(int exitCode);

private:
    void openNext();
    void registerClient(BenchConnection *client);
    void createGroups();
    void joinGroups();
    void startSending();
    void sendOne(BenchConnection *client);
    void receive(const QJsonObject &message);
    void checkDrained();
    void report();
    void fail(const QString &why);

    ChatLoadOptions m_options;
    QString m_namePrefix;
    QElapsedTimer m_clock; // monotonic, shared by senders and receivers of this one process
    QList<BenchConnection *> m_clients;
    QList<qint64> m_groupIds;
    QStringList m_inviteCodes;
    QList<int> m_groupSize;

    int m_nextToOpen = 0;
    int m_registered = 0;
    int m_groupsReady = 0;
    int m_joined = 0;
    qint64 m_registerStartNs = 0;
    qint64 m_registerNs = 0;

    int m_perClient = 0;
    qint64 m_sendsDone = 0; // replies received to chat.send
    qint64 m_sent = 0;      // of them, ok
    qint64 m_expected = 0;  // deliveries owed for the ok ones: every member, the sender included
    qint64 m_errors = 0;
    QStringList m_errorSamples;
    qint64 m_firstSendNs = -1;
    qint64 m_lastSendNs = 0;
    qint64 m_lastDeliveryNs = 0;
    std::vector<qint64> m_latencyNs;
    bool m_finishing = false;
};
