#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace lectern {

// One entry of GET /models; the list changes, so Lectern reads it at run time.
struct GroqModel
{
    QString id;
    QString ownedBy;
    bool active = true;
    int contextWindow = 0;
    qint64 created = 0; // Unix seconds

    static Result<QList<GroqModel>> listFromJson(const QByteArray &body);

    friend bool operator==(const GroqModel &, const GroqModel &) = default;
};

} // namespace lectern
