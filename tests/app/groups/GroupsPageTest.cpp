// The Groups page, offscreen, with two students' windows signed in to the real lectern-server
// (a process on the PostgreSQL cluster scripts/test starts): chat, unread counts, notifications,
// scroll-back, typing and presence as each student sees them.

#include "GroupsWindowFixture.h"

#include "search/AskPage.h"
#include "settings/SettingsDialog.h"

#include <QMenu>
#include <QScrollBar>
#include <QStatusBar>

namespace lectern::test {
namespace {

using namespace Qt::Literals::StringLiterals;

class GroupsPageTest : public GroupsWindowFixture
{
};

TEST_F(GroupsPageTest, AMessageReachesTheOtherWithAnUnreadBadgeAndANotificationWhileInTheBackground)
{
    Student &ada = openWindow(registerAccount(u"ada"_s));
    Student &bob = openWindow(registerAccount(u"bob"_s));
    const qint64 group = shareGroup(ada, bob);
    ASSERT_NE(group, 0);
    // Bob looks at his library, not the chat; Ada's window is the one in front.
    bob.window->showStandalonePage(bob.window->askPage());
    activate(ada);
    ASSERT_FALSE(bob.window->isActiveWindow());
    QSignalSpy notified(bob.groups(), &GroupsFeature::notified);

    send(ada, u"Who has the notes on plate tectonics?"_s);
    // Stored first: Ada sees her message at once, marked as sending until the server has it.
    const QAbstractItemModel *adasChat = ada.chatView()->model();
    ASSERT_EQ(adasChat->rowCount(), 1);
    EXPECT_TRUE(adasChat->index(0, 0).data(ChatMessageModel::PendingRole).toBool());
    EXPECT_TRUE(ada.panel()->composer()->toPlainText().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !adasChat->index(0, 0).data(ChatMessageModel::PendingRole).toBool(); }, kWaitMs));

    ASSERT_TRUE(QTest::qWaitFor([&] { return notified.size() == 1; }, kWaitMs));
    EXPECT_EQ(notified.first().at(0).toString(), u"ada in Geology"_s);
    EXPECT_EQ(notified.first().at(1).toString(), u"Who has the notes on plate tectonics?"_s);
    // No system tray offscreen: the message waits in Bob's status bar.
    EXPECT_TRUE(bob.window->statusBar()->currentMessage().contains(u"plate tectonics"_s));
    const QModelIndex row = bob.chat()->groups()->indexOf(group);
    EXPECT_EQ(row.data(GroupListModel::UnreadRole).toInt(), 1);
    EXPECT_TRUE(row.data(Qt::AccessibleTextRole).toString().startsWith(u"Geology, 1 unread message"_s));
    EXPECT_EQ(bob.groups()->menu()->title(), u"&Groups (1)"_s);
    EXPECT_EQ(ada.groups()->menu()->title(), u"&Groups"_s) << "one's own message is not news";

    // Bob comes back to the window and opens the group: the message is there and read.
    activate(bob);
    bob.groups()->showAction()->trigger();
    bob.page()->selectGroup(group);
    EXPECT_EQ(bob.shownMessages(), QStringList{u"ada: Who has the notes on plate tectonics?"_s});
    ASSERT_TRUE(QTest::qWaitFor([&] { return bob.groups()->menu()->title() == u"&Groups"_s; }, kWaitMs));
    EXPECT_EQ(row.data(GroupListModel::UnreadRole).toInt(), 0);

    // Shift+Enter is a new line; Enter sends.
    ChatComposer *composer = bob.panel()->composer();
    composer->setFocus();
    QTest::keyClicks(composer, u"I do."_s);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(composer, u"Page 12 onwards."_s);
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMessages().size() == 2; }, kWaitMs));
    EXPECT_EQ(ada.shownMessages().last(), u"bob: I do.\nPage 12 onwards."_s);
    // Ada's window is in the background now: the reply waits as unread until she comes back to it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.groups()->menu()->title() == u"&Groups (1)"_s; }, kWaitMs));
    activate(ada);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.chat()->groups()->totalUnread() == 0; }, kWaitMs))
        << "the chat was open in front of her";
}

TEST_F(GroupsPageTest, ScrollingToTheTopLoadsOlderMessagesAndKeepsTheReadingPlace)
{
    Student &ada = openWindow(registerAccount(u"ada"_s));
    Student &bob = openWindow(registerAccount(u"bob"_s));
    const qint64 group = shareGroup(ada, bob);
    ASSERT_NE(group, 0);
    for (int i = 1; i <= 70; ++i)
        ada.chat()->sendMessage(group, u"fact number %1"_s.arg(i));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.chat()->pendingMessages(group).isEmpty(); }, kWaitMs));

    // Bob opens the group on his other computer: the newest page, scrolled to the bottom.
    Student &laptop = openWindow(bob.account);
    laptop.groups()->showAction()->trigger();
    laptop.page()->selectGroup(group);
    ChatView *view = laptop.chatView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model() && view->model()->rowCount() >= 50; }, kWaitMs));
    ASSERT_EQ(view->model()->rowCount(), 50);
    EXPECT_EQ(laptop.shownMessages().first(), u"ada: fact number 21"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->verticalScrollBar()->maximum() > 0 && view->isAtBottom(); }, kWaitMs));

    // At the top, the page before comes in above; "fact number 21" stays where it was.
    view->scrollToTop();
    const QRect before = view->visualRect(view->model()->index(0, 0));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == 70; }, kWaitMs));
    EXPECT_EQ(laptop.shownMessages().first(), u"ada: fact number 1"_s);
    const QModelIndex kept = view->model()->index(20, 0);
    EXPECT_EQ(kept.data().toString(), u"fact number 21"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->visualRect(kept).top() == before.top(); }, kWaitMs))
        << view->visualRect(kept).top() << " vs " << before.top();
    EXPECT_GT(view->verticalScrollBar()->value(), 0);
}

TEST_F(GroupsPageTest, TheOthersSeeWhoIsTypingAndWhoIsOnline)
{
    Student &ada = openWindow(registerAccount(u"ada"_s));
    Student &bob = openWindow(registerAccount(u"bob"_s));
    ASSERT_NE(shareGroup(ada, bob), 0);

    QTest::keyClicks(bob.panel()->composer(), u"Hm"_s);
    QLabel *typing = ada.panel()->typingLabel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return typing->text() == u"bob is typing…"_s; }, kWaitMs));
    // It goes away by itself when Bob stops.
    ASSERT_TRUE(QTest::qWaitFor([&] { return typing->text().isEmpty(); }, kWaitMs));

    // Bob, who joined after Ada opened the group, is among the members, with a dot for online.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMembers() == QStringList{u"ada (owner), online"_s, u"bob, online"_s}; }, kWaitMs))
        << ada.shownMembers().join(u" | "_s).toStdString();

    // Bob signs out of sync: his chat goes with it, and Ada sees him go offline.
    bob.window->syncClient()->signOut();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ada.shownMembers() == QStringList{u"ada (owner), online"_s, u"bob, offline"_s}; }, kWaitMs))
        << ada.shownMembers().join(u" | "_s).toStdString();
    EXPECT_TRUE(bob.page()->isSignedOutShown());
}

TEST_F(GroupsPageTest, WithoutAnAccountThePageLeadsToDeviceSyncSettings)
{
    Student &student = openWindow({}, false);
    QAction *show = student.groups()->showAction();
    EXPECT_EQ(show->shortcut(), QKeySequence(u"Ctrl+Shift+G"_s));
    show->trigger();
    EXPECT_EQ(student.window->currentPage(), MainWindow::Page::Standalone);
    ASSERT_TRUE(student.page()->isVisible());
    EXPECT_TRUE(student.page()->isSignedOutShown());
    EXPECT_TRUE(student.find<QLabel>(u"groupsSignedOutMessage"_s)->text().contains(u"Settings › Device Sync"_s));
    QTest::mouseClick(student.find<QPushButton>(u"openSyncSettingsButton"_s), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return student.window->findChild<SettingsDialog *>() != nullptr; }, kWaitMs));
    EXPECT_TRUE(student.window->findChild<SettingsDialog *>()->isVisible());
}

} // namespace
} // namespace lectern::test
