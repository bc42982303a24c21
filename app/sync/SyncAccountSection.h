#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lectern {

class SyncClient;
struct SyncState;

// The Settings section for device sync: the server, signing in or creating an account, signing
// out, and what sync is doing. Acts at once through the SyncClient (OK and Cancel of the dialog
// do not apply to it), like the Groq key's section.
class SyncAccountSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit SyncAccountSection(SyncClient *client, QWidget *parent = nullptr);

private:
    void submit(bool createAccount);
    void signOut();
    void showState(const SyncState &state);
    void setSignedIn(bool signedIn);

    SyncClient *m_client;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_register;
    QPushButton *m_signOut;
    QLabel *m_status;
};

} // namespace lectern
