#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class QObject;

namespace lectern {

class LibraryService;
class SyncClient;
class SyncTokenStore;

// Where the window's sync account lives: the server and the account name in the settings, the
// session token in the keychain (never the password).
namespace app_sync {
// The server this device syncs with; empty until the student signed in once.
QUrl savedServer();
QString savedUsername();
void saveAccount(const QUrl &server, const QString &username);
void forgetAccount();

// Where the session token is kept: the keychain. Study groups sign in with the same token. Tests
// put a store of their own here before they make a window.
std::shared_ptr<SyncTokenStore> tokenStore();
void setTokenStore(std::shared_ptr<SyncTokenStore> store);

// The window's sync client for `library`, already resuming when an account was saved.
SyncClient *createClient(LibraryService *library, QObject *parent);
} // namespace app_sync

} // namespace lectern
