#pragma once

#include "export/LectureDocument.h"

#include <QCoreApplication>
#include <QString>

namespace lectern {

// A lecture as plain text for reading or printing: an underlined title, the facts, summary and
// key terms when they were made, the notes, and the transcript with a [mm:ss] stamp per line.
class PlainTextExport
{
    Q_DECLARE_TR_FUNCTIONS(lectern::PlainTextExport)

public:
    static QString render(const LectureDocument &document);
    // The transcript alone, "[mm:ss] text" per segment (empty segments left out).
    static QString transcript(const LectureDocument &document);
};

} // namespace lectern
