#include "MultipartFormData.h"

namespace lectern::fake {

namespace {

Error multipartError(const QString &detail)
{
    return Error{QStringLiteral("bad_multipart"), QStringLiteral("could not parse multipart form: %1").arg(detail)};
}

} // namespace

QByteArray headerParameter(const QByteArray &headerValue, const QByteArray &parameter)
{
    // Walk `; key=value` pairs, honouring quoted values that may contain ';'.
    qsizetype i = headerValue.indexOf(';');
    while (i >= 0 && i < headerValue.size()) {
        ++i;
        while (i < headerValue.size() && headerValue[i] == ' ')
            ++i;
        const qsizetype equals = headerValue.indexOf('=', i);
        if (equals < 0)
            return {};
        const QByteArray key = headerValue.mid(i, equals - i).trimmed().toLower();
        qsizetype j = equals + 1;
        QByteArray value;
        if (j < headerValue.size() && headerValue[j] == '"') {
            ++j;
            while (j < headerValue.size() && headerValue[j] != '"') {
                if (headerValue[j] == '\\' && j + 1 < headerValue.size())
                    ++j;
                value.append(headerValue[j]);
                ++j;
            }
            i = headerValue.indexOf(';', j);
        } else {
            const qsizetype end = headerValue.indexOf(';', j);
            value = headerValue.mid(j, end < 0 ? -1 : end - j).trimmed();
            i = end;
        }
        if (key == parameter)
            return value;
    }
    return {};
}

Result<MultipartFormData> MultipartFormData::parse(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return multipartError(QStringLiteral("the content type is %1, not multipart/form-data").arg(QString::fromLatin1(contentType)));
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty())
        return multipartError(QStringLiteral("the content type has no boundary"));

    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter; // a delimiter inside the body follows a line end
    qsizetype position = body.startsWith(delimiter) ? 0 : body.indexOf(separator);
    if (position < 0)
        return multipartError(QStringLiteral("the body does not contain the boundary"));
    if (position > 0)
        position += 2;

    MultipartFormData form;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return form; // the close delimiter
        const qsizetype headersStart = body.indexOf("\r\n", position);
        if (headersStart < 0)
            return multipartError(QStringLiteral("a part boundary is not followed by a line end"));
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        if (headersEnd < 0)
            return multipartError(QStringLiteral("part %1 has no end of headers").arg(form.m_parts.size() + 1));
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf(separator, dataStart - 2);
        if (next < 0)
            return multipartError(QStringLiteral("part %1 is not closed by a boundary").arg(form.m_parts.size() + 1));

        MultipartPart part;
        const QList<QByteArray> headerLines =
            headersEnd > headersStart ? body.mid(headersStart + 2, headersEnd - headersStart - 2).split('\n') : QList<QByteArray>();
        for (QByteArray line : headerLines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(headerParameter(value, "name"));
                part.isFile = value.contains("filename=");
                part.fileName = QString::fromUtf8(headerParameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty())
            return multipartError(QStringLiteral("part %1 has no name in its Content-Disposition").arg(form.m_parts.size() + 1));
        part.data = body.mid(dataStart, next - dataStart);
        form.m_parts.append(std::move(part));
        position = next + 2;
    }
}

const MultipartPart *MultipartFormData::part(const QString &name) const
{
    for (const MultipartPart &part : m_parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

QStringList MultipartFormData::values(const QString &name) const
{
    QStringList result;
    for (const MultipartPart &part : m_parts) {
        if (part.name == name && !part.isFile)
            result.append(QString::fromUtf8(part.data));
    }
    return result;
}

QString MultipartFormData::value(const QString &name) const
{
    const QStringList all = values(name);
    return all.isEmpty() ? QString() : all.first();
}

} // namespace lectern::fake
