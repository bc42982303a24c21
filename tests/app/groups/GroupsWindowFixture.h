#pragma once

// Students, each with a library and a main window of their own, signed in to the real
// lectern-server through the window's device sync, as study-group members.

#include "ChatServerFixture.h"
#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "chat/ChatMessageModel.h"
#include "chat/GroupChatClient.h"
#include "chat/GroupListModel.h"
#include "groups/ChatComposer.h"
#include "groups/ChatView.h"
#include "groups/GroupChatPanel.h"
#include "groups/GroupsFeature.h"
#include "groups/GroupsPage.h"
#include "shell/MainWindow.h"
#include "sync/AppSync.h"
#include "sync/SyncClient.h"
#include "sync/SyncTokenStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace lectern::test {

class GroupsWindowFixture : public ChatServerFixture
{
protected:
    static constexpr int kWaitMs = 30'000;

    struct Student
    {
        Account account;
        std::unique_ptr<TemporaryLibrary> library;
        std::shared_ptr<MemorySyncTokenStore> tokens;
        std::unique_ptr<MainWindow> window;

        GroupsFeature *groups() const { return window->groupsFeature(); }
        GroupsPage *page() const { return groups()->page(); }
        GroupChatPanel *panel() const { return page()->chatPanel(); }
        GroupChatClient *chat() const { return groups()->chatClient(); }
        ChatView *chatView() const { return panel()->chatView(); }
        template<typename T>
        T *find(const QString &name) const
        {
            T *widget = window->findChild<T *>(name);
            EXPECT_NE(widget, nullptr) << name.toStdString();
            return widget;
        }
        // The rows of the chat shown, as "sender: text".
        QStringList shownMessages() const
        {
            QStringList rows;
            const QAbstractItemModel *model = chatView()->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                rows.append(index.data(ChatMessageModel::SenderNameRole).toString() + u": " + index.data().toString());
            }
            return rows;
        }
        // The member list as the student reads it: "bob (owner), online".
        QStringList shownMembers() const
        {
            QStringList rows;
            for (int row = 0; row < panel()->memberList()->count(); ++row)
                rows.append(panel()->memberList()->item(row)->data(Qt::AccessibleTextRole).toString());
            return rows;
        }
    };

    void SetUp() override
    {
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
        app_sync::forgetAccount();
        m_previousTokens = app_sync::tokenStore();
        ChatServerFixture::SetUp();
    }

    void TearDown() override
    {
        for (auto &student : m_students) {
            // The service goes first: its last answers are addressed to the window's objects.
            student->library->closeService();
            student->window.reset();
            student->library.reset();
        }
        m_students.clear();
        app_sync::setTokenStore(m_previousTokens);
        ChatServerFixture::TearDown();
    }

    // A window whose sync resumes with the account's token, as after a restart; chat follows.
    Student &openWindow(const Account &account, bool signIn = true)
    {
        auto student = std::make_unique<Student>();
        student->account = account;
        student->library = std::make_unique<TemporaryLibrary>();
        student->tokens = std::make_shared<MemorySyncTokenStore>();
        QObject context;
        if (signIn)
            student->tokens->save(account.token, &context, [](const Status &) {});
        app_sync::setTokenStore(student->tokens);
        student->window = std::make_unique<MainWindow>(&student->library->service());
        student->window->resize(1100, 720);
        student->window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(student->window.get()));
        if (signIn) {
            student->window->syncClient()->start(serverUrl());
            EXPECT_TRUE(QTest::qWaitFor([&] { return student->chat()->state() == GroupChatClient::State::Online; }, kWaitMs))
                << student->chat()->stateText().toStdString();
        }
        m_students.push_back(std::move(student));
        return *m_students.back();
    }

    static void activate(Student &student)
    {
        student.window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(student.window.get()));
    }

    // Ada creates "Geology" on her Groups page and Bob joins it with the code her page shows.
    static qint64 shareGroup(Student &ada, Student &bob)
    {
        ada.groups()->showAction()->trigger();
        QTest::keyClicks(ada.find<QLineEdit>(QStringLiteral("newGroupNameEdit")), QStringLiteral("Geology"));
        QTest::mouseClick(ada.find<QPushButton>(QStringLiteral("createGroupButton")), Qt::LeftButton);
        auto *invite = ada.find<QLabel>(QStringLiteral("inviteCodeLabel"));
        if (!QTest::qWaitFor([&] { return invite->isVisible() && ada.page()->currentGroupId() != 0; }, kWaitMs))
            return 0;
        const QString code = invite->text().section(u' ', -1);
        EXPECT_EQ(code.size(), protocol::kInviteCodeLength) << invite->text().toStdString();

        bob.groups()->showAction()->trigger();
        QTest::keyClicks(bob.find<QLineEdit>(QStringLiteral("inviteCodeEdit")), code);
        QTest::keyClick(bob.find<QLineEdit>(QStringLiteral("inviteCodeEdit")), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return bob.page()->currentGroupId() == ada.page()->currentGroupId(); }, kWaitMs))
            return 0;
        EXPECT_FALSE(bob.find<QLabel>(QStringLiteral("inviteCodeLabel"))->isVisible()) << "only the owner hands out the code";
        return ada.page()->currentGroupId();
    }

    static void send(Student &student, const QString &text)
    {
        ChatComposer *composer = student.panel()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, text);
        QTest::keyClick(composer, Qt::Key_Return);
    }

    std::vector<std::unique_ptr<Student>> m_students;
    std::shared_ptr<SyncTokenStore> m_previousTokens;
};

} // namespace lectern::test
