#include "ai/GroqModel.h"

#include "ai/GroqError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern {

Result<QList<GroqModel>> GroqModel::listFromJson(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue data = document.object().value(QLatin1String("data"));
    if (!data.isArray())
        return GroqErrors::badResponse(QCoreApplication::translate("GroqModel", "the model list has no data array"));
    QList<GroqModel> models;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        models.append(GroqModel{id, object.value(QLatin1String("owned_by")).toString(),
                                object.value(QLatin1String("active")).toBool(true),
                                object.value(QLatin1String("context_window")).toInt(),
                                qint64(object.value(QLatin1String("created")).toDouble())});
    }
    return models;
}

} // namespace lectern
