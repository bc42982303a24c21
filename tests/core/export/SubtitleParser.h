#pragma once

// Reads SRT and WebVTT back, strictly, so tests check what a player would see rather than
// comparing strings with the writer's own idea of the format.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace lectern::test {

struct ParsedCue
{
    QString identifier;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

struct ParsedSubtitles
{
    QString error; // empty when the file is well-formed
    QList<ParsedCue> cues;
};

enum class SubtitleSyntax {
    Srt,
    WebVtt,
};

inline ParsedSubtitles parseSubtitles(const QString &file, SubtitleSyntax syntax)
{
    ParsedSubtitles parsed;
    const QChar fraction = syntax == SubtitleSyntax::Srt ? u',' : u'.';
    const QRegularExpression timing(QStringLiteral("^(\\d{2}):(\\d{2}):(\\d{2})\\%1(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\%1(\\d{3})$")
                                        .arg(fraction));
    QString body = file;
    if (syntax == SubtitleSyntax::WebVtt) {
        if (!body.startsWith(QStringLiteral("WEBVTT\n\n"))) {
            parsed.error = QStringLiteral("no WEBVTT header followed by a blank line");
            return parsed;
        }
        body = body.mid(8);
    }
    if (body.isEmpty())
        return parsed;
    if (!body.endsWith(QStringLiteral("\n\n")) || body.endsWith(QStringLiteral("\n\n\n"))) {
        parsed.error = QStringLiteral("the last cue does not end with exactly one blank line");
        return parsed;
    }
    body.chop(2);
    const QStringList blocks = body.split(QStringLiteral("\n\n"));
    for (const QString &block : blocks) {
        QStringList lines = block.split(u'\n');
        ParsedCue cue;
        if (lines.size() >= 2 && !lines.first().contains(QStringLiteral("-->")))
            cue.identifier = lines.takeFirst();
        else if (syntax == SubtitleSyntax::Srt) {
            parsed.error = QStringLiteral("SRT cue without a number: ") + block;
            return parsed;
        }
        const QRegularExpressionMatch match = timing.match(lines.value(0));
        if (!match.hasMatch()) {
            parsed.error = QStringLiteral("bad timing line: ") + lines.value(0);
            return parsed;
        }
        const auto ms = [&match](int first) {
            return ((match.captured(first).toLongLong() * 60 + match.captured(first + 1).toLongLong()) * 60
                    + match.captured(first + 2).toLongLong())
                * 1000
                + match.captured(first + 3).toLongLong();
        };
        cue.startMs = ms(1);
        cue.endMs = ms(5);
        lines.removeFirst();
        if (lines.isEmpty() || lines.contains(QString())) {
            parsed.error = QStringLiteral("cue without text or with a blank line: ") + block;
            return parsed;
        }
        for (const QString &line : std::as_const(lines)) {
            if (line.contains(QStringLiteral("-->"))) {
                parsed.error = QStringLiteral("\"-->\" in cue text: ") + line;
                return parsed;
            }
        }
        cue.text = lines.join(u'\n');
        parsed.cues.append(cue);
    }
    return parsed;
}

// WebVTT cue text with its character references resolved, as a player would show it.
inline QString unescapeVtt(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace lectern::test
