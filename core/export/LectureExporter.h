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
    static constexpr QLatin1String NoFlashcards{"export.no_flashcards"};
    static constexpr QLatin1String NotText{"export.not_text"};

    // The export of a text format (every format but PDF).
    static QString render(const LectureDocument &document, ExportFormat format);
    // Subtitles of a lecture without a transcript, or a deck without cards, would be a file that
    // shows nothing: those are errors (NoTranscript, NoFlashcards) saying what to do first. A PDF
    // is not text (NotText): write it to a file.
    static Result<QString> renderChecked(const LectureDocument &document, ExportFormat format);
    // Writes the export (text as UTF-8), all or nothing: an existing file is replaced only once
    // the new one is complete. PDF needs a QGuiApplication.
    static Status writeFile(const LectureDocument &document, ExportFormat format, const QString &path);
};

} // namespace lectern
