#include "ai/SseParser.h"

namespace lectern {

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    QList<SseEvent> events;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        takeLine(std::move(line), events);
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    return events;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> events;
    if (!m_buffer.isEmpty()) {
        takeLine(std::exchange(m_buffer, {}), events);
    }
    takeLine(QByteArray(), events);
    return events;
}

void SseParser::takeLine(QByteArray line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData)
            out.append(std::exchange(m_current, {}));
        m_current = {};
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value;
    }
}

} // namespace lectern
