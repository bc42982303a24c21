#include "protocol/Sync.h"

#include "base/HybridLogicalClock.h"
#include "protocol/ErrorCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace lectern::protocol {

namespace {
using namespace Qt::Literals::StringLiterals;

constexpr qsizetype kUuidLength = 36;

// PostgreSQL text (and so jsonb) cannot hold U+0000; refusing it here keeps such a change from
// failing the whole push inside the database.
bool containsNul(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(QChar(0));
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &item) { return containsNul(item); });
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QChar(0)) || containsNul(it.value()))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

Error badChange(qsizetype index, QStringView field, const QString &expected)
{
    return protocolError(ErrorCode::BadField,
                         SyncChange::tr("changes[%1].%2 must be %3.").arg(index).arg(field, expected));
}
} // namespace

bool isSyncEntity(QStringView entity)
{
    return std::any_of(std::begin(kSyncEntities), std::end(kSyncEntities),
                       [entity](QLatin1StringView known) { return entity == known; });
}

bool isCanonicalUuid(QStringView text)
{
    if (text.size() != kUuidLength)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

qsizetype fieldsSize(const QJsonObject &fields)
{
    return QJsonDocument(fields).toJson(QJsonDocument::Compact).size();
}

QJsonObject SyncChange::toJson() const
{
    QJsonObject json{{SyncField::Entity.toString(), entity},
                     {SyncField::Id.toString(), id},
                     {SyncField::Hlc.toString(), hlc},
                     {SyncField::Deleted.toString(), deleted},
                     {SyncField::Fields.toString(), fields}};
    if (seq > 0)
        json.insert(SyncField::Seq.toString(), seq);
    return json;
}

Result<SyncChange> SyncChange::fromJson(const QJsonValue &value, qsizetype index, bool withSeq)
{
    if (!value.isObject())
        return protocolError(ErrorCode::BadField, tr("changes[%1] must be an object.").arg(index));
    const QJsonObject json = value.toObject();
    SyncChange change;

    const QJsonValue entity = json.value(SyncField::Entity);
    if (!entity.isString())
        return badChange(index, SyncField::Entity, tr("a string"));
    change.entity = entity.toString();
    if (!isSyncEntity(change.entity))
        return protocolError(ErrorCode::UnknownEntity,
                             tr("changes[%1].entity \"%2\" is not a kind of record that syncs.")
                                 .arg(index)
                                 .arg(change.entity.left(64)));

    const QJsonValue id = json.value(SyncField::Id);
    if (!id.isString() || !isCanonicalUuid(id.toString()))
        return badChange(index, SyncField::Id, tr("a lowercase UUID such as 123e4567-e89b-12d3-a456-426614174000"));
    change.id = id.toString();

    // Only the exact text form is accepted: the server orders hlc values as plain strings.
    const QJsonValue hlc = json.value(SyncField::Hlc);
    const auto parsed = hlc.isString() ? HlcTimestamp::fromString(hlc.toString()) : std::nullopt;
    if (!parsed || parsed->toString() != hlc.toString())
        return badChange(index, SyncField::Hlc, tr("a hybrid logical clock timestamp such as 001700000000000-0000-0123456789abcdef"));
    change.hlc = hlc.toString();

    const QJsonValue deleted = json.value(SyncField::Deleted);
    if (!deleted.isBool())
        return badChange(index, SyncField::Deleted, tr("true or false"));
    change.deleted = deleted.toBool();

    const QJsonValue fields = json.value(SyncField::Fields);
    if (!fields.isObject())
        return badChange(index, SyncField::Fields, tr("an object"));
    if (containsNul(fields))
        return badChange(index, SyncField::Fields, tr("free of NUL characters (U+0000)"));
    change.fields = fields.toObject();

    if (withSeq) {
        const double seq = json.value(SyncField::Seq).toDouble(-1);
        if (seq < 1 || seq != std::floor(seq))
            return badChange(index, SyncField::Seq, tr("a positive integer"));
        change.seq = qint64(seq);
    }
    return change;
}

} // namespace lectern::protocol
