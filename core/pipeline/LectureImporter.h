#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "pipeline/ImportOptions.h"
#include "pipeline/ImportOutcome.h"
#include "pipeline/PreparedLecture.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lectern {

class CancelToken;
class LibraryStore;

// Imports audio files as new lectures, all or nothing: the recording is decoded in full (which
// rejects damaged, empty, non-audio and over-long files with an AudioError naming the file), its
// audio is stored in the library's audio/ folder under its SHA-256 (as it is, or as compact Ogg
// Opus), and the lecture row is created. Until the row exists the audio is only a staged file, so
// an error or a cancel leaves neither a file nor a row behind; a second import of the same
// recording gets its own lecture but shares the stored file.
//
// These functions block: call them from the command line or a worker thread, never the UI thread
// (the app uses LectureImportJob or LectureBatchImport). The decode runs in its own thread; the
// calling thread runs an event loop while it waits, so it must be a QThread (the main thread or one
// QThread/QThreadPool started).
class LectureImporter
{
    Q_DECLARE_TR_FUNCTIONS(lectern::LectureImporter)

public:
    // Progress of one file: the current stage and how much of the whole import is done (0..1).
    using ProgressCallback = std::function<void(ImportStage stage, double fraction)>;
    using BatchProgressCallback = std::function<void(int fileIndex, ImportStage stage, double fraction)>;
    using FileFinishedCallback = std::function<void(int fileIndex, const ImportOutcome &outcome)>;

    // The whole import of one file into `store`'s library.
    static Result<Lecture> importFile(LibraryStore &store, const QString &path, const ImportOptions &options = {},
                                      const ProgressCallback &onProgress = {}, CancelToken *cancel = nullptr);

    // Imports the files one after another, going on past a file that fails; an outcome per file,
    // in order. After a cancel the remaining files are reported as cancelled, not attempted.
    static QList<ImportOutcome> importFiles(LibraryStore &store, const QStringList &paths,
                                            const ImportOptions &options = {},
                                            const BatchProgressCallback &onProgress = {},
                                            const FileFinishedCallback &onFileFinished = {},
                                            CancelToken *cancel = nullptr);

    // The first half of an import, which needs no library: checks the options, decodes the file and
    // stages its audio in `libraryDirectory`/audio. Reports progress up to 0.95.
    static Result<PreparedLecture> prepare(const QString &path, const ImportOptions &options,
                                           const QString &libraryDirectory, const ProgressCallback &onProgress = {},
                                           CancelToken *cancel = nullptr);
    // The second half, on the library's thread: creates the lecture and moves the staged audio into
    // place in one transaction. On failure the staged audio is removed and no lecture exists.
    static Result<Lecture> commit(LibraryStore &store, PreparedLecture prepared);

    // Checks what can be checked before any work starts (the language code), so a front end can
    // reject bad options once instead of once per file.
    static Status checkOptions(const ImportOptions &options);

    // "cell-biology_intro.opus.ogg" -> "Cell biology intro"; dates and numbers keep their dashes
    // and dots ("2024-03-05 Lecture 1.2.mp3" -> "2024-03-05 Lecture 1.2").
    static QString titleFromFileName(const QString &path);
    // "<sha256>.<original extension>" for the original, "<sha256>.compact.opus" for the compact
    // copy, so the two forms of one recording never share a name.
    static QString storedFileName(const QString &sha256, const QString &sourcePath, AudioStorage storage);
    static QString audioDirectory(const QString &libraryDirectory);
};

} // namespace lectern
