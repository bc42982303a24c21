#include "ProtocolDocument.h"

#include "TestEnvironment.h"

#include <QFile>
#include <QRegularExpression>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;
} // namespace

ProtocolDocument ProtocolDocument::parse(const QString &markdown)
{
    static const QRegularExpression sectionHeading(u"^### `([^`]+)`\\s*$"_s);
    ProtocolDocument document;
    const QStringList lines = markdown.split(u'\n');
    QString currentSection;
    QString previousLine; // the last non-blank line outside a code block
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.startsWith(u"```"_s)) {
            const bool isJson = line == u"```json"_s;
            const int opening = int(i) + 1;
            QStringList body;
            for (++i; i < lines.size() && lines[i].trimmed() != u"```"_s; ++i)
                body.append(lines[i]);
            if (isJson)
                document.examples.append({body.join(u'\n').toUtf8(), currentSection, opening,
                                          previousLine.startsWith(u"<!-- static example"_s)});
            previousLine.clear();
            continue;
        }
        if (line.startsWith(u"#"_s)) {
            const auto heading = sectionHeading.match(line);
            currentSection = heading.hasMatch() ? heading.captured(1) : QString();
            if (heading.hasMatch())
                document.sections.append({currentSection, false, int(i) + 1});
        } else if (!currentSection.isEmpty() && line.startsWith(u"**Direction:**"_s)) {
            document.sections.last().isEvent = line.contains(u"server → client"_s);
        }
        if (!line.isEmpty())
            previousLine = line;
    }
    return document;
}

QString ProtocolDocument::path()
{
    return sourceDir() + u"/docs/protocol.md"_s;
}

Result<ProtocolDocument> ProtocolDocument::load()
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{u"unreadable"_s, u"Could not read %1: %2"_s.arg(file.fileName(), file.errorString())};
    return parse(QString::fromUtf8(file.readAll()));
}

const DocumentedSection *ProtocolDocument::section(const QString &type) const
{
    for (const DocumentedSection &candidate : sections) {
        if (candidate.type == type)
            return &candidate;
    }
    return nullptr;
}

} // namespace lectern::test
