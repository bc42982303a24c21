#pragma once

#include "base/Clock.h"
#include "base/HybridLogicalClock.h"
#include "base/Result.h"
#include "library/LibraryStore.h"
#include "protocol/Frame.h"
#include "sync/SyncState.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace lectern {

class LibrarySyncStore;
class ReconnectSchedule;
class WebSocketHeartbeat;

// How a sync session paces itself; tests shorten the waits.
struct SyncTiming
{
    // The first wait before reconnecting after a drop; it doubles with each failed attempt.
    std::chrono::milliseconds firstRetry{500};
    std::chrono::milliseconds maxRetry{30'000};
    // How often the outbox is looked at for changes no signal announced (lectern-cli's writes).
    std::chrono::milliseconds outboxPoll{15'000};
    // Local edits come in bursts (typing a note); one push after the burst is enough.
    std::chrono::milliseconds pushDelay{300};
    // A WebSocket ping this often; a connection whose pong does not come back by the next one is dead.
    std::chrono::milliseconds heartbeat{30'000};
};

// One device's sync with lectern-server, living on the sync worker thread: the WebSocket, signing
// in, pushing the outbox and pulling in pages, and reconnecting after drops. SyncClient is its
// face on the UI thread; every slot here is called through the event loop.
//
// A sync round pushes the whole outbox (a page at a time, each acknowledged before the next),
// then pulls from the cursor until the server has nothing more. A `sync.changed` event or a local
// change during a round makes another round follow it.
class SyncSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        QString deviceName;
        SyncTiming timing;
        const Clock *clock = &Clock::system();
    };
    explicit SyncSession(Options options, QObject *parent = nullptr);
    ~SyncSession() override;

    // Signs in with a stored token and keeps the library in sync until stop().
    void resume(const QUrl &server, const QString &token);
    // Signs in (or creates the account) with a password; signedIn() hands out the new token.
    void signIn(const QUrl &server, const QString &username, const QString &password, bool createAccount);
    // Revokes this device's token on the server when connected, then disconnects for good.
    void signOut();
    // Disconnects and forgets the credentials, leaving the token valid.
    void stop();
    // Local changes were made: push them soon.
    void localChangesMade();

signals:
    void stateChanged(const lectern::SyncState &state);
    void signedIn(const QString &token, const QString &username);
    // The server refused the password or token; sync stays stopped.
    void signInRefused(const QString &code, const QString &message);
    void signedOut();
    // A pulled page was applied. `latest` is the greatest HLC in it, for the other connections'
    // clocks; `changes` is what views must reload.
    void remoteChangesApplied(const QList<lectern::LibraryChange> &changes, const QString &latest, int records);

private:
    using ReplyHandler = std::function<void(const protocol::Frame &reply)>;

    void openConnection();
    void onConnected();
    void onConnectionLost();
    void onMessage(const QString &text);
    void authenticate();
    void onAuthenticated(qint64 userId);
    void scheduleReconnect();
    void closeConnection();
    void send(QLatin1StringView type, const QJsonObject &fields, ReplyHandler handler);

    void startRound();
    void pushNext();
    void pullNext();
    void finishRound();
    // A round cannot go on: `retry` closes the connection and tries again later, else sync stops.
    void failRound(const Error &error, bool retry);

    void checkOutbox();
    void publishIdleState();
    void setState(const SyncState &state);
    bool openStore();

    Options m_options;
    std::unique_ptr<LibrarySyncStore> m_store;
    QPointer<QWebSocket> m_socket;
    QHash<QString, ReplyHandler> m_replies;
    quint64 m_nextRid = 0;
    // Each connection attempt has its own number, so the signals of an abandoned socket are ignored.
    quint64 m_connection = 0;

    QUrl m_server;
    QString m_token;
    QString m_username;
    QString m_password;
    bool m_createAccount = false;
    bool m_wanted = false;        // credentials given and not stopped
    bool m_authenticated = false;
    bool m_roundRunning = false;
    bool m_roundAgain = false;
    bool m_stoppedByError = false;
    qint64 m_pushAfter = 0;

    ReconnectSchedule *m_reconnect;
    WebSocketHeartbeat *m_heartbeat;
    QTimer m_pushTimer;
    QTimer m_pollTimer;
    SyncState m_state;
};

} // namespace lectern
