#include "groups/GroupsFeature.h"

#include "chat/ChatLog.h"
#include "chat/GroupChatClient.h"
#include "chat/GroupListModel.h"
#include "groups/GroupChatPanel.h"
#include "groups/GroupsPage.h"
#include "groups/ShareMomentDialog.h"
#include "lecture/LectureView.h"
#include "lecture/TranscriptModel.h"
#include "lecture/TranscriptView.h"
#include "library/LectureDetailsPage.h"
#include "library/LibraryTreeModel.h"
#include "shell/MainWindow.h"
#include "shell/TrayNotifier.h"
#include "sync/SyncClient.h"
#include "sync/SyncTokenStore.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
constexpr int kStatusMessageMs = 8000;
constexpr int kPreviewLength = 120;
} // namespace

GroupsFeature::GroupsFeature(MainWindow *window, SyncClient *sync, std::shared_ptr<SyncTokenStore> tokens, ChatTiming timing)
    : QObject(window)
    , m_window(window)
    , m_sync(sync)
    , m_tokens(std::move(tokens))
    , m_client(new GroupChatClient(timing, this))
    , m_page(new GroupsPage(m_client, window))
    , m_menu(new QMenu(tr("&Groups"), window->menuBar()))
    , m_showAction(new QAction(tr("Show &Groups"), this))
    , m_shareAction(new QAction(tr("&Share Moment to Group…"), this))
{
    m_page->hide();
    m_menu->setObjectName(u"groupsMenu"_s);
    m_showAction->setObjectName(u"showGroupsAction"_s);
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_showAction->setToolTip(
        tr("Your study groups and their chats (%1)").arg(m_showAction->shortcut().toString(QKeySequence::NativeText)));
    m_shareAction->setObjectName(u"shareMomentAction"_s);
    m_shareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_shareAction->setToolTip(tr("Send the selected transcript line to a study group as a clickable moment"));
    m_menu->addAction(m_showAction);
    m_menu->addAction(m_shareAction);
    QMenu *help = window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_menu);
    connect(m_showAction, &QAction::triggered, this, &GroupsFeature::showGroups);
    connect(m_shareAction, &QAction::triggered, this, &GroupsFeature::shareMoment);
    connect(m_menu, &QMenu::aboutToShow, this,
            [this] { m_shareAction->setEnabled(m_window->currentPage() == MainWindow::Page::Lecture); });

    // Right-click on a transcript line: share it.
    TranscriptView *transcript = window->lectureDetailsPage()->lectureView()->transcriptView();
    transcript->setContextMenuPolicy(Qt::ActionsContextMenu);
    transcript->addAction(m_shareAction);

    connect(m_page, &GroupsPage::openSyncSettingsRequested, this, [this] {
        m_window->showSettingsDialog();
        if (auto *server = m_window->findChild<QLineEdit *>(u"syncServerEdit"_s))
            server->setFocus();
    });
    connect(m_page, &GroupsPage::quoteActivated, this, &GroupsFeature::openQuote);
    connect(m_client, &GroupChatClient::messageReceived, this, &GroupsFeature::onMessageReceived);
    connect(m_client->groups(), &GroupListModel::totalUnreadChanged, this, &GroupsFeature::showUnread);

    // Chat follows the sync account.
    connect(sync, &SyncClient::signedIn, this, [this] {
        m_client->stop();
        startChat();
    });
    connect(sync, &SyncClient::stateChanged, this, [this](const SyncState &state) {
        if (state.kind == SyncState::Kind::Synced || state.kind == SyncState::Kind::Syncing)
            startChat();
    });
    connect(sync, &SyncClient::signedOut, m_client, &GroupChatClient::stop);
    connect(sync, &SyncClient::signInFailed, m_client, &GroupChatClient::stop);
    startChat();
}

GroupsFeature::~GroupsFeature() = default;

void GroupsFeature::startChat()
{
    const QUrl server = m_sync->serverUrl();
    if (m_loadingToken || m_client->state() != GroupChatClient::State::Stopped || !server.isValid() || server.isEmpty())
        return;
    m_loadingToken = true;
    m_tokens->load(this, [this, server](const Result<QString> &token) {
        m_loadingToken = false;
        if (!token) {
            qCWarning(lcChat) << "could not read the sign-in for study groups:" << token.error().message;
            m_page->showMessage(tr("Could not read the saved sign-in: %1").arg(token.error().message));
            return;
        }
        if (!token->isEmpty() && m_client->state() == GroupChatClient::State::Stopped)
            m_client->start(server, *token);
    });
}

void GroupsFeature::showGroups()
{
    m_window->showStandalonePage(m_page);
    m_page->chatPanel()->markShownAsRead();
}

void GroupsFeature::shareMoment()
{
    LectureView *view = m_window->lectureDetailsPage()->lectureView();
    if (m_window->currentPage() != MainWindow::Page::Lecture || view->lectureId().isEmpty()) {
        m_window->statusBar()->showMessage(tr("Open a lecture and pick a line of its transcript to share."), kStatusMessageMs);
        return;
    }
    TranscriptModel *transcript = view->transcriptModel();
    QModelIndex line = view->transcriptView()->currentIndex();
    for (int row = 0; !line.isValid() && row < transcript->rowCount(); ++row) {
        if (transcript->index(row, 0).data(TranscriptModel::IsCurrentRole).toBool())
            line = transcript->index(row, 0);
    }
    if (!line.isValid()) {
        m_window->statusBar()->showMessage(tr("Pick a line of the transcript to share first."), kStatusMessageMs);
        return;
    }
    protocol::LectureQuote quote{view->lectureId(), line.data(TranscriptModel::StartRole).toLongLong(),
                                 line.data(Qt::DisplayRole).toString().trimmed().left(protocol::kMaxQuoteLength)};
    const Lecture *lecture = m_window->libraryModel()->lectureAt(m_window->libraryModel()->indexOfLecture(quote.lectureId));
    auto *dialog = new ShareMomentDialog(m_client, quote, lecture ? lecture->title : QString(), m_page->currentGroupId(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareMomentDialog::shared, this, [this](qint64 groupId) {
        m_window->statusBar()->showMessage(tr("Moment shared."), kStatusMessageMs);
        m_page->selectGroup(groupId);
    });
    dialog->open();
}

void GroupsFeature::openQuote(const QString &lectureId, qint64 timeMs)
{
    if (!m_window->libraryModel()->indexOfLecture(lectureId).isValid()) {
        m_page->showMessage(tr("That lecture is not in this library: only the student who recorded it (or synced it "
                               "to this device) can open the moment."));
        return;
    }
    m_window->openLectureAt(lectureId, timeMs);
}

void GroupsFeature::onMessageReceived(const GroupMessage &message)
{
    const auto group = m_client->groups()->group(message.groupId);
    const QString groupName = group ? group->name : tr("a study group");
    QString preview = message.text.simplified();
    if (preview.size() > kPreviewLength)
        preview = preview.left(kPreviewLength - 1) + u'…';
    const bool seen = m_window->isActiveWindow() && m_page->isVisible() && m_page->currentGroupId() == message.groupId;
    if (seen)
        return;
    if (m_window->isActiveWindow()) {
        // In front of the student already: a line in the status bar, and the unread count.
        m_window->statusBar()->showMessage(tr("%1 in %2: %3").arg(message.senderName, groupName, preview), kStatusMessageMs);
        return;
    }
    notify(tr("%1 in %2").arg(message.senderName, groupName), preview, message.groupId);
}

void GroupsFeature::notify(const QString &title, const QString &message, qint64 groupId)
{
    m_notifiedGroup = groupId;
    const bool shown = TrayNotifier::of(m_window)->show(title, message, this, [this] {
        showGroups();
        m_page->selectGroup(m_notifiedGroup);
        m_window->raise();
        m_window->activateWindow();
    });
    if (!shown) {
        // No tray: the taskbar entry asks for attention and the message waits in the status bar.
        QApplication::alert(m_window);
        m_window->statusBar()->showMessage(title + u": "_s + message, kStatusMessageMs);
    }
    emit notified(title, message);
}

void GroupsFeature::showUnread(int total)
{
    m_menu->setTitle(total > 0 ? tr("&Groups (%1)").arg(total) : tr("&Groups"));
    m_showAction->setText(total > 0 ? tr("Show &Groups — %n unread", nullptr, total) : tr("Show &Groups"));
}

} // namespace lectern
