#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lectern::fake {

// Everything the fake saw of one request, so tests can check what the client really sent.
struct RecordedRequest
{
    int index = 0;                // 1-based, in order of arrival
    QByteArray method;
    QString path;                 // the full path, with the API prefix
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case names
    qint64 bodySize = 0;
    QMap<QString, QStringList> fields; // multipart text fields, or the top-level scalars of a JSON body
    QString fileName;             // the uploaded file's name (multipart "file")
    qint64 fileSize = -1;
    QByteArray fileContentType;
    QJsonObject json;             // a JSON body
    double audioSeconds = -1;     // the decoded upload's duration
    QList<int> timeCodes;         // the lecture seconds found in the upload, in order
    QStringList faults;           // names of the fault rules applied
    int status = 0;               // the status answered; 0 when no answer was sent
    bool completed = false;       // the exchange ended (answered, reset, or the client went away)
    // When, on the server's clock (FakeGroqServer::elapsedMs): the headers arrived, the body was
    // all there, and the exchange ended; -1 until it happens.
    qint64 startedAtMs = -1;
    qint64 receivedAtMs = -1;
    qint64 endedAtMs = -1;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    QString field(const QString &name) const { return fields.value(name).value(0); }
};

} // namespace lectern::fake
