#include "settings/SettingsDialog.h"

#include "ai/ApiKeyCheck.h"
#include "base/Settings.h"
#include "secrets/GroqKeyStore.h"
#include "settings/GroqKeySection.h"
#include "settings/Theme.h"
#include "sync/SyncAccountSection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {

// Groq's models at the time of writing; a successful key test adds whatever Groq lists now.
const QStringList kTranscriptionModels{u"whisper-large-v3-turbo"_s, u"whisper-large-v3"_s};
const QStringList kChatModels{u"llama-3.3-70b-versatile"_s, u"llama-3.1-8b-instant"_s, u"openai/gpt-oss-120b"_s};
// Languages Whisper transcribes well, by ISO 639-1 code.
const QStringList kSpokenLanguages{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"nl"_s, u"pt"_s,
                                   u"pl"_s, u"sv"_s, u"da"_s, u"tr"_s, u"ru"_s, u"zh"_s, u"ja"_s};

QComboBox *modelBox(const QStringList &models, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    // Groq adds models faster than Lectern is released: any id can be typed.
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(models);
    return box;
}

QComboBox *choiceBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    return box;
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void setModel(QComboBox *box, const QString &model)
{
    if (box->findText(model) < 0)
        box->addItem(model);
    box->setCurrentText(model);
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent, SyncClient *sync)
    : QDialog(parent)
    , m_store(new GroqKeyStore(this))
    , m_keySection(new GroqKeySection(m_store, this))
    , m_transcriptionModel(modelBox(kTranscriptionModels, u"transcriptionModelBox"_s, tr("Transcription model"), this))
    , m_chatModel(modelBox(kChatModels, u"chatModelBox"_s, tr("Chat model"), this))
    , m_language(choiceBox(u"spokenLanguageBox"_s, tr("Spoken language"), this))
    , m_concurrency(new QSpinBox(this))
    , m_libraryLocation(new QLineEdit(this))
    , m_audioStorage(choiceBox(u"audioStorageBox"_s, tr("Audio storage"), this))
    , m_theme(choiceBox(u"themeBox"_s, tr("Theme"), this))
    , m_uiLanguage(choiceBox(u"uiLanguageBox"_s, tr("Interface language"), this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_language->addItem(tr("Detect automatically"), QString());
    for (const QString &code : kSpokenLanguages) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_concurrency->setObjectName(u"concurrencySpin"_s);
    m_concurrency->setAccessibleName(tr("Requests at once"));
    m_concurrency->setRange(1, 8);

    auto *groq = new QGroupBox(tr("Transcription and Answers"), this);
    auto *groqForm = new QFormLayout(groq);
    groqForm->addRow(tr("T&ranscription model:"), m_transcriptionModel);
    groqForm->addRow(tr("&Chat model:"), m_chatModel);
    groqForm->addRow(tr("Spoken &language:"), m_language);
    groqForm->addRow(tr("Requests at &once:"), m_concurrency);
    groqForm->addRow(noteLabel(tr("More requests at once finish long lectures sooner but reach Groq's rate limits "
                                  "faster."),
                               groq));

    m_libraryLocation->setObjectName(u"libraryLocationEdit"_s);
    m_libraryLocation->setAccessibleName(tr("Library location"));
    m_libraryLocation->setPlaceholderText(
        QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(u"chooseLibraryButton"_s);
    browse->setAccessibleName(tr("Choose the library folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseLibraryLocation);
    // A widget rather than a layout, so the form's label has a buddy for its shortcut.
    auto *locationRow = new QWidget(this);
    auto *locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_libraryLocation, 1);
    locationLayout->addWidget(browse);
    locationRow->setFocusProxy(m_libraryLocation);
    m_audioStorage->addItem(tr("Original file"), u"original"_s);
    m_audioStorage->addItem(tr("Compact Opus"), u"opus"_s);

    auto *library = new QGroupBox(tr("Library"), this);
    auto *libraryForm = new QFormLayout(library);
    libraryForm->addRow(tr("L&ocation:"), locationRow);
    libraryForm->addRow(noteLabel(tr("A new location takes effect when Lectern restarts."), library));
    libraryForm->addRow(tr("Keep &audio as:"), m_audioStorage);
    libraryForm->addRow(noteLabel(tr("The original loses nothing but a WAV recording takes about 115 MB an hour; "
                                     "compact Opus keeps speech clear in about 11 MB an hour."),
                                  library));

    m_theme->addItem(tr("Same as the system"), themeSettingValue(Theme::System));
    m_theme->addItem(tr("Light"), themeSettingValue(Theme::Light));
    m_theme->addItem(tr("Dark"), themeSettingValue(Theme::Dark));
    // Language names in their own language, so a student can find theirs whatever is showing.
    m_uiLanguage->addItem(tr("Same as the system"), QString());
    m_uiLanguage->addItem(u"English"_s, u"en"_s);
    m_uiLanguage->addItem(u"Deutsch"_s, u"de"_s);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Interface language:"), m_uiLanguage);
    appearanceForm->addRow(noteLabel(tr("A new interface language takes effect when Lectern restarts."), appearance));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_keySection, &GroqKeySection::modelsAvailable, this, &SettingsDialog::offerModels);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_keySection);
    left->addWidget(groq);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(library);
    right->addWidget(appearance);
    if (sync)
        right->addWidget(new SyncAccountSection(sync, this));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    // Never smaller than its contents, wrapped notes included.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // Wide enough for model names and for the notes to wrap into a few lines, not a column.
    for (QWidget *column : {static_cast<QWidget *>(m_keySection), static_cast<QWidget *>(groq),
                            static_cast<QWidget *>(library), static_cast<QWidget *>(appearance)})
        column->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const Settings settings;
    setModel(m_transcriptionModel, settings.value(Setting::TranscriptionModel));
    setModel(m_chatModel, settings.value(Setting::ChatModel));
    selectData(m_language, settings.value(Setting::Language));
    m_concurrency->setValue(settings.value(Setting::GroqConcurrency));
    m_libraryLocation->setText(QDir::toNativeSeparators(settings.value(Setting::LibraryLocation)));
    selectData(m_audioStorage, settings.value(Setting::AudioStorage));
    selectData(m_theme, settings.value(Setting::Theme));
    selectData(m_uiLanguage, settings.value(Setting::UiLanguage));
}

void SettingsDialog::apply()
{
    Settings settings;
    settings.setValue(Setting::TranscriptionModel, m_transcriptionModel->currentText().trimmed());
    settings.setValue(Setting::ChatModel, m_chatModel->currentText().trimmed());
    settings.setValue(Setting::Language, m_language->currentData().toString());
    settings.setValue(Setting::GroqConcurrency, m_concurrency->value());
    const QString location = QDir::fromNativeSeparators(m_libraryLocation->text().trimmed());
    if (location.isEmpty())
        settings.reset(Setting::LibraryLocation);
    else
        settings.setValue(Setting::LibraryLocation, location);
    settings.setValue(Setting::AudioStorage, m_audioStorage->currentData().toString());
    settings.setValue(Setting::Theme, m_theme->currentData().toString());
    settings.setValue(Setting::UiLanguage, m_uiLanguage->currentData().toString());
    applyTheme(themeFromSetting(m_theme->currentData().toString()));
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::chooseLibraryLocation()
{
    const QString start = m_libraryLocation->text().isEmpty() ? m_libraryLocation->placeholderText() : m_libraryLocation->text();
    auto *chooser = new QFileDialog(this, tr("Choose the Library Folder"), start);
    chooser->setObjectName(u"libraryFolderChooser"_s);
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_libraryLocation->setText(QDir::toNativeSeparators(folder)); });
    chooser->open();
}

void SettingsDialog::offerModels(const QStringList &models)
{
    for (const QString &model : models) {
        QComboBox *box = ApiKeyCheck::isTranscriptionModel(model) ? m_transcriptionModel : m_chatModel;
        if (box->findText(model) < 0)
            box->addItem(model);
    }
}

} // namespace lectern
