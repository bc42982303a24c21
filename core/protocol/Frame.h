#pragma once

#include "base/Result.h"
#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lectern::protocol {

// The protocol version this build speaks; every frame carries it as "v".
inline constexpr int kProtocolVersion = 1;
// A request id is chosen by the client; the bound keeps a hostile one out of logs and replies.
inline constexpr qsizetype kMaxRidLength = 128;

// Type names of the frames every peer understands.
namespace FrameType {
inline constexpr QLatin1StringView Ok{"ok"};
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView Ping{"ping"};
} // namespace FrameType

class FrameParseResult;

// One protocol message: a JSON object {"v":1,"type":"...","rid":"...", ...fields}.
// Requests carry the client's "rid"; their single reply (`ok` or `error`) carries the same rid.
// Frames pushed by the server without a request have no rid.
class Frame
{
    Q_DECLARE_TR_FUNCTIONS(lectern::protocol::Frame)

public:
    // Validates a WebSocket text message: JSON object, supported "v", non-empty string "type",
    // and "rid" (when present) a non-empty string of at most kMaxRidLength characters.
    static FrameParseResult parse(const QByteArray &utf8);
    static FrameParseResult parse(const QString &text);

    // Builders. Fields named v, type or rid (and code/message in errors) are owned by the frame
    // format and are not taken from `fields`.
    static Frame makeRequest(const QString &type, const QString &rid, const QJsonObject &fields = {});
    static Frame makeOk(const QString &rid, const QJsonObject &result = {});
    static Frame makeError(const QString &rid, const Error &error);
    static Frame makeError(const QString &rid, ErrorCode code, const QString &message);
    // An error with extra fields next to code and message (e.g. "retry_after" of rate_limited).
    static Frame makeError(const QString &rid, const Error &error, const QJsonObject &details);

    int version() const;
    QString type() const;
    bool hasRid() const;
    QString rid() const;
    bool isOk() const { return type() == FrameType::Ok; }
    bool isError() const { return type() == FrameType::Error; }
    // The code and message of an `error` frame (the code as sent, even if this build does not know it).
    Error error() const;

    const QJsonObject &json() const { return m_json; }
    bool contains(QStringView key) const { return m_json.contains(key); }

    // Typed access to a request's fields. A missing field or one of the wrong type is a
    // `bad_field` error whose message names the field, ready to send back as the reply.
    Result<QString> stringField(QStringView key) const;
    Result<qint64> integerField(QStringView key) const; // JSON numbers that are exact integers
    Result<bool> boolField(QStringView key) const;
    Result<QJsonObject> objectField(QStringView key) const;
    Result<QJsonArray> arrayField(QStringView key) const;

    QByteArray toJson() const;
    QString toText() const { return QString::fromUtf8(toJson()); }

    friend bool operator==(const Frame &, const Frame &) = default;

private:
    explicit Frame(QJsonObject json) : m_json(std::move(json)) {}
    Error badField(QStringView key, const QString &expected) const;

    QJsonObject m_json;
};

// Why a message is not a valid frame, with the rid if it could be read so the error reply can
// still be matched to the request.
struct FrameParseError
{
    Error error;
    QString rid;
};

class FrameParseResult
{
public:
    FrameParseResult(Frame frame) : m_frame(std::move(frame)) {}
    FrameParseResult(FrameParseError error) : m_error(std::move(error)) {}

    bool ok() const { return m_frame.has_value(); }
    explicit operator bool() const { return ok(); }
    const Frame &frame() const { return *m_frame; }
    const FrameParseError &error() const { return m_error; }
    // The `error` reply to send back for a message that failed to parse.
    Frame errorReply() const { return Frame::makeError(m_error.rid, m_error.error); }

private:
    std::optional<Frame> m_frame;
    FrameParseError m_error;
};

} // namespace lectern::protocol
