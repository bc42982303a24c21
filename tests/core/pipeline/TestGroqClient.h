#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace lectern {
class GroqClient;
}

namespace lectern::test {

// A GroqClient for the fake server with retry waits shrunk to milliseconds. Kept in a file of
// its own: the Groq headers and the library's cannot meet in one file while both name a struct
// TranscriptSegment.
GroqClient *newTestGroqClient(const QUrl &baseUrl, const QString &apiKey, QObject *parent);
void setConcurrentRequests(GroqClient &client, int count);

} // namespace lectern::test
