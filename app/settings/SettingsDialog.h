#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lectern {

class GroqKeySection;
class GroqKeyStore;
class SyncClient;

// Preferences: the Groq key (in the keychain, see GroqKeySection), the models, the spoken
// language, how many requests run at once, where the library lives and how audio is kept, the
// theme and the interface language, and the device sync account when the window has a sync
// client. Everything but the key and the sync account goes through Settings when the student
// presses OK or Apply; Cancel leaves the settings as they were.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr, SyncClient *sync = nullptr);
    ~SettingsDialog() override;

    GroqKeySection *keySection() const { return m_keySection; }

    // Writes every field to Settings and applies the theme.
    void apply();
    void accept() override;

private:
    void load();
    void chooseLibraryLocation();
    void offerModels(const QStringList &models);

    GroqKeyStore *m_store;
    GroqKeySection *m_keySection;
    QComboBox *m_transcriptionModel;
    QComboBox *m_chatModel;
    QComboBox *m_language;
    QSpinBox *m_concurrency;
    QLineEdit *m_libraryLocation;
    QComboBox *m_audioStorage;
    QComboBox *m_theme;
    QComboBox *m_uiLanguage;
};

} // namespace lectern
