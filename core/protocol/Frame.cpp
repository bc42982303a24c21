#include "protocol/Frame.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace lectern::protocol {

namespace {
using namespace Qt::Literals::StringLiterals;

const QString kVersionKey = u"v"_s;
const QString kTypeKey = u"type"_s;
const QString kRidKey = u"rid"_s;
const QString kCodeKey = u"code"_s;
const QString kMessageKey = u"message"_s;

// Integers beyond 2^53 cannot round-trip through a JSON number (a double).
constexpr double kMaxExactInteger = 9007199254740992.0;

// QJsonDocument only parses objects and arrays; a bare scalar such as `1` or `"x"` is valid JSON
// but not a frame. Wrapping it in an array tells "not an object" apart from "not JSON".
bool isJsonScalar(const QByteArray &utf8)
{
    QByteArray wrapped;
    wrapped.reserve(utf8.size() + 2);
    wrapped.append('[').append(utf8).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    return error.error == QJsonParseError::NoError && document.array().size() == 1;
}

bool isValidRid(const QJsonValue &rid)
{
    return rid.isString() && !rid.toString().isEmpty() && rid.toString().size() <= kMaxRidLength;
}

FrameParseError failure(ErrorCode code, const QString &message, const QString &rid = {})
{
    return FrameParseError{protocolError(code, message), rid};
}

QJsonObject withHeader(QJsonObject fields, const QString &type, const QString &rid)
{
    fields.insert(kVersionKey, kProtocolVersion);
    fields.insert(kTypeKey, type);
    if (rid.isEmpty())
        fields.remove(kRidKey);
    else
        fields.insert(kRidKey, rid);
    return fields;
}
} // namespace

FrameParseResult Frame::parse(const QString &text)
{
    return parse(text.toUtf8());
}

FrameParseResult Frame::parse(const QByteArray &utf8)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        if (isJsonScalar(utf8))
            return failure(ErrorCode::NotAnObject, tr("A frame must be a JSON object."));
        return failure(ErrorCode::MalformedJson, tr("The frame is not valid JSON: %1 at offset %2.")
                                                     .arg(jsonError.errorString())
                                                     .arg(jsonError.offset));
    }
    if (!document.isObject())
        return failure(ErrorCode::NotAnObject, tr("A frame must be a JSON object."));

    const QJsonObject json = document.object();
    // Read the rid first so every later error can still be matched to its request.
    QString rid;
    if (json.contains(kRidKey)) {
        const QJsonValue ridValue = json.value(kRidKey);
        if (!isValidRid(ridValue))
            return failure(ErrorCode::BadField,
                           tr("Field \"rid\" must be a non-empty string of at most %1 characters.").arg(kMaxRidLength));
        rid = ridValue.toString();
    }

    const QJsonValue version = json.value(kVersionKey);
    if (version.isUndefined())
        return failure(ErrorCode::UnsupportedVersion,
                       tr("The frame has no protocol version \"v\"; this side speaks version %1.").arg(kProtocolVersion),
                       rid);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        return failure(ErrorCode::BadField, tr("Field \"v\" must be an integer."), rid);
    if (version.toDouble() != kProtocolVersion)
        return failure(ErrorCode::UnsupportedVersion,
                       tr("Protocol version %1 is not supported; this side speaks version %2.")
                           .arg(version.toDouble())
                           .arg(kProtocolVersion),
                       rid);

    const QJsonValue type = json.value(kTypeKey);
    if (type.isUndefined() || type.isNull() || (type.isString() && type.toString().isEmpty()))
        return failure(ErrorCode::MissingType, tr("The frame has no \"type\"."), rid);
    if (!type.isString())
        return failure(ErrorCode::BadField, tr("Field \"type\" must be a string."), rid);

    return Frame(json);
}

Frame Frame::makeRequest(const QString &type, const QString &rid, const QJsonObject &fields)
{
    return Frame(withHeader(fields, type, rid));
}

Frame Frame::makeOk(const QString &rid, const QJsonObject &result)
{
    return Frame(withHeader(result, QString(FrameType::Ok), rid));
}

Frame Frame::makeError(const QString &rid, const Error &error)
{
    QJsonObject json = withHeader({}, QString(FrameType::Error), rid);
    json.insert(kCodeKey, error.code);
    json.insert(kMessageKey, error.message);
    return Frame(std::move(json));
}

Frame Frame::makeError(const QString &rid, const Error &error, const QJsonObject &details)
{
    QJsonObject json = withHeader(details, QString(FrameType::Error), rid);
    json.insert(kCodeKey, error.code);
    json.insert(kMessageKey, error.message);
    return Frame(std::move(json));
}

Frame Frame::makeError(const QString &rid, ErrorCode code, const QString &message)
{
    return makeError(rid, protocolError(code, message));
}

int Frame::version() const
{
    return m_json.value(kVersionKey).toInt();
}

QString Frame::type() const
{
    return m_json.value(kTypeKey).toString();
}

bool Frame::hasRid() const
{
    return m_json.contains(kRidKey);
}

QString Frame::rid() const
{
    return m_json.value(kRidKey).toString();
}

Error Frame::error() const
{
    return {m_json.value(kCodeKey).toString(), m_json.value(kMessageKey).toString()};
}

Error Frame::badField(QStringView key, const QString &expected) const
{
    if (!m_json.contains(key))
        return protocolError(ErrorCode::BadField, tr("Field \"%1\" is required in \"%2\".").arg(key, type()));
    return protocolError(ErrorCode::BadField, tr("Field \"%1\" must be %2.").arg(key, expected));
}

Result<QString> Frame::stringField(QStringView key) const
{
    const QJsonValue value = m_json.value(key);
    if (!value.isString())
        return badField(key, tr("a string"));
    return value.toString();
}

Result<qint64> Frame::integerField(QStringView key) const
{
    const QJsonValue value = m_json.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > kMaxExactInteger)
        return badField(key, tr("an integer"));
    return qint64(number);
}

Result<bool> Frame::boolField(QStringView key) const
{
    const QJsonValue value = m_json.value(key);
    if (!value.isBool())
        return badField(key, tr("true or false"));
    return value.toBool();
}

Result<QJsonObject> Frame::objectField(QStringView key) const
{
    const QJsonValue value = m_json.value(key);
    if (!value.isObject())
        return badField(key, tr("an object"));
    return value.toObject();
}

Result<QJsonArray> Frame::arrayField(QStringView key) const
{
    const QJsonValue value = m_json.value(key);
    if (!value.isArray())
        return badField(key, tr("an array"));
    return value.toArray();
}

QByteArray Frame::toJson() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Compact);
}

} // namespace lectern::protocol
