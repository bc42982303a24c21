#include "protocol/Group.h"

#include "protocol/ErrorCode.h"
#include "protocol/Sync.h"

#include <algorithm>

namespace lectern::protocol {

namespace {
using namespace Qt::Literals::StringLiterals;

Error badField(QStringView key, const QString &expected)
{
    return protocolError(ErrorCode::BadField, GroupFields::tr("Field \"%1\" must be %2.").arg(key, expected));
}

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

QJsonObject LectureQuote::toJson() const
{
    return {{GroupField::LectureId.toString(), lectureId},
            {GroupField::TimeMs.toString(), timeMs},
            {GroupField::Text.toString(), text}};
}

Result<qint64> GroupFields::id(const Frame &request, QStringView key)
{
    const auto value = request.integerField(key);
    if (!value)
        return value.error();
    if (*value < 1)
        return badField(key, tr("a positive integer id"));
    return *value;
}

Result<QString> GroupFields::groupName(const Frame &request)
{
    const auto name = request.stringField(GroupField::Name);
    if (!name)
        return name.error();
    const QString trimmed = name->trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxGroupNameLength || hasControlCharacter(trimmed))
        return badField(GroupField::Name,
                        tr("1 to %1 characters without control characters").arg(kMaxGroupNameLength));
    return trimmed;
}

Result<QString> GroupFields::inviteCode(const Frame &request)
{
    const auto code = request.stringField(GroupField::InviteCode);
    if (!code)
        return code.error();
    const QString normalized = code->trimmed().toUpper();
    const bool wellFormed = normalized.size() == kInviteCodeLength
        && std::all_of(normalized.begin(), normalized.end(), [](QChar c) { return kInviteAlphabet.contains(c); });
    if (!wellFormed)
        return badField(GroupField::InviteCode, tr("an invite code of %1 letters and digits").arg(kInviteCodeLength));
    return normalized;
}

Result<QString> GroupFields::messageText(const Frame &request)
{
    const auto text = request.stringField(GroupField::Text);
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty() || text->size() > kMaxMessageLength || text->contains(QChar(0)))
        return badField(GroupField::Text,
                        tr("1 to %1 characters, not only spaces, without NUL characters").arg(kMaxMessageLength));
    return *text;
}

Result<std::optional<LectureQuote>> GroupFields::quote(const Frame &request)
{
    if (!request.contains(GroupField::Quote))
        return std::optional<LectureQuote>();
    const auto object = request.objectField(GroupField::Quote);
    if (!object)
        return object.error();
    LectureQuote quote;
    const QJsonValue lectureId = object->value(GroupField::LectureId);
    if (!lectureId.isString() || !isCanonicalUuid(lectureId.toString()))
        return badField(u"quote.lecture_id", tr("a lowercase UUID"));
    quote.lectureId = lectureId.toString();
    const QJsonValue timeMs = object->value(GroupField::TimeMs);
    const double time = timeMs.toDouble(-1);
    // Ten years of milliseconds is past any recording, and well inside a double's exact integers.
    if (!timeMs.isDouble() || time < 0 || time != double(qint64(time)) || time > 315'360'000'000.0)
        return badField(u"quote.time_ms", tr("a position in milliseconds, 0 or more"));
    quote.timeMs = qint64(time);
    const QJsonValue text = object->value(GroupField::Text);
    if (!text.isString() || text.toString().trimmed().isEmpty() || text.toString().size() > kMaxQuoteLength
        || text.toString().contains(QChar(0)))
        return badField(u"quote.text", tr("1 to %1 characters without NUL characters").arg(kMaxQuoteLength));
    quote.text = text.toString();
    return std::optional<LectureQuote>(std::move(quote));
}

Result<qint64> GroupFields::optionalInteger(const Frame &request, QStringView key, qint64 fallback, qint64 min, qint64 max)
{
    if (!request.contains(key))
        return fallback;
    const auto value = request.integerField(key);
    if (!value)
        return value.error();
    if (*value < min)
        return badField(key, tr("at least %1").arg(min));
    return std::min(*value, max);
}

} // namespace lectern::protocol
