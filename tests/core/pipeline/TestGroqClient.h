#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace lectern {
class GroqClient;
}

namespace lectern::test {

// A GroqClient for the fake server with retry waits shrunk to milliseconds, so fault tests
// finish quickly without sleeping.
GroqClient *newTestGroqClient(const QUrl &baseUrl, const QString &apiKey, QObject *parent);
void setConcurrentRequests(GroqClient &client, int count);

} // namespace lectern::test
