#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

namespace lectern::protocol {

// Device sync. Each change is one record of the student's library in its latest state:
//   {entity, id, hlc, deleted, fields}
// entity: one of kSyncEntities; id: the record's UUID, lowercase with hyphens and no braces;
// hlc: the record's updated_at (HlcTimestamp text); deleted: true for a tombstone; fields: the
// record's columns as a JSON object (shape owned by the library; the server stores it as given).
// The server keeps, per user and (entity, id), the change with the greatest hlc (an equal or
// older hlc is ignored), except for review_log: a review is stored as first pushed and never
// replaced, and the only later change taken is its withdrawal (a tombstone, which is final), so
// two devices' review logs merge by union whatever the order. Every change that altered the
// server's copy gets the next number of the user's sequence, `seq`.
namespace FrameType {
// {changes: [change, ...]} → ok {seq, applied}. Needs a signed-in connection.
// Applied in one transaction: either every change is validated and stored, or none is. The reply
// comes after the commit; `seq` is the user's highest seq then and `applied` how many changes
// replaced or created a record (the rest were older or equal, or an already-stored review).
// Pushing the same changes again is harmless: it applies nothing. The reply's seq is not a pull
// cursor (other devices' changes may lie below it): keep pulling from the last pull's `next`.
// Errors: bad_field (missing or wrong-typed field, malformed id or hlc, fields with a NUL
// character), unknown_entity, too_many_changes, change_too_large; the error carries "index", the
// position of the offending change, when one change is at fault. internal_error when nothing was
// stored for a reason of the server's (its database, or another push of the account taking too
// long); sending the same push again is then the thing to do.
inline constexpr QLatin1StringView SyncPush{"sync.push"};
// {since: seq (0 for everything), limit?: 1..} → ok {changes: [change + seq, ...], more, next}
// The caller's records whose seq is greater than `since`, in seq order. A record changed several
// times appears once, in its latest state. A page holds at most `limit` changes (clamped to the
// server's maximum) and a bounded number of bytes; `more` says whether another page follows and
// `next` is the `since` of that page (the last seq in this one, or `since` when it is empty).
// Errors: bad_field.
inline constexpr QLatin1StringView SyncPull{"sync.pull"};
// Server event {seq}: another connection of the same user stored changes up to seq; pull.
inline constexpr QLatin1StringView SyncChanged{"sync.changed"};
} // namespace FrameType

namespace SyncField {
inline constexpr QStringView Changes{u"changes"};
inline constexpr QStringView Entity{u"entity"};
inline constexpr QStringView Id{u"id"};
inline constexpr QStringView Hlc{u"hlc"};
inline constexpr QStringView Deleted{u"deleted"};
inline constexpr QStringView Fields{u"fields"};
inline constexpr QStringView Seq{u"seq"};
inline constexpr QStringView Applied{u"applied"};
inline constexpr QStringView Since{u"since"};
inline constexpr QStringView Limit{u"limit"};
inline constexpr QStringView More{u"more"};
inline constexpr QStringView Next{u"next"};
inline constexpr QStringView Index{u"index"};
} // namespace SyncField

// The library tables that sync, by their table names. card_state is derived from review_log and
// chat_message is a cache of the server's chat, so neither is here.
inline constexpr QLatin1StringView kSyncEntities[] = {
    QLatin1StringView("course"),     QLatin1StringView("lecture"),   QLatin1StringView("transcript_segment"),
    QLatin1StringView("note"),       QLatin1StringView("study_item"), QLatin1StringView("flashcard"),
    QLatin1StringView("review_log"), QLatin1StringView("setting"),
    QLatin1StringView("listening_session"),
};
// Records of this entity are added and withdrawn, never edited (set union with tombstones).
inline constexpr QLatin1StringView kReviewLogEntity{"review_log"};

bool isSyncEntity(QStringView entity);
// A UUID in the form the library writes: 36 characters, lowercase hex, hyphens, no braces.
bool isCanonicalUuid(QStringView text);

struct SyncChange
{
    Q_DECLARE_TR_FUNCTIONS(lectern::protocol::SyncChange)

public:
    QString entity;
    QString id;
    QString hlc;
    bool deleted = false;
    QJsonObject fields;
    qint64 seq = 0; // set by the server; 0 in a push

    QJsonObject toJson() const;
    // Reads and validates one element of a push's `changes` (or a pull's, with `withSeq`).
    // Errors name the element's position: bad_field or unknown_entity.
    static Result<SyncChange> fromJson(const QJsonValue &value, qsizetype index, bool withSeq = false);

    friend bool operator==(const SyncChange &, const SyncChange &) = default;
};

// The bytes `fields` takes on the wire (compact JSON), which is what the size limits count.
qsizetype fieldsSize(const QJsonObject &fields);

} // namespace lectern::protocol
