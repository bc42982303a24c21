#include "sync/SyncAccountSection.h"

#include "sync/AppSync.h"
#include "sync/SyncClient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

SyncAccountSection::SyncAccountSection(SyncClient *client, QWidget *parent)
    : QGroupBox(tr("Device Sync"), parent)
    , m_client(client)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign &in"), this))
    , m_register(new QPushButton(tr("Create &account"), this))
    , m_signOut(new QPushButton(tr("Sign o&ut"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"syncAccountSection"_s);
    m_server->setObjectName(u"syncServerEdit"_s);
    m_server->setAccessibleName(tr("Sync server"));
    m_server->setPlaceholderText(u"wss://sync.example.org/"_s);
    m_username->setObjectName(u"syncUsernameEdit"_s);
    m_username->setAccessibleName(tr("Account name"));
    m_password->setObjectName(u"syncPasswordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(u"syncSignInButton"_s);
    m_register->setObjectName(u"syncRegisterButton"_s);
    m_signOut->setObjectName(u"syncSignOutButton"_s);
    m_status->setObjectName(u"syncAccountStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QWidget(this);
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(m_signIn);
    buttonLayout->addWidget(m_register);
    buttonLayout->addStretch();
    buttonLayout->addWidget(m_signOut);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Ser&ver:"), m_server);
    form->addRow(tr("Account &name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(buttons);
    form->addRow(m_status);

    connect(m_signIn, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_register, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_signOut, &QPushButton::clicked, this, &SyncAccountSection::signOut);
    connect(m_client, &SyncClient::stateChanged, this, &SyncAccountSection::showState);
    connect(m_client, &SyncClient::signedIn, this, [this](const QString &username) {
        app_sync::saveAccount(m_client->serverUrl(), username);
        setSignedIn(true);
    });
    connect(m_client, &SyncClient::signInFailed, this, [this](const Error &error) {
        setSignedIn(false);
        m_status->setText(error.message);
    });

    const QUrl server = app_sync::savedServer();
    m_server->setText(server.toString());
    m_username->setText(app_sync::savedUsername());
    setSignedIn(!server.isEmpty());
    showState(m_client->state());
}

void SyncAccountSection::submit(bool createAccount)
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (!server.isValid() || (server.scheme() != u"ws" && server.scheme() != u"wss")) {
        m_status->setText(tr("Enter the server's address, starting with wss:// (or ws:// on your own network)."));
        m_server->setFocus();
        return;
    }
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        m_status->setText(tr("Enter your account name and password."));
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    if (createAccount)
        m_client->registerAccount(server, username, m_password->text());
    else
        m_client->signIn(server, username, m_password->text());
    // The password goes to the server once and is kept nowhere.
    m_password->clear();
    m_status->setText(createAccount ? tr("Creating the account…") : tr("Signing in…"));
}

void SyncAccountSection::signOut()
{
    m_client->signOut();
    app_sync::forgetAccount();
    setSignedIn(false);
}

void SyncAccountSection::showState(const SyncState &state)
{
    m_status->setText(state.text());
}

void SyncAccountSection::setSignedIn(bool signedIn)
{
    m_signOut->setEnabled(signedIn);
    m_password->setEnabled(!signedIn);
    m_signIn->setEnabled(!signedIn);
    m_register->setEnabled(!signedIn);
}

} // namespace lectern
