#pragma once

#include <QDateTime>
#include <QString>

#include <ostream>

// Lets GoogleTest print QStrings and times as text in failure messages, instead of
// their bytes. Found by argument-dependent lookup, so it must sit in QString's namespace.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QDateTime &time, std::ostream *out)
{
    *out << time.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE
