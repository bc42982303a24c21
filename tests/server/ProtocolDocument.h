#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lectern::test {

// docs/protocol.md read into the parts its tests check: one section per frame type (a level-3
// heading holding just the type in backticks) and every ```json example block.
struct DocumentedSection
{
    QString type;
    bool isEvent = false; // its **Direction:** line says server → client
    int line = 0;
};

struct DocumentedExample
{
    QByteArray json;
    QString section; // the frame type section it is in; empty outside one
    int line = 0;    // of the opening fence, 1-based
    // Preceded by a `<!-- static example: … -->` line: checked as a frame, never sent.
    bool isStatic = false;
};

struct ProtocolDocument
{
    QList<DocumentedSection> sections;
    QList<DocumentedExample> examples;

    static ProtocolDocument parse(const QString &markdown);
    // Reads docs/protocol.md from the source tree.
    static Result<ProtocolDocument> load();
    static QString path();

    const DocumentedSection *section(const QString &type) const;
};

} // namespace lectern::test
