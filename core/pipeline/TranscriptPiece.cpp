#include "pipeline/TranscriptPiece.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern {

QByteArray TranscriptPiece::toJson() const
{
    QJsonArray list;
    for (const TimedText &s : segments)
        list.append(QJsonObject{{QStringLiteral("start"), s.startMs}, {QStringLiteral("end"), s.endMs},
                                {QStringLiteral("text"), s.text}});
    return QJsonDocument(QJsonObject{{QStringLiteral("start"), startMs},
                                     {QStringLiteral("end"), endMs},
                                     {QStringLiteral("segments"), list}})
        .toJson(QJsonDocument::Compact);
}

bool TranscriptPiece::fromJson(const QByteArray &json, TranscriptPiece &piece)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    TranscriptPiece read;
    read.startMs = object.value(QStringLiteral("start")).toInteger();
    read.endMs = object.value(QStringLiteral("end")).toInteger();
    for (const QJsonValue &value : object.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject s = value.toObject();
        read.segments.append({s.value(QStringLiteral("start")).toInteger(), s.value(QStringLiteral("end")).toInteger(),
                              s.value(QStringLiteral("text")).toString()});
    }
    piece = std::move(read);
    return true;
}

} // namespace lectern
