#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern::server {

// A plain-text table for a terminal: a header, rows, columns padded to their widest cell and
// separated by two spaces. Columns marked numeric are right-aligned so figures line up.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<bool> numeric = {});
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    // Every line ends with a newline; trailing spaces are trimmed.
    QString toString() const;

private:
    QStringList m_header;
    QList<bool> m_numeric;
    QList<QStringList> m_rows;
};

} // namespace lectern::server
