#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lectern::fake {

struct MultipartPart
{
    QString name;
    QString fileName;     // empty when the part is a plain field
    bool isFile = false;  // the part had a filename parameter (even an empty one)
    QByteArray contentType;
    QByteArray data;
};

// multipart/form-data as RFC 7578 defines it, the way Groq's transcription endpoint reads it.
class MultipartFormData
{
public:
    // Fails with a message a client developer can act on (no boundary, no closing delimiter...).
    static Result<MultipartFormData> parse(const QByteArray &contentType, const QByteArray &body);

    const QList<MultipartPart> &parts() const { return m_parts; }
    const MultipartPart *part(const QString &name) const;
    // Every value of a plain field, e.g. all "timestamp_granularities[]".
    QStringList values(const QString &name) const;
    QString value(const QString &name) const; // the first value, or empty

private:
    QList<MultipartPart> m_parts;
};

// A parameter of a header value such as `form-data; name="file"; filename="a.ogg"`.
QByteArray headerParameter(const QByteArray &headerValue, const QByteArray &parameter);

} // namespace lectern::fake
