#pragma once

#include "base/Result.h"
#include "sync/SyncSession.h"
#include "sync/SyncState.h"
#include "sync/SyncTokenStore.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace lectern {

class LibraryService;

// Device sync for code on the UI thread. The work (the WebSocket, reading the outbox, applying
// pulled pages to the library) runs in a SyncSession on a worker thread with its own connection to
// the library, so the UI never waits on the network or the database. What sync changes in the
// library is announced through the LibraryService, so views reload as for their own writes, and
// the service's clock is moved past the pulled stamps so that later edits here win over them.
//
//     SyncClient sync({dataDir, deviceName, std::make_shared<KeychainSyncTokenStore>(), &library});
//     connect(&sync, &SyncClient::stateChanged, label, [label](const SyncState &s) { label->setText(s.text()); });
//     sync.start(serverUrl);                       // resumes with the stored token, if any
//     sync.signIn(serverUrl, username, password);  // or signs in and stores the token
//
// The token goes to the token store (the keychain in the app); the password is never stored.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(lectern::SyncState state READ state NOTIFY stateChanged)

public:
    struct Options
    {
        QString dataDir;
        // Shown in the account's device list.
        QString deviceName;
        std::shared_ptr<SyncTokenStore> tokens;
        // Told about pulled changes; must outlive the client. May be null (lectern-cli, tests).
        LibraryService *library = nullptr;
        SyncTiming timing;
    };
    explicit SyncClient(Options options, QObject *parent = nullptr);
    ~SyncClient() override;

    SyncState state() const { return m_state; }
    QUrl serverUrl() const { return m_server; }
    // The signed-in account's name, once the server confirmed it.
    QString username() const { return m_username; }

public slots:
    // Resumes sync with the stored token; stays Offline when there is none.
    void start(const QUrl &server);
    void signIn(const QUrl &server, const QString &username, const QString &password);
    void registerAccount(const QUrl &server, const QString &username, const QString &password);
    // Revokes this device's sign-in and forgets the token; the library keeps everything.
    void signOut();
    // Looks for local changes now rather than at the next poll (e.g. after lectern-cli wrote).
    void syncNow();

signals:
    void stateChanged(const lectern::SyncState &state);
    void signedIn(const QString &username);
    void signInFailed(const lectern::Error &error);
    void signedOut();
    // Records of other devices were applied to the library.
    void remoteChangesApplied(int records);

private:
    void watchLibrary();
    void onRemoteChanges(const QList<LibraryChange> &changes, const QString &latest, int records);

    Options m_options;
    QThread m_thread;
    SyncSession *m_session = nullptr; // lives on m_thread
    SyncState m_state;
    QUrl m_server;
    QString m_username;
};

} // namespace lectern
