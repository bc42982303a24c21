#pragma once

#include <QString>
#include <QUrl>

class QObject;

namespace lectern {

class LibraryService;
class SyncClient;

// Where the window's sync account lives: the server and the account name in the settings, the
// session token in the keychain (never the password).
namespace app_sync {
// The server this device syncs with; empty until the student signed in once.
QUrl savedServer();
QString savedUsername();
void saveAccount(const QUrl &server, const QString &username);
void forgetAccount();

// The window's sync client for `library`, already resuming when an account was saved.
SyncClient *createClient(LibraryService *library, QObject *parent);
} // namespace app_sync

} // namespace lectern
