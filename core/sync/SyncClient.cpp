#include "sync/SyncClient.h"

#include "library/LibraryService.h"
#include "sync/SyncLog.h"

#include <QMetaObject>

namespace lectern {

SyncClient::SyncClient(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<lectern::SyncState>();
    qRegisterMetaType<QList<lectern::LibraryChange>>();
    if (!m_options.tokens)
        m_options.tokens = std::make_shared<MemorySyncTokenStore>();

    m_thread.setObjectName(QStringLiteral("lectern-sync"));
    m_session = new SyncSession({m_options.dataDir, m_options.deviceName, m_options.timing});
    m_session->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);

    connect(m_session, &SyncSession::stateChanged, this, [this](const SyncState &state) {
        if (state == m_state)
            return;
        m_state = state;
        emit stateChanged(state);
    });
    connect(m_session, &SyncSession::signedIn, this, [this](const QString &token, const QString &username) {
        m_username = username;
        m_options.tokens->save(token, this, [](const Status &saved) {
            if (!saved)
                qCWarning(lcSync) << "could not keep the sync sign-in:" << saved.error().message;
        });
        emit signedIn(username);
    });
    connect(m_session, &SyncSession::signInRefused, this, [this](const QString &code, const QString &message) {
        // A refused token is of no use any more; a refused password never was stored.
        m_options.tokens->clear(this, [](const Status &) {});
        emit signInFailed(Error{code, message});
    });
    connect(m_session, &SyncSession::signedOut, this, [this] {
        m_username.clear();
        emit signedOut();
    });
    connect(m_session, &SyncSession::remoteChangesApplied, this, &SyncClient::onRemoteChanges);
    m_thread.start();
    watchLibrary();
}

SyncClient::~SyncClient()
{
    // The session is deleted on its own thread when the thread's loop ends.
    m_thread.quit();
    m_thread.wait();
}

void SyncClient::watchLibrary()
{
    LibraryService *library = m_options.library;
    if (!library)
        return;
    // Any write through the service or announced by a background job may be a change to push.
    const auto push = [this] { QMetaObject::invokeMethod(m_session, &SyncSession::localChangesMade, Qt::QueuedConnection); };
    connect(library, &LibraryService::coursesChanged, this, push);
    connect(library, &LibraryService::lecturesChanged, this, push);
    connect(library, &LibraryService::transcriptChanged, this, push);
    connect(library, &LibraryService::notesChanged, this, push);
    connect(library, &LibraryService::flashcardsChanged, this, push);
    connect(library, &LibraryService::studyItemsChanged, this, push);
}

void SyncClient::onRemoteChanges(const QList<LibraryChange> &changes, const QString &latest, int records)
{
    if (LibraryService *library = m_options.library) {
        if (const auto stamp = HlcTimestamp::fromString(latest)) {
            (void)library->submit([stamp = *stamp](LibraryStore &store) -> Status {
                store.observeTimestamp(stamp);
                return success();
            });
        }
        // Announcing makes the views reload; their reload signals also reach watchLibrary's
        // push, which finds nothing to push, as pulled records never enter the outbox.
        library->announceChanges(changes);
    }
    emit remoteChangesApplied(records);
}

void SyncClient::start(const QUrl &server)
{
    m_server = server;
    m_options.tokens->load(this, [this, server](const Result<QString> &token) {
        if (!token) {
            qCWarning(lcSync) << "could not read the sync sign-in:" << token.error().message;
            return;
        }
        if (token->isEmpty())
            return;
        QMetaObject::invokeMethod(m_session, [session = m_session, server, token = *token] { session->resume(server, token); },
                                  Qt::QueuedConnection);
    });
}

void SyncClient::signIn(const QUrl &server, const QString &username, const QString &password)
{
    m_server = server;
    QMetaObject::invokeMethod(
        m_session, [session = m_session, server, username, password] { session->signIn(server, username, password, false); },
        Qt::QueuedConnection);
}

void SyncClient::registerAccount(const QUrl &server, const QString &username, const QString &password)
{
    m_server = server;
    QMetaObject::invokeMethod(
        m_session, [session = m_session, server, username, password] { session->signIn(server, username, password, true); },
        Qt::QueuedConnection);
}

void SyncClient::signOut()
{
    m_options.tokens->clear(this, [](const Status &cleared) {
        if (!cleared)
            qCWarning(lcSync) << "could not remove the sync sign-in:" << cleared.error().message;
    });
    QMetaObject::invokeMethod(m_session, &SyncSession::signOut, Qt::QueuedConnection);
}

void SyncClient::syncNow()
{
    QMetaObject::invokeMethod(m_session, &SyncSession::localChangesMade, Qt::QueuedConnection);
}

} // namespace lectern
