#include "groups/GroupsPage.h"

#include "chat/GroupChatClient.h"
#include "chat/GroupListModel.h"
#include "groups/GroupChatPanel.h"
#include "groups/GroupListDelegate.h"
#include "protocol/Group.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

GroupsPage::GroupsPage(GroupChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_stack(new QStackedWidget(this))
    , m_signedOut(new QWidget(m_stack))
    , m_signedOutMessage(new QLabel(m_signedOut))
    , m_main(new QWidget(m_stack))
    , m_groupList(new QListView(m_main))
    , m_newGroupName(new QLineEdit(m_main))
    , m_create(new QPushButton(tr("Create"), m_main))
    , m_inviteCode(new QLineEdit(m_main))
    , m_join(new QPushButton(tr("Join"), m_main))
    , m_status(new QLabel(m_main))
    , m_panel(new GroupChatPanel(client, m_main))
{
    setObjectName(u"groupsPage"_s);
    setAccessibleName(tr("Study groups"));

    // Signed out: what is missing and where to get it.
    m_signedOutMessage->setObjectName(u"groupsSignedOutMessage"_s);
    m_signedOutMessage->setWordWrap(true);
    m_signedOutMessage->setAlignment(Qt::AlignCenter);
    auto *openSettings = new QPushButton(tr("Open Settings › Device Sync…"), m_signedOut);
    openSettings->setObjectName(u"openSyncSettingsButton"_s);
    connect(openSettings, &QPushButton::clicked, this, &GroupsPage::openSyncSettingsRequested);
    auto *signedOutLayout = new QVBoxLayout(m_signedOut);
    signedOutLayout->addStretch();
    signedOutLayout->addWidget(m_signedOutMessage);
    signedOutLayout->addWidget(openSettings, 0, Qt::AlignCenter);
    signedOutLayout->addStretch();

    m_groupList->setObjectName(u"groupList"_s);
    m_groupList->setAccessibleName(tr("Your groups"));
    m_groupList->setModel(client->groups());
    m_groupList->setItemDelegate(new GroupListDelegate(m_groupList));
    m_groupList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_newGroupName->setObjectName(u"newGroupNameEdit"_s);
    m_newGroupName->setAccessibleName(tr("New group's name"));
    m_newGroupName->setPlaceholderText(tr("e.g. Geology 101"));
    m_newGroupName->setMaxLength(int(protocol::kMaxGroupNameLength));
    m_create->setObjectName(u"createGroupButton"_s);
    m_inviteCode->setObjectName(u"inviteCodeEdit"_s);
    m_inviteCode->setAccessibleName(tr("Invite code"));
    m_inviteCode->setPlaceholderText(tr("Code from the group's owner"));
    m_join->setObjectName(u"joinGroupButton"_s);
    m_status->setObjectName(u"groupsStatusLabel"_s);
    m_status->setWordWrap(true);

    auto *left = new QWidget(m_main);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("Groups"), left);
    listTitle->setBuddy(m_groupList);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_groupList, 1);
    // Label above field, so the fields keep their width in a narrow column.
    const auto addRow = [&](const QString &label, QLineEdit *edit, QPushButton *button) {
        auto *title = new QLabel(label, left);
        title->setBuddy(edit);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        leftLayout->addWidget(title);
        leftLayout->addLayout(row);
    };
    addRow(tr("&New group:"), m_newGroupName, m_create);
    addRow(tr("&Join with an invite code:"), m_inviteCode, m_join);
    left->setMinimumWidth(220);
    auto *splitter = new QSplitter(m_main);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *mainLayout = new QVBoxLayout(m_main);
    mainLayout->addWidget(splitter, 1);
    mainLayout->addWidget(m_status);

    m_stack->addWidget(m_signedOut);
    m_stack->addWidget(m_main);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto create = [this] {
        const QString name = m_newGroupName->text().trimmed();
        if (name.isEmpty())
            return showMessage(tr("Give the new group a name first."));
        m_client->createGroup(name);
    };
    connect(m_create, &QPushButton::clicked, this, create);
    connect(m_newGroupName, &QLineEdit::returnPressed, this, create);
    const auto join = [this] {
        const QString code = m_inviteCode->text().trimmed();
        if (code.isEmpty())
            return showMessage(tr("Type the invite code the group's owner gave you."));
        m_client->joinGroup(code);
    };
    connect(m_join, &QPushButton::clicked, this, join);
    connect(m_inviteCode, &QLineEdit::returnPressed, this, join);
    connect(client, &GroupChatClient::groupCreated, this, [this](const ChatGroup &group) {
        m_newGroupName->clear();
        showMessage(tr("Created “%1”. Give the others its invite code: %2").arg(group.name, group.inviteCode));
        selectGroup(group.id);
    });
    connect(client, &GroupChatClient::groupJoined, this, [this](const ChatGroup &group) {
        m_inviteCode->clear();
        showMessage(tr("You joined “%1”.").arg(group.name));
        selectGroup(group.id);
    });
    connect(client, &GroupChatClient::requestFailed, this, &GroupsPage::showMessage);
    connect(m_panel, &GroupChatPanel::problem, this, &GroupsPage::showMessage);
    connect(m_panel, &GroupChatPanel::quoteActivated, this, &GroupsPage::quoteActivated);
    connect(m_groupList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_panel->showGroup(current.data(GroupListModel::IdRole).toLongLong()); });
    connect(client->groups(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_selectWhenListed)
            selectGroup(m_selectWhenListed);
    });
    connect(client, &GroupChatClient::stateChanged, this, &GroupsPage::updateState);
    updateState();
}

qint64 GroupsPage::currentGroupId() const
{
    return m_panel->groupId();
}

void GroupsPage::selectGroup(qint64 groupId)
{
    const QModelIndex index = m_client->groups()->indexOf(groupId);
    if (!index.isValid()) {
        m_selectWhenListed = groupId;
        return;
    }
    m_selectWhenListed = 0;
    m_groupList->setCurrentIndex(index);
    if (m_panel->groupId() != groupId)
        m_panel->showGroup(groupId);
}

bool GroupsPage::isSignedOutShown() const
{
    return m_stack->currentWidget() == m_signedOut;
}

void GroupsPage::showMessage(const QString &message)
{
    m_status->setText(message);
}

void GroupsPage::updateState()
{
    using State = GroupChatClient::State;
    const State state = m_client->state();
    if (state == State::Stopped || state == State::Refused) {
        m_signedOutMessage->setText(
            state == State::Refused
                ? m_client->stateText()
                : tr("Study groups need an account on a Lectern server. Sign in under Settings › Device Sync, "
                     "and your groups and their chats appear here."));
        m_stack->setCurrentWidget(m_signedOut);
        m_panel->clear();
        return;
    }
    m_stack->setCurrentWidget(m_main);
    const bool online = state == State::Online;
    m_create->setEnabled(online);
    m_join->setEnabled(online);
    // Connection trouble is worth a line; being connected is not.
    if (!online)
        showMessage(m_client->stateText());
    else if (m_status->text() == tr("Connecting…") || m_status->text().startsWith(tr("Reconnecting…")))
        m_status->clear();
}

} // namespace lectern
