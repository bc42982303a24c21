#include "server/admin/TextTable.h"

#include <algorithm>

namespace lectern::server {

TextTable::TextTable(QStringList header, QList<bool> numeric) : m_header(std::move(header)), m_numeric(std::move(numeric))
{
    m_numeric.resize(m_header.size(), false);
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    QString text;
    auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1StringView("  ");
            line += m_numeric[i] ? cells[i].rightJustified(widths[i]) : cells[i].leftJustified(widths[i]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    };
    appendLine(m_header);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return text;
}

} // namespace lectern::server
