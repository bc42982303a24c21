#include "sync/AppSync.h"

#include "library/LibraryService.h"
#include "sync/KeychainSyncTokenStore.h"
#include "sync/SyncClient.h"

#include <QSettings>
#include <QSysInfo>

namespace lectern::app_sync {

namespace {
const QString kServerKey = QStringLiteral("sync/server");
const QString kUsernameKey = QStringLiteral("sync/username");

std::shared_ptr<SyncTokenStore> &sharedTokenStore()
{
    static std::shared_ptr<SyncTokenStore> store = std::make_shared<KeychainSyncTokenStore>();
    return store;
}
} // namespace

std::shared_ptr<SyncTokenStore> tokenStore()
{
    return sharedTokenStore();
}

void setTokenStore(std::shared_ptr<SyncTokenStore> store)
{
    sharedTokenStore() = std::move(store);
}

QUrl savedServer()
{
    return QUrl(QSettings().value(kServerKey).toString());
}

QString savedUsername()
{
    return QSettings().value(kUsernameKey).toString();
}

void saveAccount(const QUrl &server, const QString &username)
{
    QSettings settings;
    settings.setValue(kServerKey, server.toString());
    settings.setValue(kUsernameKey, username);
}

void forgetAccount()
{
    QSettings settings;
    settings.remove(kServerKey);
    settings.remove(kUsernameKey);
}

SyncClient *createClient(LibraryService *library, QObject *parent)
{
    SyncClient::Options options;
    options.dataDir = library->dataDirectory();
    // What the account's device list shows; the student knows their machines by these names.
    options.deviceName = QSysInfo::machineHostName().left(64);
    if (options.deviceName.isEmpty())
        options.deviceName = QSysInfo::prettyProductName().left(64);
    options.tokens = tokenStore();
    options.library = library;
    auto *client = new SyncClient(std::move(options), parent);
    if (const QUrl server = savedServer(); server.isValid() && !server.isEmpty())
        client->start(server);
    return client;
}

} // namespace lectern::app_sync
