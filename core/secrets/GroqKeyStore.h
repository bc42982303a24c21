#pragma once

#include "ai/ApiKeyProvider.h"
#include "base/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace lectern {

class StoredGroqKey;

// The student's Groq key, kept in the system keychain. Loading, saving and forgetting are
// asynchronous (they may wait for the keyring to unlock) and report by signal; the loaded key is
// then answered from memory, by key() and by apiKeyProvider() for a GroqClient.
//
// Every store of the same keychain entry in the process shares that memory, so a key saved in
// Settings reaches a client made elsewhere at once.
//
// When no keychain service runs, the key can be kept in a plain file readable only by the student
// (PlainKeyFile), but only after they opted in (setPlainFileAllowed, the GroqKeyInPlainFile
// setting): the file is not encrypted, and the store never falls back to it silently.
class GroqKeyStore : public QObject
{
    Q_OBJECT

public:
    struct Location
    {
        QString service; // the keychain's service name
        QString account = QStringLiteral("groq-api-key");
        QString plainFilePath;
    };
    // Lectern's entry: the application's name as the service, the file in the config directory.
    static Location defaultLocation();

    enum class Source { None, Keychain, PlainFile };
    Q_ENUM(Source)

    explicit GroqKeyStore(QObject *parent = nullptr);
    GroqKeyStore(Location location, QObject *parent);
    ~GroqKeyStore() override;

    void load();
    void save(const QString &key);
    // Removes the key from the keychain and the plain file, wherever it is.
    void forget();

    bool isBusy() const { return m_pending > 0; }
    bool isLoaded() const { return m_loaded; }
    QString key() const;
    // Where the key in memory came from.
    Source source() const { return m_source; }
    // The last keychain call found no keychain service running.
    bool isKeychainUnavailable() const { return m_keychainUnavailable; }

    bool isPlainFileAllowed() const;
    void setPlainFileAllowed(bool allowed);
    const Location &location() const { return m_location; }

    // Answers with the key in memory; never blocks.
    std::shared_ptr<const ApiKeyProvider> apiKeyProvider() const;

signals:
    void loaded(const lectern::Status &status);
    void saved(const lectern::Status &status);
    void forgotten(const lectern::Status &status);
    void keychainAvailabilityChanged(bool unavailable);

private:
    void noteKeychainResult(const Error *error);
    void remember(const QString &key, Source source);
    Result<QString> readPlainFile(Source *source) const;
    Status writePlainFile(const QString &key);

    Location m_location;
    std::shared_ptr<StoredGroqKey> m_stored;
    Source m_source = Source::None;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_keychainUnavailable = false;
};

} // namespace lectern
