#pragma once

#include "audio/Pcm.h"
#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QIODevice;

namespace lectern {

struct OggOpusOptions
{
    // Speech at 16 kHz: 24 kbit/s is transparent for transcription (~11 MB per hour);
    // Opus accepts 6000..510000.
    int bitrate = 24000;
    // Force a page flush after this much audio (0: pages come out whenever libopusenc
    // closes them, at most a second apart).
    int flushIntervalMs = 0;
    // Make flush() also wait until the data is on disk (files only), so a power cut loses
    // no more than the audio written since the last flush.
    bool syncOnFlush = true;
};

// Encodes 16 kHz mono PCM as Ogg Opus (libopusenc, speech mode) incrementally: every write()
// encodes what it can and hands finished Ogg pages to the device at once, so the output is a
// valid, playable file up to the last page written. flush() forces everything encoded so far
// out as complete pages (and to disk, for a file). A recorder calls it every second, or sets
// Options::flushIntervalMs; a file whose writer dies mid-way then still decodes up to the last
// flush.
class OggOpusWriter
{
    Q_DECLARE_TR_FUNCTIONS(lectern::OggOpusWriter)

public:
    using Options = OggOpusOptions;

    OggOpusWriter();
    explicit OggOpusWriter(const Options &options);
    // Finishes the stream if it is still open.
    ~OggOpusWriter();
    OggOpusWriter(const OggOpusWriter &) = delete;
    OggOpusWriter &operator=(const OggOpusWriter &) = delete;

    // Writes to an already open device, which must outlive the writer (or finish()).
    Status open(QIODevice *device);
    // Creates (or truncates) a file at `path` and writes to it.
    Status openFile(const QString &path);

    Status write(PcmView samples);
    Status flush();
    // Encodes the remaining audio, marks the end of the stream and closes a file opened by
    // openFile(). The writer can be opened again afterwards.
    Status finish();

    bool isOpen() const;
    qint64 samplesWritten() const { return m_samplesWritten; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    // Whole-buffer conveniences, e.g. for a chunk to upload or an imported lecture to store.
    static Result<QByteArray> encode(PcmView samples, const Options &options = {});
    static Status encodeToFile(PcmView samples, const QString &path, const Options &options = {});

private:
    Status writePages(bool forceFlush);
    Status fail(const Error &error);
    Error deviceError(const QString &detail) const;
    void closeEncoder();

    struct Encoder;
    Options m_options;
    std::unique_ptr<Encoder> m_encoder;
    std::unique_ptr<QFile> m_ownedFile;
    QIODevice *m_device = nullptr;
    QString m_name;
    qint64 m_samplesWritten = 0;
    qint64 m_samplesSinceFlush = 0;
    qint64 m_bytesWritten = 0;
};

} // namespace lectern
