#include "audio/OggOpusWriter.h"

#include "audio/AudioError.h"
#include "audio/AudioLog.h"
#include "lectern/Version.h"

#include <QBuffer>
#include <QFile>
#include <QFileDevice>
#include <QSaveFile>

#include <opusenc.h>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

#include <algorithm>

namespace lectern {

struct OggOpusWriter::Encoder
{
    OggOpusEnc *handle = nullptr;
    ~Encoder()
    {
        if (handle)
            ope_encoder_destroy(handle);
    }
};

namespace {

QString opeError(int code)
{
    return QString::fromUtf8(ope_strerror(code));
}

bool syncToDisk(QFileDevice *file)
{
    const int fd = file->handle();
    if (fd < 0)
        return true;
#if defined(Q_OS_WIN)
    return _commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

} // namespace

OggOpusWriter::OggOpusWriter() : OggOpusWriter(Options{}) {}

OggOpusWriter::OggOpusWriter(const Options &options) : m_options(options) {}

OggOpusWriter::~OggOpusWriter()
{
    if (isOpen()) {
        const Status status = finish();
        if (!status)
            qCWarning(lcAudio) << "finishing Ogg Opus stream failed:" << status.error().message;
    }
}

bool OggOpusWriter::isOpen() const
{
    return m_encoder != nullptr;
}

Status OggOpusWriter::openFile(const QString &path)
{
    if (isOpen())
        return AudioError::encodeFailed(tr("the writer is already open"));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return AudioError::writeFailed(path, file->errorString());
    m_ownedFile = std::move(file);
    const Status opened = open(m_ownedFile.get());
    if (!opened)
        m_ownedFile.reset();
    return opened;
}

Status OggOpusWriter::open(QIODevice *device)
{
    if (isOpen())
        return AudioError::encodeFailed(tr("the writer is already open"));
    if (!device || !device->isWritable())
        return AudioError::encodeFailed(tr("the output is not open for writing"));

    OggOpusComments *comments = ope_comments_create();
    if (!comments)
        return AudioError::encodeFailed(opeError(OPE_ALLOC_FAIL));
    const QByteArray encoderTag = QByteArray("Lectern ") + kVersion;
    ope_comments_add(comments, "ENCODER", encoderTag.constData());
    int error = OPE_OK;
    // The pull API hands pages to us instead of to stdio, so they can go to any QIODevice and
    // flush() can force a page boundary (ope_encoder_get_page's flush flag).
    OggOpusEnc *handle = ope_encoder_create_pull(comments, kPcmSampleRate, 1, 0, &error);
    ope_comments_destroy(comments);
    if (!handle || error != OPE_OK) {
        if (handle)
            ope_encoder_destroy(handle);
        return AudioError::encodeFailed(opeError(error));
    }
    m_encoder = std::make_unique<Encoder>();
    m_encoder->handle = handle;

    const int bitrate = std::clamp(m_options.bitrate, 6000, 510000);
    // VOIP is Opus' speech mode (it favours intelligibility); frames are encoded as soon as
    // they are complete instead of after libopusenc's default two-second lookahead, so a
    // flush really contains everything written up to ~20 ms ago.
    for (const int status : {ope_encoder_ctl(handle, OPUS_SET_APPLICATION(OPUS_APPLICATION_VOIP)),
                             ope_encoder_ctl(handle, OPUS_SET_BITRATE(bitrate)),
                             ope_encoder_ctl(handle, OPE_SET_DECISION_DELAY(0))}) {
        if (status != OPE_OK) {
            closeEncoder();
            return AudioError::encodeFailed(opeError(status));
        }
    }
    m_device = device;
    if (auto *file = qobject_cast<QFileDevice *>(device))
        m_name = file->fileName();
    else
        m_name = device->objectName().isEmpty() ? tr("audio in memory") : device->objectName();
    m_samplesWritten = 0;
    m_samplesSinceFlush = 0;
    m_bytesWritten = 0;
    return success();
}

Status OggOpusWriter::write(PcmView samples)
{
    if (!isOpen())
        return AudioError::encodeFailed(tr("the writer is not open"));
    constexpr qsizetype kBlock = 1 << 20;
    const qint64 flushEvery = m_options.flushIntervalMs > 0 ? pcmMsToSamples(m_options.flushIntervalMs) : 0;
    qsizetype offset = 0;
    while (offset < qsizetype(samples.size())) {
        qsizetype count = std::min<qsizetype>(kBlock, qsizetype(samples.size()) - offset);
        // Split at flush points, so a long write still reaches the device a second at a time.
        if (flushEvery > 0)
            count = std::min<qsizetype>(count, qsizetype(std::max<qint64>(1, flushEvery - m_samplesSinceFlush)));
        const int status = ope_encoder_write(m_encoder->handle, samples.data() + offset, int(count));
        if (status != OPE_OK)
            return fail(AudioError::encodeFailed(opeError(status)));
        offset += count;
        m_samplesWritten += count;
        m_samplesSinceFlush += count;
        if (const Status pages = writePages(false); !pages)
            return pages;
        if (flushEvery > 0 && m_samplesSinceFlush >= flushEvery) {
            if (const Status flushed = flush(); !flushed)
                return flushed;
        }
    }
    return success();
}

Status OggOpusWriter::flush()
{
    if (!isOpen())
        return AudioError::encodeFailed(tr("the writer is not open"));
    if (const Status pages = writePages(true); !pages)
        return pages;
    m_samplesSinceFlush = 0;
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!file->flush())
            return fail(deviceError(file->errorString()));
        if (m_options.syncOnFlush && !syncToDisk(file))
            return fail(deviceError(tr("the data could not be saved to disk")));
    }
    return success();
}

Status OggOpusWriter::finish()
{
    if (!isOpen())
        return AudioError::encodeFailed(tr("the writer is not open"));
    const int status = ope_encoder_drain(m_encoder->handle);
    if (status != OPE_OK)
        return fail(AudioError::encodeFailed(opeError(status)));
    if (const Status flushed = flush(); !flushed)
        return flushed;
    closeEncoder();
    return success();
}

Status OggOpusWriter::writePages(bool forceFlush)
{
    for (;;) {
        unsigned char *page = nullptr;
        opus_int32 length = 0;
        const int available = ope_encoder_get_page(m_encoder->handle, &page, &length, forceFlush ? 1 : 0);
        if (available < 0)
            return fail(AudioError::encodeFailed(opeError(available)));
        if (available == 0)
            return success();
        if (m_device->write(reinterpret_cast<const char *>(page), length) != length)
            return fail(deviceError(m_device->errorString()));
        m_bytesWritten += length;
    }
}

Error OggOpusWriter::deviceError(const QString &detail) const
{
    return AudioError::writeFailed(m_name, detail);
}

Status OggOpusWriter::fail(const Error &error)
{
    // After a failed write the stream cannot be continued consistently; what reached the
    // device so far stays a valid prefix.
    qCWarning(lcAudio) << "Ogg Opus writer failed:" << error.message;
    closeEncoder();
    return error;
}

void OggOpusWriter::closeEncoder()
{
    m_encoder.reset();
    if (m_ownedFile) {
        m_ownedFile->close();
        m_ownedFile.reset();
    }
    m_device = nullptr;
}

Result<QByteArray> OggOpusWriter::encode(PcmView samples, const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    OggOpusWriter writer(options);
    if (Status s = writer.open(&buffer); !s)
        return s.error();
    if (Status s = writer.write(samples); !s)
        return s.error();
    if (Status s = writer.finish(); !s)
        return s.error();
    buffer.close();
    return bytes;
}

Status OggOpusWriter::encodeToFile(PcmView samples, const QString &path, const Options &options)
{
    // All or nothing: a failed encode leaves no half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AudioError::writeFailed(path, file.errorString());
    Options wholeFile = options;
    wholeFile.syncOnFlush = false; // QSaveFile::commit() syncs once at the end
    OggOpusWriter writer(wholeFile);
    if (Status s = writer.open(&file); !s)
        return s;
    if (Status s = writer.write(samples); !s)
        return s;
    if (Status s = writer.finish(); !s)
        return s;
    if (!file.commit())
        return AudioError::writeFailed(path, file.errorString());
    return success();
}

} // namespace lectern
