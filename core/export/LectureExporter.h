#pragma once

#include "base/Result.h"
#include "export/ExportFormat.h"
#include "export/LectureDocument.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace lectern {

// One entry point for every export format, for the command line and the app's "Export…".
class LectureExporter
{
    Q_DECLARE_TR_FUNCTIONS(lectern::LectureExporter)

public:
    static constexpr QLatin1String WriteFailed{"export.write_failed"};
    static constexpr QLatin1String NoTranscript{"export.no_transcript"};

    static QString render(const LectureDocument &document, ExportFormat format);
    // Subtitles of a lecture without a transcript would be an empty file a player shows nothing
    // for: that is an error (NoTranscript) telling the student to transcribe first.
    static Result<QString> renderChecked(const LectureDocument &document, ExportFormat format);
    // Writes the export as UTF-8, all or nothing: an existing file is replaced only once the new
    // one is complete.
    static Status writeFile(const LectureDocument &document, ExportFormat format, const QString &path);
};

} // namespace lectern
