// The Settings dialog driven as a student would: typing, clicking, the real keychain of
// with-keyring.sh (or none at all) and the fake Groq server for "Test Key".
#include "KeyringTestSupport.h"
#include "TemporaryLibrary.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"
#include "base/Settings.h"
#include "secrets/GroqKeyStore.h"
#include "settings/GroqKeySection.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"

#include <gtest/gtest.h>

#include <optional>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 15'000;

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

class SettingsDialogFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen().ok());
        m_groq.emplace(server, fake::GroqEnvironment::Key::Unset);
        Settings().backend().clear();
    }

    void TearDown() override
    {
        dialog.reset();
        forgetSavedKey();
        Settings().backend().clear();
        applyTheme(Theme::System);
        m_groq.reset();
    }

    static void forgetSavedKey()
    {
        GroqKeyStore store;
        bool done = false;
        QObject::connect(&store, &GroqKeyStore::forgotten, &store, [&done] { done = true; });
        store.forget();
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
    }

    // The dialog, shown, once it has looked for a saved key.
    SettingsDialog &open()
    {
        dialog = std::make_unique<SettingsDialog>();
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        waitUntilIdle();
        return *dialog;
    }

    void waitUntilIdle()
    {
        EXPECT_TRUE(QTest::qWaitFor([this] { return !dialog->keySection()->isBusy(); }, kWaitMs));
    }

    void click(const QString &buttonName) { QTest::mouseClick(child<QPushButton>(*dialog, buttonName), Qt::LeftButton); }

    void typeKey(const QString &key)
    {
        auto *edit = child<QLineEdit>(*dialog, u"groqKeyEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, key);
    }

    QString status() const { return dialog->keySection()->statusText(); }

    void clickDialogButton(QDialogButtonBox::StandardButton which)
    {
        QTest::mouseClick(child<QDialogButtonBox>(*dialog, u"settingsButtons"_s)->button(which), Qt::LeftButton);
    }

    // Picks the entry `steps` below the current one, with the keyboard.
    void stepDown(const QString &comboName, int steps)
    {
        auto *box = child<QComboBox>(*dialog, comboName);
        box->setFocus();
        for (int i = 0; i < steps; ++i)
            QTest::keyClick(box, Qt::Key_Down);
    }

    fake::FakeGroqServer server;
    std::unique_ptr<SettingsDialog> dialog;

private:
    std::optional<fake::GroqEnvironment> m_groq;
};

using SettingsDialogTest = SettingsDialogFixture;

TEST_F(SettingsDialogTest, TypedKeyIsSavedToTheKeychainAndWorks)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    EXPECT_EQ(status(), u"No key is saved yet."_s);
    EXPECT_FALSE(child<QFrame>(*dialog, u"keychainUnavailableBanner"_s)->isVisible());
    EXPECT_EQ(child<QLineEdit>(*dialog, u"groqKeyEdit"_s)->echoMode(), QLineEdit::Password);

    typeKey(server.options().apiKey);
    click(u"saveKeyButton"_s);
    waitUntilIdle();
    EXPECT_EQ(status(), u"Saved in the system keychain."_s);
    EXPECT_TRUE(child<QLineEdit>(*dialog, u"groqKeyEdit"_s)->text().isEmpty());

    click(u"testKeyButton"_s);
    // Asking Groq happens in the background: the dialog shows it is working and stays usable.
    EXPECT_TRUE(child<QProgressBar>(*dialog, u"keyBusyIndicator"_s)->isVisible());
    EXPECT_FALSE(child<QPushButton>(*dialog, u"testKeyButton"_s)->isEnabled());
    waitUntilIdle();
    EXPECT_TRUE(status().startsWith(u"The key works."_s)) << status().toStdString();
    EXPECT_FALSE(child<QProgressBar>(*dialog, u"keyBusyIndicator"_s)->isVisible());
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests().first().path.endsWith(u"/models"_s));
    // Models Groq lists now are offered even when Lectern did not know them.
    EXPECT_GE(child<QComboBox>(*dialog, u"chatModelBox"_s)->findText(u"openai/gpt-oss-20b"_s), 0);
    EXPECT_TRUE(dialog->grab().save(screenshotPath(u"settings.png"_s)));

    // The key outlives the dialog: a later start finds it in the keychain.
    dialog.reset();
    open();
    EXPECT_EQ(status(), u"A key is saved in the system keychain."_s);
}

TEST_F(SettingsDialogTest, WrongKeyIsReportedInWordsAndNotSaved)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    typeKey(u"gsk_mistyped"_s);
    click(u"testKeyButton"_s);
    waitUntilIdle();
    EXPECT_TRUE(status().startsWith(u"Groq does not accept this key."_s)) << status().toStdString();
    EXPECT_EQ(server.requestCount(), 1);
    dialog.reset();
    open();
    EXPECT_EQ(status(), u"No key is saved yet."_s);
}

TEST_F(SettingsDialogTest, ForgetRemovesTheSavedKey)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    typeKey(u"gsk_short_lived"_s);
    click(u"saveKeyButton"_s);
    waitUntilIdle();
    click(u"forgetKeyButton"_s);
    waitUntilIdle();
    EXPECT_EQ(status(), u"The saved key is gone."_s);
    click(u"testKeyButton"_s);
    EXPECT_EQ(status(), u"Type or paste a key first."_s);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(SettingsDialogTest, TheWelcomePageTellsOfAKeySavedInSettings)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    TemporaryLibrary library;
    {
        MainWindow window(&library.service());
        window.show();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.currentPage() == MainWindow::Page::Welcome; }, kWaitMs));
        QPushButton *addKey = window.welcomePage()->addKeyButton();
        ASSERT_TRUE(QTest::qWaitFor([&] { return addKey->text() == u"Add Your Groq Key…"_s; }, kWaitMs));

        QTest::mouseClick(addKey, Qt::LeftButton);
        SettingsDialog *opened = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] { return (opened = window.findChild<SettingsDialog *>()) != nullptr; }, kWaitMs));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !opened->keySection()->isBusy(); }, kWaitMs));
        auto *edit = child<QLineEdit>(*opened, u"groqKeyEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"gsk_saved_from_the_welcome_page"_s);
        QTest::mouseClick(child<QPushButton>(*opened, u"saveKeyButton"_s), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !opened->keySection()->isBusy(); }, kWaitMs));
        opened->reject();

        // Back on the welcome page, the first step is shown as done.
        EXPECT_EQ(addKey->text(), u"Groq Key Saved ✓ — Change…"_s);
        library.closeService();
    }
}

TEST_F(SettingsDialogTest, ChoicesAreStoredOnOkAndShownNextTime)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    auto *chat = child<QComboBox>(*dialog, u"chatModelBox"_s);
    chat->lineEdit()->selectAll();
    QTest::keyClicks(chat->lineEdit(), u"llama-3.1-8b-instant"_s);
    stepDown(u"transcriptionModelBox"_s, 1);  // whisper-large-v3
    stepDown(u"spokenLanguageBox"_s, 2);      // Deutsch, after "detect" and English
    auto *concurrency = child<QSpinBox>(*dialog, u"concurrencySpin"_s);
    concurrency->setFocus();
    concurrency->selectAll();
    QTest::keyClicks(concurrency, u"6"_s);
    auto *location = child<QLineEdit>(*dialog, u"libraryLocationEdit"_s);
    location->setFocus();
    QTest::keyClicks(location, u"/srv/lectures"_s);
    stepDown(u"audioStorageBox"_s, 1);
    stepDown(u"uiLanguageBox"_s, 2);
    clickDialogButton(QDialogButtonBox::Ok);
    EXPECT_FALSE(dialog->isVisible());

    const Settings settings;
    EXPECT_EQ(settings.value(Setting::ChatModel), u"llama-3.1-8b-instant"_s);
    EXPECT_EQ(settings.value(Setting::TranscriptionModel), u"whisper-large-v3"_s);
    EXPECT_EQ(settings.value(Setting::Language), u"de"_s);
    EXPECT_EQ(settings.value(Setting::GroqConcurrency), 6);
    EXPECT_EQ(settings.value(Setting::LibraryLocation), u"/srv/lectures"_s);
    EXPECT_EQ(settings.value(Setting::AudioStorage), u"opus"_s);
    EXPECT_EQ(settings.value(Setting::UiLanguage), u"de"_s);

    open();
    EXPECT_EQ(child<QComboBox>(*dialog, u"chatModelBox"_s)->currentText(), u"llama-3.1-8b-instant"_s);
    EXPECT_EQ(child<QComboBox>(*dialog, u"spokenLanguageBox"_s)->currentData().toString(), u"de"_s);
    EXPECT_EQ(child<QSpinBox>(*dialog, u"concurrencySpin"_s)->value(), 6);
    EXPECT_EQ(child<QComboBox>(*dialog, u"audioStorageBox"_s)->currentData().toString(), u"opus"_s);
    EXPECT_EQ(child<QComboBox>(*dialog, u"uiLanguageBox"_s)->currentText(), u"Deutsch"_s);
}

TEST_F(SettingsDialogTest, ConcurrencyStaysBetweenOneAndEight)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    auto *concurrency = child<QSpinBox>(*dialog, u"concurrencySpin"_s);
    concurrency->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(concurrency, Qt::Key_Up);
    EXPECT_EQ(concurrency->value(), 8);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(concurrency, Qt::Key_Down);
    EXPECT_EQ(concurrency->value(), 1);
}

TEST_F(SettingsDialogTest, CancelKeepsTheOldSettings)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    stepDown(u"audioStorageBox"_s, 1);
    clickDialogButton(QDialogButtonBox::Cancel);
    EXPECT_EQ(Settings().value(Setting::AudioStorage), u"original"_s);
}

TEST_F(SettingsDialogTest, ThemeSwitchRecoloursTheApplication)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    open();
    stepDown(u"themeBox"_s, 2); // Dark
    clickDialogButton(QDialogButtonBox::Apply);
    EXPECT_EQ(Settings().value(Setting::Theme), u"dark"_s);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 180);
    EXPECT_EQ(QApplication::style()->name().toLower(), u"fusion"_s);
    // Open windows follow once the palette change event has reached them.
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->palette().color(QPalette::Window).lightness() < 80; }, kWaitMs));
    EXPECT_TRUE(dialog->grab().save(screenshotPath(u"settings-dark.png"_s)));

    QTest::keyClick(child<QComboBox>(*dialog, u"themeBox"_s), Qt::Key_Up); // Light
    clickDialogButton(QDialogButtonBox::Apply);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 180);
    EXPECT_LT(QApplication::palette().color(QPalette::WindowText).lightness(), 80);
}

TEST_F(SettingsDialogTest, OpensFromTheEditMenuWithTheStandardShortcut)
{
    LECTERN_REQUIRE_TEST_KEYRING();
    TemporaryLibrary library;
    {
        MainWindow window(&library.service());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        EXPECT_EQ(window.settingsAction()->shortcut(), QKeySequence(QKeySequence::Preferences));
        EXPECT_EQ(window.settingsAction()->menuRole(), QAction::PreferencesRole);
        window.settingsAction()->trigger();
        SettingsDialog *opened = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                opened = window.findChild<SettingsDialog *>();
                return opened && opened->isVisible();
            },
            kWaitMs));
        // A second time brings the same dialog forward rather than opening another.
        window.settingsAction()->trigger();
        EXPECT_EQ(window.findChildren<SettingsDialog *>().size(), 1);
        opened->reject();
        library.closeService();
    }
}

// With a session bus address that leads nowhere: no keychain service runs.
using SettingsDialogWithoutKeychain = SettingsDialogFixture;

TEST_F(SettingsDialogWithoutKeychain, SaysSoAndStoresInAFileOnlyWhenChosen)
{
    LECTERN_REQUIRE_NO_KEYRING();
    open();
    auto *banner = child<QFrame>(*dialog, u"keychainUnavailableBanner"_s);
    auto *plainFile = child<QCheckBox>(*dialog, u"plainFileFallbackCheck"_s);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(plainFile->isChecked());
    EXPECT_TRUE(plainFile->text().contains(u"unencrypted"_s));

    typeKey(server.options().apiKey);
    click(u"saveKeyButton"_s);
    waitUntilIdle();
    EXPECT_EQ(status(), u"The key was not saved: no keychain service is running."_s);
    const QString file = GroqKeyStore::defaultLocation().plainFilePath;
    EXPECT_FALSE(QFile::exists(file));

    QTest::mouseClick(plainFile, Qt::LeftButton, {}, QPoint(8, plainFile->height() / 2));
    EXPECT_TRUE(Settings().value(Setting::GroqKeyInPlainFile));
    click(u"saveKeyButton"_s);
    waitUntilIdle();
    EXPECT_EQ(status(), u"Saved in the unencrypted key file."_s);
    ASSERT_TRUE(QFile::exists(file));
    EXPECT_FALSE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    EXPECT_TRUE(dialog->grab().save(screenshotPath(u"settings-no-keychain.png"_s)));

    // And the saved key is the one a test uses.
    click(u"testKeyButton"_s);
    waitUntilIdle();
    EXPECT_TRUE(status().startsWith(u"The key works."_s)) << status().toStdString();
}

} // namespace
