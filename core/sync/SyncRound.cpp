// A sync round: push the outbox page by page, then pull until the server has nothing more.

#include "sync/SyncSession.h"

#include "protocol/ErrorCode.h"
#include "protocol/Sync.h"
#include "sync/LibrarySyncStore.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QWebSocket>

namespace lectern {

namespace {
using namespace protocol;

// The server's limits (docs/protocol.md): 1000 changes and 256 KiB of fields per change. A page
// is kept well under the 1 MiB message limit.
constexpr int kPushPageChanges = 500;
constexpr qsizetype kPushPageBytes = 512 * 1024;
constexpr qsizetype kMaxChangeBytes = 256 * 1024;
constexpr int kPullPageLimit = 500;
} // namespace

void SyncSession::startRound()
{
    if (!m_authenticated)
        return;
    if (m_roundRunning) {
        m_roundAgain = true;
        return;
    }
    m_roundRunning = true;
    m_roundAgain = false;
    m_pushAfter = 0;
    setState(SyncState::of(SyncState::Kind::Syncing));
    pushNext();
}

void SyncSession::pushNext()
{
    const auto page = m_store->outboxPage(m_pushAfter, kPushPageChanges, kPushPageBytes, kMaxChangeBytes);
    if (!page) {
        failRound(page.error(), false);
        return;
    }
    if (page->changes.isEmpty()) {
        if (page->scannedTo == 0) {
            pullNext();
        } else {
            m_pushAfter = page->scannedTo;
            pushNext();
        }
        return;
    }
    QJsonArray changes;
    for (const SyncChange &change : page->changes)
        changes.append(change.toJson());
    const QList<qint64> changeSeqs = page->changeSeqs;
    const qint64 scannedTo = page->scannedTo;
    send(FrameType::SyncPush, {{SyncField::Changes.toString(), changes}}, [this, changeSeqs, scannedTo](const Frame &reply) {
        if (!reply.isOk()) {
            // internal_error: nothing was stored and the same push may simply be sent again.
            const Error error = reply.error();
            failRound(error, error.code == errorCodeName(ErrorCode::InternalError));
            return;
        }
        // Only now, after the server's commit, do these changes leave the outbox.
        if (const Status acked = m_store->acknowledge(changeSeqs); !acked) {
            failRound(acked.error(), false);
            return;
        }
        qCDebug(lcSync) << "pushed" << changeSeqs.size() << "changes, server seq" << reply.json().value(SyncField::Seq).toInteger();
        m_pushAfter = scannedTo;
        pushNext();
    });
}

void SyncSession::pullNext()
{
    const auto since = m_store->pullCursor();
    if (!since) {
        failRound(since.error(), false);
        return;
    }
    send(FrameType::SyncPull, {{SyncField::Since.toString(), *since}, {SyncField::Limit.toString(), kPullPageLimit}}, [this](const Frame &reply) {
        if (!reply.isOk()) {
            const Error error = reply.error();
            failRound(error, error.code == errorCodeName(ErrorCode::InternalError));
            return;
        }
        const QJsonArray array = reply.json().value(SyncField::Changes).toArray();
        QList<SyncChange> changes;
        changes.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto change = SyncChange::fromJson(array.at(i), i, true);
            if (change)
                changes.append(std::move(change).value());
            else
                qCWarning(lcSync) << "skipping a pulled change:" << change.error().message;
        }
        const qint64 next = reply.json().value(SyncField::Next).toInteger();
        const auto applied = m_store->applyPulled(changes, next);
        if (!applied) {
            failRound(applied.error(), false);
            return;
        }
        if (applied->applied > 0 || !applied->changes.isEmpty())
            emit remoteChangesApplied(applied->changes, applied->latest ? applied->latest->toString() : QString(),
                                      applied->applied);
        if (reply.json().value(SyncField::More).toBool())
            pullNext();
        else
            finishRound();
    });
}

void SyncSession::finishRound()
{
    m_roundRunning = false;
    if (m_roundAgain) {
        startRound();
        return;
    }
    publishIdleState();
}

void SyncSession::failRound(const Error &error, bool retry)
{
    qCWarning(lcSync) << "sync round failed:" << error.code << error.message;
    if (retry) {
        // Dropping the connection makes the retry follow the reconnect backoff.
        closeConnection();
        publishIdleState();
        scheduleReconnect();
        return;
    }
    m_roundRunning = false;
    m_stoppedByError = true;
    setState(SyncState::error(error.message));
    closeConnection();
}

void SyncSession::checkOutbox()
{
    if (m_authenticated) {
        const auto pending = m_store ? m_store->pendingCount() : Result<int>(0);
        if (m_roundRunning || (pending && *pending > 0))
            startRound();
        return;
    }
    if (m_wanted && !m_stoppedByError && !m_socket)
        publishIdleState();
}

void SyncSession::publishIdleState()
{
    const auto pending = m_store ? m_store->pendingCount() : Result<int>(0);
    const int count = pending ? *pending : 0;
    if (count > 0)
        setState(SyncState::of(SyncState::Kind::Pending, count));
    else if (m_authenticated)
        setState(SyncState::of(SyncState::Kind::Synced));
    else if (m_socket)
        setState(SyncState::of(SyncState::Kind::Connecting));
    else
        setState(SyncState::offline());
}

void SyncSession::setState(const SyncState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lectern
