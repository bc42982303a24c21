#include "settings/GroqKeySection.h"

#include "ai/ApiKeyCheck.h"
#include "ai/ApiKeyProvider.h"
#include "ai/GroqClient.h"
#include "ai/GroqConfig.h"
#include "ai/StudyChat.h"
#include "base/Settings.h"
#include "secrets/GroqKeyStore.h"
#include "secrets/Keychain.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

GroqKeySection::GroqKeySection(GroqKeyStore *store, QWidget *parent)
    : QGroupBox(tr("Groq"), parent)
    , m_store(store)
    , m_intro(new QLabel(this))
    , m_keyEdit(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save to Keychain"), this))
    , m_test(new QPushButton(tr("&Test Key"), this))
    , m_forget(new QPushButton(tr("&Forget Key"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_plainFile(new QCheckBox(tr("Keep the key in an &unencrypted file"), m_banner))
    , m_environmentNote(new QLabel(this))
{
    setObjectName(u"groqKeySection"_s);

    m_intro->setText(tr("Lectern transcribes and answers with Groq. Create a key at "
                        "<a href=\"https://console.groq.com/keys\">console.groq.com/keys</a> and paste it here."));
    m_intro->setWordWrap(true);
    m_intro->setOpenExternalLinks(true);

    m_keyEdit->setObjectName(u"groqKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(u"gsk_…"_s);
    m_keyEdit->setAccessibleName(tr("Groq API key"));
    m_keyEdit->setClearButtonEnabled(true);
    m_save->setObjectName(u"saveKeyButton"_s);
    m_save->setAccessibleName(tr("Save the key to the keychain"));
    m_test->setObjectName(u"testKeyButton"_s);
    m_test->setAccessibleName(tr("Test the key with Groq"));
    m_forget->setObjectName(u"forgetKeyButton"_s);
    m_forget->setAccessibleName(tr("Forget the saved key"));

    m_busy->setObjectName(u"keyBusyIndicator"_s);
    m_busy->setRange(0, 0); // no percentage to show: the bar only says "working"
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    m_status->setObjectName(u"keyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Key status"));

    m_banner->setObjectName(u"keychainUnavailableBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerText = new QLabel(tr("<b>No keychain service is running</b>, so Lectern cannot keep your key "
                                     "encrypted. Start your desktop's keyring (GNOME Keyring or KWallet) and "
                                     "reopen Settings, or set GROQ_API_KEY in the environment."),
                                  m_banner);
    bannerText->setWordWrap(true);
    m_plainFile->setObjectName(u"plainFileFallbackCheck"_s);
    m_plainFile->setAccessibleName(tr("Keep the key in an unencrypted file"));
    auto *plainFileNote = new QLabel(tr("Only your user account can read the file, but it is not encrypted: any "
                                        "program running as you can read the key. The file:"),
                                     m_banner);
    plainFileNote->setWordWrap(true);
    plainFileNote->setForegroundRole(QPalette::PlaceholderText);
    const QString filePath = QDir::toNativeSeparators(m_store->location().plainFilePath);
    auto *plainFilePath = new QLabel(filePath, m_banner);
    plainFilePath->setObjectName(u"plainFilePathLabel"_s);
    plainFilePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    plainFilePath->setToolTip(filePath);
    // A long path is cut off rather than widening the dialog; the tooltip shows all of it.
    plainFilePath->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->addWidget(bannerText);
    bannerLayout->addWidget(m_plainFile);
    bannerLayout->addWidget(plainFileNote);
    bannerLayout->addWidget(plainFilePath);
    m_banner->hide();

    m_environmentNote->setObjectName(u"environmentKeyNote"_s);
    m_environmentNote->setWordWrap(true);
    m_environmentNote->setText(tr("GROQ_API_KEY is set in Lectern's environment and is used instead of a saved key."));
    m_environmentNote->setVisible(!EnvironmentApiKeyProvider().apiKey().isEmpty());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_keyEdit);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(m_environmentNote);

    connect(m_save, &QPushButton::clicked, this, &GroqKeySection::saveKey);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &GroqKeySection::saveKey);
    connect(m_test, &QPushButton::clicked, this, &GroqKeySection::testKey);
    connect(m_forget, &QPushButton::clicked, this, &GroqKeySection::forgetKey);
    connect(m_plainFile, &QCheckBox::toggled, m_store, &GroqKeyStore::setPlainFileAllowed);
    connect(m_store, &GroqKeyStore::keychainAvailabilityChanged, this, &GroqKeySection::updateBanner);

    connect(m_store, &GroqKeyStore::loaded, this, [this](const Status &status) {
        if (status)
            showStatus(savedKeyDescription(), false);
        else
            showStatus(status.error().message, true);
        updateBanner();
        setBusy(QString());
    });
    connect(m_store, &GroqKeyStore::saved, this, [this](const Status &status) {
        if (status) {
            m_keyEdit->clear();
            showStatus(m_store->source() == GroqKeyStore::Source::PlainFile
                           ? tr("Saved in the unencrypted key file.")
                           : tr("Saved in the system keychain."),
                       false);
        } else {
            showStatus(status.error().code == secrets::kKeychainUnavailable
                           ? tr("The key was not saved: no keychain service is running.")
                           : tr("The key was not saved: %1").arg(status.error().message),
                       true);
        }
        updateBanner();
        setBusy(QString());
    });
    connect(m_store, &GroqKeyStore::forgotten, this, [this](const Status &status) {
        showStatus(status ? tr("The saved key is gone.") : status.error().message, !status);
        updateBanner();
        setBusy(QString());
    });

    m_plainFile->setChecked(m_store->isPlainFileAllowed());
    setBusy(tr("Looking for a saved key…"));
    m_store->load();
}

GroqKeySection::~GroqKeySection() = default;

void GroqKeySection::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    // A label's rich text keeps the link colour of the palette it was laid out with; a theme
    // switch must lay it out again or the link stays dark blue on dark grey.
    if (event->type() == QEvent::PaletteChange) {
        const QString text = m_intro->text();
        m_intro->clear();
        m_intro->setText(text);
    }
}

QString GroqKeySection::statusText() const
{
    return m_status->text();
}

bool GroqKeySection::isBusy() const
{
    return m_busyFlag;
}

QString GroqKeySection::savedKeyDescription() const
{
    switch (m_store->source()) {
    case GroqKeyStore::Source::Keychain:
        return tr("A key is saved in the system keychain.");
    case GroqKeyStore::Source::PlainFile:
        return tr("A key is saved in the unencrypted key file.");
    case GroqKeyStore::Source::None:
        break;
    }
    return tr("No key is saved yet.");
}

void GroqKeySection::saveKey()
{
    const QString key = m_keyEdit->text().trimmed();
    if (key.isEmpty()) {
        showStatus(tr("Type or paste a key first."), true);
        return;
    }
    setBusy(tr("Saving…"));
    m_store->save(key);
}

void GroqKeySection::forgetKey()
{
    setBusy(tr("Forgetting…"));
    m_store->forget();
}

void GroqKeySection::testKey()
{
    // The key in the field when there is one (test before saving), else the one Lectern would use.
    QString key = m_keyEdit->text().trimmed();
    if (key.isEmpty())
        key = EnvironmentApiKeyProvider().apiKey();
    if (key.isEmpty())
        key = m_store->key();
    if (key.isEmpty()) {
        showStatus(tr("Type or paste a key first."), true);
        return;
    }
    delete m_check;
    delete m_client;
    m_client = StudyChat::clientWithoutRetries(GroqConfig::resolveBaseUrl(Settings()), key, this);
    m_check = new ApiKeyCheck(m_client, this);
    connect(m_check, &ApiKeyCheck::finished, this, &GroqKeySection::onCheckFinished);
    setBusy(tr("Asking Groq…"));
    m_check->start();
}

void GroqKeySection::onCheckFinished()
{
    if (m_check->outcome() == ApiKeyCheck::Outcome::Works) {
        showStatus(m_check->message() + u' ' + tr("Models available: %1.").arg(m_check->models().size()), false);
        emit modelsAvailable(m_check->models());
    } else {
        showStatus(m_check->message(), true);
    }
    setBusy(QString());
}

void GroqKeySection::setBusy(const QString &what)
{
    m_busyFlag = !what.isEmpty();
    m_busy->setVisible(m_busyFlag);
    for (QPushButton *button : {m_save, m_test, m_forget})
        button->setEnabled(!m_busyFlag);
    if (m_busyFlag)
        showStatus(what, false);
    else
        emit idle();
}

void GroqKeySection::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    // Screen readers announce the kind of message along with it.
    m_status->setAccessibleDescription(problem ? tr("Problem") : QString());
}

void GroqKeySection::updateBanner()
{
    const bool show = m_store->isKeychainUnavailable();
    if (show == m_banner->isVisibleTo(this))
        return;
    m_banner->setVisible(show);
    // Wrapped text needs more height than the dialog had; let it grow to fit.
    // Layouts do not grow a dialog for wrapped text that appears later: the banner claims the
    // height its lines need at its width, once the layout has given it one.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_banner->setMinimumHeight(m_banner->isVisible() ? m_banner->layout()->totalHeightForWidth(m_banner->width()) : 0);
            setMinimumHeight(0);
            setMinimumHeight(layout()->totalHeightForWidth(width()));
            window()->adjustSize();
        },
        Qt::QueuedConnection);
}

} // namespace lectern
