#include "groups/GroupChatPanel.h"

#include "chat/ChatMessageModel.h"
#include "chat/GroupChatClient.h"
#include "chat/GroupListModel.h"
#include "groups/ChatComposer.h"
#include "groups/ChatView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
// How long "… is typing" stays without another typing event: a little over the pace the server
// forwards them at, so a steady typist never flickers.
constexpr qint64 kTypingShownMs = protocol::kTypingIntervalMs + 1500;
constexpr int kMemberIdRole = Qt::UserRole + 1;

QIcon presenceDot(bool online)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(online ? QColor(0x2e, 0xa0, 0x43) : QColor(0x8a, 0x8f, 0x98));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}
} // namespace

GroupChatPanel::GroupChatPanel(GroupChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_invite(new QLabel(this))
    , m_copyInvite(new QPushButton(tr("Copy Code"), this))
    , m_leave(new QPushButton(tr("Leave Group"), this))
    , m_view(new ChatView(this))
    , m_typing(new QLabel(this))
    , m_composer(new ChatComposer(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_members(new QListWidget(this))
    , m_typingExpiry(new QTimer(this))
{
    setObjectName(u"groupChatPanel"_s);
    m_title->setObjectName(u"groupTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_invite->setObjectName(u"inviteCodeLabel"_s);
    m_invite->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyInvite->setObjectName(u"copyInviteCodeButton"_s);
    m_copyInvite->setAccessibleName(tr("Copy invite code"));
    m_leave->setObjectName(u"leaveGroupButton"_s);
    m_typing->setObjectName(u"typingLabel"_s);
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    m_send->setObjectName(u"sendButton"_s);
    m_members->setObjectName(u"memberList"_s);
    m_members->setAccessibleName(tr("Members"));
    m_members->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_invite);
    header->addWidget(m_copyInvite);
    header->addWidget(m_leave);
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *chat = new QWidget(this);
    auto *chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addLayout(header);
    chatLayout->addWidget(m_view, 1);
    chatLayout->addWidget(m_typing);
    chatLayout->addLayout(composerRow);
    auto *membersBox = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    auto *membersTitle = new QLabel(tr("Members"), membersBox);
    membersTitle->setBuddy(m_members);
    membersLayout->addWidget(membersTitle);
    membersLayout->addWidget(m_members, 1);
    membersBox->setMinimumWidth(150);
    m_members->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(chat);
    splitter->addWidget(membersBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto *removeMember = new QAction(tr("Remove from Group"), m_members);
    removeMember->setObjectName(u"removeMemberAction"_s);
    removeMember->setEnabled(false);
    m_members->addAction(removeMember);
    connect(removeMember, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_members->currentItem())
            m_client->removeMember(m_groupId, item->data(kMemberIdRole).toLongLong());
    });
    connect(m_members, &QListWidget::currentItemChanged, this, [this, removeMember](QListWidgetItem *item) {
        const auto group = m_client->groups()->group(m_groupId);
        const bool owner = group && group->ownerId == m_client->userId();
        removeMember->setEnabled(owner && item && item->data(kMemberIdRole).toLongLong() != m_client->userId());
    });
    connect(m_copyInvite, &QPushButton::clicked, this, [this] {
        if (const auto group = m_client->groups()->group(m_groupId))
            QApplication::clipboard()->setText(group->inviteCode);
    });
    connect(m_leave, &QPushButton::clicked, this, [this] { m_client->leaveGroup(m_groupId); });
    connect(m_send, &QPushButton::clicked, this, [this] {
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(m_composer, &enter);
    });
    connect(m_composer, &ChatComposer::submitted, this, &GroupChatPanel::send);
    connect(m_composer, &ChatComposer::rejected, this, &GroupChatPanel::problem);
    connect(m_composer, &ChatComposer::typing, this, [this] {
        if (m_groupId)
            m_client->sendTyping(m_groupId);
    });
    connect(m_view, &ChatView::quoteActivated, this, &GroupChatPanel::quoteActivated);

    connect(m_client, &GroupChatClient::membersChanged, this, [this](qint64 groupId) {
        if (groupId == m_groupId)
            updateMembers();
    });
    connect(m_client, &GroupChatClient::signedIn, this, [this] {
        if (m_groupId)
            m_client->loadMembers(m_groupId);
    });
    connect(m_client->groups(), &QAbstractItemModel::dataChanged, this, &GroupChatPanel::updateHeader);
    connect(m_client->groups(), &QAbstractItemModel::rowsRemoved, this, &GroupChatPanel::updateHeader);
    connect(m_client->groups(), &QAbstractItemModel::modelReset, this, &GroupChatPanel::updateHeader);
    connect(m_client, &GroupChatClient::typing, this, [this](qint64 groupId, qint64 userId, const QString &name) {
        if (groupId != m_groupId || userId == m_client->userId())
            return;
        m_typists.insert(userId, {name, QDateTime::currentMSecsSinceEpoch() + kTypingShownMs});
        updateTyping();
    });
    connect(m_client, &GroupChatClient::messageStored, this, [this](const GroupMessage &message) {
        if (message.groupId != m_groupId)
            return;
        // Whoever sent a message has stopped typing it.
        if (m_typists.remove(message.senderId))
            updateTyping();
        // After the model has taken the message in (it hears of it after this panel).
        if (message.senderId != m_client->userId())
            QMetaObject::invokeMethod(this, &GroupChatPanel::markShownAsRead, Qt::QueuedConnection);
    });
    m_typingExpiry->setInterval(500);
    connect(m_typingExpiry, &QTimer::timeout, this, &GroupChatPanel::updateTyping);
    showGroup(0);
}

ChatMessageModel *GroupChatPanel::modelFor(qint64 groupId)
{
    ChatMessageModel *&model = m_models[groupId];
    if (!model) {
        model = new ChatMessageModel(m_client, groupId, this);
        connect(model, &ChatMessageModel::latestLoaded, this, [this, groupId] {
            if (groupId == m_groupId)
                markShownAsRead();
        });
    }
    return model;
}

void GroupChatPanel::showGroup(qint64 groupId)
{
    if (groupId && !m_client->groups()->group(groupId))
        groupId = 0;
    m_groupId = groupId;
    m_typists.clear();
    updateTyping();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_view, m_composer, m_send, m_leave, m_members})
        widget->setEnabled(groupId != 0);
    m_view->setChatModel(groupId ? modelFor(groupId) : nullptr);
    if (groupId)
        m_client->loadMembers(groupId);
    updateHeader();
    updateMembers();
    markShownAsRead();
}

void GroupChatPanel::clear()
{
    showGroup(0);
    qDeleteAll(m_models);
    m_models.clear();
}

void GroupChatPanel::updateHeader()
{
    const auto group = m_client->groups()->group(m_groupId);
    if (!group) {
        if (m_groupId)
            return showGroup(0); // left or removed
        m_title->setText(tr("Pick a group, or create one"));
        m_invite->hide();
        m_copyInvite->hide();
        return;
    }
    m_title->setText(group->name);
    // Only the owner hands out the code; members ask them for it.
    const bool owner = group->ownerId == m_client->userId();
    m_invite->setText(tr("Invite code: %1").arg(group->inviteCode));
    m_invite->setVisible(owner);
    m_copyInvite->setVisible(owner);
}

void GroupChatPanel::updateMembers()
{
    m_members->clear();
    for (const ChatMember &member : m_client->members(m_groupId)) {
        QString text = member.owner ? tr("%1 (owner)").arg(member.username) : member.username;
        auto *item = new QListWidgetItem(presenceDot(member.online), text, m_members);
        item->setData(kMemberIdRole, member.userId);
        item->setData(Qt::AccessibleTextRole, member.online ? tr("%1, online").arg(text) : tr("%1, offline").arg(text));
        item->setToolTip(member.online ? tr("Online") : tr("Offline"));
    }
}

void GroupChatPanel::updateTyping()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList names;
    for (auto it = m_typists.begin(); it != m_typists.end();) {
        if (it->second <= now) {
            it = m_typists.erase(it);
        } else {
            names.append(it->first);
            ++it;
        }
    }
    names.sort(Qt::CaseInsensitive);
    if (names.isEmpty())
        m_typing->clear();
    else if (names.size() == 1)
        m_typing->setText(tr("%1 is typing…").arg(names.first()));
    else if (names.size() == 2)
        m_typing->setText(tr("%1 and %2 are typing…").arg(names.at(0), names.at(1)));
    else
        m_typing->setText(tr("%n people are typing…", nullptr, int(names.size())));
    if (names.isEmpty())
        m_typingExpiry->stop();
    else if (!m_typingExpiry->isActive())
        m_typingExpiry->start();
}

void GroupChatPanel::send(const QString &text)
{
    if (m_groupId)
        m_client->sendMessage(m_groupId, text);
}

void GroupChatPanel::markShownAsRead()
{
    if (!m_groupId || !isVisible() || !window()->isActiveWindow())
        return;
    const auto group = m_client->groups()->group(m_groupId);
    const ChatMessageModel *model = m_models.value(m_groupId);
    if (group && model && group->unread > 0 && model->newestSeq() > 0)
        m_client->markRead(m_groupId, model->newestSeq());
}

bool GroupChatPanel::event(QEvent *event)
{
    // The window's activation reaches its children as WindowActivate.
    if (event->type() == QEvent::WindowActivate)
        markShownAsRead();
    return QWidget::event(event);
}

void GroupChatPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markShownAsRead();
}

} // namespace lectern
