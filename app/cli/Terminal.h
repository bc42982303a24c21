#pragma once

#include <QString>

class QTextStream;

namespace lectern::cli {

// Whether `stream` writes to a terminal, where a person is watching, rather than to a file, a pipe
// or a string (as in tests).
bool writesToTerminal(const QTextStream &stream);

// Whether to style `stream` with ANSI escapes: only on a terminal, and not when the user asked for
// no colour with NO_COLOR (https://no-color.org).
bool wantsAnsiStyling(const QTextStream &stream);

// One line of progress on stderr that a terminal redraws in place ("lecture.mp3  Decoding  42%").
// On anything but a terminal it shows nothing, so logs and pipes are not filled with redraws.
class StatusLine
{
public:
    explicit StatusLine(QTextStream &err);
    ~StatusLine();
    StatusLine(const StatusLine &) = delete;
    StatusLine &operator=(const StatusLine &) = delete;

    // Whether the line is drawn at all (stderr is a terminal).
    bool isLive() const { return m_live; }
    // Replaces the line's text; the same text again draws nothing.
    void show(const QString &text);
    // Removes the line, so an ordinary message can be printed where it was.
    void clear();

private:
    QTextStream &m_err;
    bool m_live;
    QString m_shown;
};

} // namespace lectern::cli
