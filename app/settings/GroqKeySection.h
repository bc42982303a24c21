#pragma once

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lectern {

class ApiKeyCheck;
class GroqClient;
class GroqKeyStore;

// The Groq key part of Settings: a masked field, Save to Keychain, Test Key (one GET /models,
// with a busy indicator, the answer in words) and Forget. When no keychain service runs it says
// so and offers, as an explicit choice, an unencrypted file readable only by the student.
// Nothing here waits on the UI thread: the keychain and Groq answer by signal.
class GroqKeySection : public QGroupBox
{
    Q_OBJECT

public:
    // Loads the saved key's state from `store` (which must outlive the section).
    explicit GroqKeySection(GroqKeyStore *store, QWidget *parent = nullptr);
    ~GroqKeySection() override;

    QString statusText() const;
    bool isBusy() const;

signals:
    // A test found the key working; the ids of the models it may use.
    void modelsAvailable(const QStringList &models);
    // Saving, testing or loading finished.
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveKey();
    void testKey();
    void forgetKey();
    void onCheckFinished();
    void setBusy(const QString &what);
    void showStatus(const QString &text, bool problem);
    void updateBanner();
    QString savedKeyDescription() const;

    GroqKeyStore *m_store;
    QLabel *m_intro;
    QLineEdit *m_keyEdit;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_forget;
    QProgressBar *m_busy;
    QLabel *m_status;
    QFrame *m_banner;
    QCheckBox *m_plainFile;
    QLabel *m_environmentNote;
    GroqClient *m_client = nullptr;
    ApiKeyCheck *m_check = nullptr;
    bool m_busyFlag = false;
};

} // namespace lectern
