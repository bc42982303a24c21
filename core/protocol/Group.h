#pragma once

#include "base/Result.h"
#include "protocol/Frame.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace lectern::protocol {

// Study groups and their chat. Every request needs a signed-in connection (else unauthenticated).
// Groups and users are named by their integer ids. A group that does not exist and a group the
// caller is not a member of get the same answer, not_found, so nobody can probe for groups.
// Times are ISO 8601 UTC with milliseconds.
//   group  = {id, name, invite_code, owner (user id)}
//   member = {user_id, username, owner: bool, online: bool (signed in on any server instance now)}
//   message = {id, group, seq, sender (user id), sender_name, client_msg_id, text, created_at,
//              quote?: {lecture_id, time_ms, text}}
// A message's seq numbers it within its group (1, 2, ...); history and read markers use it.
namespace FrameType {
// {name: 1–64 characters} → ok {group}. The caller becomes owner and first member.
inline constexpr QLatin1StringView GroupCreate{"group.create"};
// {invite_code} → ok {group}. Case and surrounding spaces are ignored. Joining a group one is
// already in changes nothing. Errors: not_found (no group has the code).
inline constexpr QLatin1StringView GroupJoin{"group.join"};
// {group} → ok {}. An owner who leaves hands the group to the member who joined longest ago; the
// last member leaving deletes the group and its chat.
inline constexpr QLatin1StringView GroupLeave{"group.leave"};
// {group, user} → ok {}. Owner only (forbidden for other members); not_found when the user is
// not a member; bad_field for the owner themselves (leave instead).
inline constexpr QLatin1StringView GroupRemoveMember{"group.remove_member"};
// {group} → ok {members: [member, ...]} in the order they joined.
inline constexpr QLatin1StringView GroupMembers{"group.members"};
// {} → ok {groups: [group + {last_seq, unread}, ...]}: the caller's groups by id; unread counts
// the other members' messages after the caller's read marker.
inline constexpr QLatin1StringView GroupList{"group.list"};
// {group, client_msg_id (UUID), text: 1–4000 characters, quote?} → ok {message, duplicate}.
// Replied after the commit; then every connected member (on every instance, the sender's own
// connections included) gets the chat.message event. Sending the same client_msg_id again returns
// the stored message with duplicate: true and delivers nothing.
inline constexpr QLatin1StringView ChatSend{"chat.send"};
// {group, before?: seq, limit?: 1–100 (default 50)} → ok {messages: [message, ...], more}: the
// newest messages with seq < before (all when before is absent), oldest first. `more`: older ones
// remain; ask again with before = the first message's seq.
inline constexpr QLatin1StringView ChatHistory{"chat.history"};
// {group, up_to: seq} → ok {unread}. Moves the caller's read marker forward (never back).
inline constexpr QLatin1StringView ChatRead{"chat.read"};
// {group} → ok {}. The other members' connections get typing {group, user, username}, at most
// once per kTypingIntervalMs per connection and group (more often is acknowledged and dropped).
inline constexpr QLatin1StringView ChatTyping{"chat.typing"};
// Server event {group, user, username}: another member is typing (see chat.typing).
inline constexpr QLatin1StringView Typing{"typing"};
// Server event {message}: a message was stored in one of the caller's groups.
inline constexpr QLatin1StringView ChatMessage{"chat.message"};
// Server event {user, username, online}: a member of one of the caller's groups came online
// (their first connection signed in) or went offline (their last one closed).
inline constexpr QLatin1StringView Presence{"presence"};
} // namespace FrameType

namespace GroupField {
inline constexpr QStringView Group{u"group"};
inline constexpr QStringView Groups{u"groups"};
inline constexpr QStringView Id{u"id"};
inline constexpr QStringView Name{u"name"};
inline constexpr QStringView InviteCode{u"invite_code"};
inline constexpr QStringView Owner{u"owner"};
inline constexpr QStringView User{u"user"};
inline constexpr QStringView UserId{u"user_id"};
inline constexpr QStringView Username{u"username"};
inline constexpr QStringView Online{u"online"};
inline constexpr QStringView Members{u"members"};
inline constexpr QStringView LastSeq{u"last_seq"};
inline constexpr QStringView Unread{u"unread"};
inline constexpr QStringView Message{u"message"};
inline constexpr QStringView Messages{u"messages"};
inline constexpr QStringView Duplicate{u"duplicate"};
inline constexpr QStringView Seq{u"seq"};
inline constexpr QStringView Sender{u"sender"};
inline constexpr QStringView SenderName{u"sender_name"};
inline constexpr QStringView ClientMsgId{u"client_msg_id"};
inline constexpr QStringView Text{u"text"};
inline constexpr QStringView Quote{u"quote"};
inline constexpr QStringView LectureId{u"lecture_id"};
inline constexpr QStringView TimeMs{u"time_ms"};
inline constexpr QStringView CreatedAt{u"created_at"};
inline constexpr QStringView Before{u"before"};
inline constexpr QStringView Limit{u"limit"};
inline constexpr QStringView More{u"more"};
inline constexpr QStringView UpTo{u"up_to"};
} // namespace GroupField

inline constexpr qsizetype kMaxGroupNameLength = 64;
inline constexpr qsizetype kMaxMessageLength = 4000;
inline constexpr qsizetype kMaxQuoteLength = 1000;
inline constexpr qsizetype kInviteCodeLength = 10;
inline constexpr qint64 kDefaultHistoryLimit = 50;
inline constexpr qint64 kMaxHistoryLimit = 100;
inline constexpr qint64 kTypingIntervalMs = 2000;
// Letters and digits without 0/O, 1/I/L, so a code read aloud or copied by hand is not misread.
inline constexpr QLatin1StringView kInviteAlphabet{"ABCDEFGHJKMNPQRSTUVWXYZ23456789"};

// A moment of a lecture a message points at, shown as a clickable quote.
struct LectureQuote
{
    QString lectureId; // the lecture's UUID, lowercase
    qint64 timeMs = 0;
    QString text;      // the quoted transcript line, 1–kMaxQuoteLength characters

    QJsonObject toJson() const;
    friend bool operator==(const LectureQuote &, const LectureQuote &) = default;
};

// Field readers shared by the group and chat frames. Each failure is a bad_field naming the field.
struct GroupFields
{
    Q_DECLARE_TR_FUNCTIONS(lectern::protocol::GroupFields)

public:
    // A positive integer id (group, user).
    static Result<qint64> id(const Frame &request, QStringView key);
    // A group name: trimmed, 1–kMaxGroupNameLength characters, no control characters.
    static Result<QString> groupName(const Frame &request);
    // The invite code in its stored form (upper case, trimmed); any other text is bad_field.
    static Result<QString> inviteCode(const Frame &request);
    // Message text: 1–kMaxMessageLength characters, not only whitespace, no NUL.
    static Result<QString> messageText(const Frame &request);
    // The optional quote; nothing when absent.
    static Result<std::optional<LectureQuote>> quote(const Frame &request);
    // An optional integer in [min, max] with a default; values above max are clamped.
    static Result<qint64> optionalInteger(const Frame &request, QStringView key, qint64 fallback, qint64 min, qint64 max);
};

} // namespace lectern::protocol
