#pragma once

#include "audio/DecodedAudio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lectern {

// How an imported recording is kept in the library's audio folder.
enum class AudioStorage {
    // A copy of the file as it is: nothing lost, but a WAV lecture takes 115 MB an hour.
    Original,
    // 16 kHz mono Ogg Opus (about 11 MB an hour): all that transcription and listening back to
    // speech need.
    CompactOpus,
};

struct ImportOptions
{
    AudioStorage storage = AudioStorage::Original;
    // Empty: the lecture is not filed under a course.
    QString courseId;
    // Empty: made from the file's name ("cell-biology_intro.mp3" becomes "Cell biology intro").
    QString title;
    // Invalid: the file's modification time, usually when the recording was made or downloaded.
    QDateTime recordedAt;
    // ISO 639-1 code of the spoken language; empty to let the recogniser detect it.
    QString language;
    // Limits for the decoder (the 12-hour cap).
    DecodeOptions decode;
};

// The steps of importing one file, in order.
enum class ImportStage {
    Decoding,     // reading and checking the recording (and hashing it)
    StoringAudio, // copying or compressing it into the library
    Saving,       // creating the lecture
};

class ImportStageText
{
    Q_DECLARE_TR_FUNCTIONS(lectern::ImportStageText)

public:
    // "Decoding", "Storing audio", "Saving": for a progress bar's label.
    static QString label(ImportStage stage);
};

} // namespace lectern
