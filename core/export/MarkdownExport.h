#pragma once

#include "export/LectureDocument.h"

#include <QCoreApplication>
#include <QString>

namespace lectern {

// A lecture as a Markdown document: title, facts (course, date, duration, language), summary and
// key terms when they were made, the student's notes, and the transcript with a [mm:ss] stamp per
// segment. Text from the transcript and the titles is escaped so it reads as written; the summary
// and the notes are Markdown already and are kept as they are.
class MarkdownExport
{
    Q_DECLARE_TR_FUNCTIONS(lectern::MarkdownExport)

public:
    static QString render(const LectureDocument &document);
    // `text` with every character Markdown would read as formatting backslash-escaped.
    static QString escape(const QString &text);
};

} // namespace lectern
