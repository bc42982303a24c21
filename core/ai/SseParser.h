#pragma once

#include <QByteArray>
#include <QList>

namespace lectern {

struct SseEvent
{
    QByteArray event; // empty for the default "message" event
    QByteArray data;  // the data: lines joined by '\n'
};

// Splits a text/event-stream into events as bytes arrive, however the network cuts them
// (the WHATWG server-sent events format: fields, comments, CRLF or LF, blank line = dispatch).
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray &bytes);
    // An event still being assembled, for a stream that ends without the final blank line.
    QList<SseEvent> finish();

private:
    void takeLine(QByteArray line, QList<SseEvent> &out);

    QByteArray m_buffer;
    SseEvent m_current;
    bool m_hasData = false;
};

} // namespace lectern
