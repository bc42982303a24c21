#include "protocol/Ping.h"

namespace lectern::protocol {

namespace {
using namespace Qt::Literals::StringLiterals;
const QString kTimeKey = u"time"_s;
const QString kVersionKey = u"version"_s;
} // namespace

Frame PingReply::request(const QString &rid)
{
    return Frame::makeRequest(QString(FrameType::Ping), rid);
}

QJsonObject PingReply::toResult() const
{
    return {{kTimeKey, serverTime.toUTC().toString(Qt::ISODateWithMs)}, {kVersionKey, serverVersion}};
}

Result<PingReply> PingReply::fromFrame(const Frame &reply)
{
    if (reply.isError())
        return reply.error();
    if (!reply.isOk())
        return protocolError(ErrorCode::BadField,
                             tr("Expected an \"ok\" reply to ping, got \"%1\".").arg(reply.type()));
    const auto time = reply.stringField(kTimeKey);
    if (!time)
        return time.error();
    const QDateTime serverTime = QDateTime::fromString(*time, Qt::ISODateWithMs);
    if (!serverTime.isValid())
        return protocolError(ErrorCode::BadField,
                             tr("Field \"time\" must be an ISO 8601 date and time, got \"%1\".").arg(*time));
    const auto version = reply.stringField(kVersionKey);
    if (!version)
        return version.error();
    return PingReply{serverTime.toUTC(), *version};
}

} // namespace lectern::protocol
