#include "secrets/GroqKeyStore.h"

#include "base/Settings.h"
#include "secrets/Keychain.h"
#include "secrets/PlainKeyFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace lectern {

// The key in memory, shared by the stores of one keychain entry and by their providers. A client
// reads it on its own thread, hence the mutex.
class StoredGroqKey final : public ApiKeyProvider
{
public:
    QString apiKey() const override
    {
        const QMutexLocker lock(&m_mutex);
        return m_key;
    }

    void set(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        m_key = key;
        ++m_writes;
    }

    // Counts set() calls, so a read of the keychain that started before a save can tell that
    // its answer is older than the key in memory.
    quint64 writes() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_writes;
    }

    static std::shared_ptr<StoredGroqKey> forEntry(const QString &service, const QString &account)
    {
        static QMutex registryMutex;
        static QHash<QString, std::weak_ptr<StoredGroqKey>> registry;
        const QMutexLocker lock(&registryMutex);
        const QString id = service + u'\n' + account;
        std::shared_ptr<StoredGroqKey> stored = registry.value(id).lock();
        if (!stored) {
            stored = std::make_shared<StoredGroqKey>();
            registry.insert(id, stored);
        }
        return stored;
    }

private:
    mutable QMutex m_mutex;
    QString m_key;
    quint64 m_writes = 0;
};

GroqKeyStore::Location GroqKeyStore::defaultLocation()
{
    Location location;
    location.service = QCoreApplication::applicationName();
    location.plainFilePath = PlainKeyFile::defaultPath();
    return location;
}

GroqKeyStore::GroqKeyStore(QObject *parent) : GroqKeyStore(defaultLocation(), parent) {}

GroqKeyStore::GroqKeyStore(Location location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_stored(StoredGroqKey::forEntry(m_location.service, m_location.account))
{
}

GroqKeyStore::~GroqKeyStore() = default;

QString GroqKeyStore::key() const
{
    return m_stored->apiKey();
}

std::shared_ptr<const ApiKeyProvider> GroqKeyStore::apiKeyProvider() const
{
    return m_stored;
}

bool GroqKeyStore::isPlainFileAllowed() const
{
    return Settings().value(Setting::GroqKeyInPlainFile);
}

void GroqKeyStore::setPlainFileAllowed(bool allowed)
{
    Settings().setValue(Setting::GroqKeyInPlainFile, allowed);
}

void GroqKeyStore::load()
{
    ++m_pending;
    const quint64 writesBefore = m_stored->writes();
    Keychain::read(m_location.service, m_location.account, this, [this, writesBefore](const Result<QString> &secret) {
        --m_pending;
        noteKeychainResult(secret ? nullptr : &secret.error());
        if (m_stored->writes() != writesBefore) {
            // Another store of this entry saved or forgot a key while this read was under way
            // (Settings, while the window was still loading): what is in memory is newer.
            m_source = m_stored->apiKey().isEmpty() ? Source::None : Source::Keychain;
            m_loaded = true;
            emit loaded(success());
            return;
        }
        if (secret && !secret->isEmpty()) {
            remember(*secret, Source::Keychain);
            m_loaded = true;
            emit loaded(success());
            return;
        }
        // An empty keychain, or none: a key the student chose to keep in the plain file.
        Source source = Source::None;
        const Result<QString> fromFile = readPlainFile(&source);
        if (fromFile && !fromFile->isEmpty()) {
            remember(*fromFile, source);
            m_loaded = true;
            emit loaded(success());
            return;
        }
        remember(QString(), Source::None);
        m_loaded = true;
        if (!fromFile)
            emit loaded(fromFile.error());
        else
            emit loaded(secret ? success() : Status(secret.error()));
    });
}

void GroqKeyStore::save(const QString &key)
{
    const QString trimmed = key.trimmed();
    ++m_pending;
    Keychain::write(m_location.service, m_location.account, trimmed, this, [this, trimmed](const Status &written) {
        --m_pending;
        noteKeychainResult(written ? nullptr : &written.error());
        if (written) {
            remember(trimmed, Source::Keychain);
            // The keychain has it now: an unencrypted copy from before must not linger.
            emit saved(PlainKeyFile::remove(m_location.plainFilePath));
            return;
        }
        if (m_keychainUnavailable && isPlainFileAllowed()) {
            const Status inFile = writePlainFile(trimmed);
            emit saved(inFile);
            return;
        }
        emit saved(written);
    });
}

void GroqKeyStore::forget()
{
    ++m_pending;
    Keychain::remove(m_location.service, m_location.account, this, [this](const Status &removed) {
        --m_pending;
        noteKeychainResult(removed ? nullptr : &removed.error());
        const Status fileRemoved = PlainKeyFile::remove(m_location.plainFilePath);
        const bool keychainGone = removed || m_keychainUnavailable;
        if (keychainGone && fileRemoved)
            remember(QString(), Source::None);
        emit forgotten(!keychainGone ? removed : fileRemoved);
    });
}

void GroqKeyStore::noteKeychainResult(const Error *error)
{
    const bool unavailable = error && error->code == secrets::kKeychainUnavailable;
    if (unavailable == m_keychainUnavailable)
        return;
    m_keychainUnavailable = unavailable;
    emit keychainAvailabilityChanged(unavailable);
}

void GroqKeyStore::remember(const QString &key, Source source)
{
    m_stored->set(key);
    m_source = source;
}

Result<QString> GroqKeyStore::readPlainFile(Source *source) const
{
    *source = Source::None;
    if (!isPlainFileAllowed())
        return QString();
    Result<QString> key = PlainKeyFile::read(m_location.plainFilePath);
    if (key && !key->isEmpty())
        *source = Source::PlainFile;
    return key;
}

Status GroqKeyStore::writePlainFile(const QString &key)
{
    const Status written = PlainKeyFile::write(m_location.plainFilePath, key);
    if (written)
        remember(key, Source::PlainFile);
    return written;
}

} // namespace lectern
