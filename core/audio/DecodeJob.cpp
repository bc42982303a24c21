#include "audio/DecodeJob.h"

#include "audio/AudioError.h"
#include "audio/AudioLog.h"
#include "audio/ContentHash.h"

#include <QAudioBuffer>
#include <QAudioFormat>
#include <QFileInfo>
#include <QUrl>

namespace lectern {

namespace {
// Buffer timestamps jitter by rounding; only a real hole in the timeline is filled.
constexpr qint64 kGapToleranceUs = 10'000;
// A jump larger than this is a broken timestamp, not a pause worth reproducing.
constexpr qint64 kMaxGapFillUs = 10'000'000;
constexpr qint64 kProgressIntervalMs = 100;
// Decoders stop quietly at the end of a truncated file (an interrupted download or copy). Less
// than this share of the length the file announces is reported instead of half a lecture.
// Announced lengths are estimates for some files (VBR MP3 without a seek table: off by a few
// per cent), and damaged stretches are skipped, hence the generous margin.
constexpr double kMinimumCompleteShare = 0.75;
} // namespace

void DecodeJobState::cancel()
{
    cancelled = true;
    QMutexLocker lock(&mutex);
    // Posting is thread-safe, and the job cannot be destroyed while the lock is held.
    if (job)
        QMetaObject::invokeMethod(job, &DecodeJob::cancel, Qt::QueuedConnection);
}

DecodeJob::DecodeJob(const QString &path, const DecodeOptions &options, std::shared_ptr<DecodeJobState> state)
    : m_path(path), m_options(options), m_state(std::move(state))
{
    QMutexLocker lock(&m_state->mutex);
    m_state->job = this;
}

DecodeJob::~DecodeJob()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->job = nullptr;
}

bool DecodeJob::cancelled() const
{
    return m_state->cancelled.load(std::memory_order_relaxed);
}

void DecodeJob::run()
{
    const QFileInfo info(m_path);
    m_audio.sourcePath = info.absoluteFilePath();
    if (!info.exists())
        return complete(AudioError::fileMissing(m_path));
    if (info.isDir())
        return complete(AudioError::notAudio(m_path, tr("it is a folder")));
    if (!info.isReadable())
        return complete(AudioError::fileUnreadable(m_path, tr("permission denied")));
    if (info.size() == 0)
        return complete(AudioError::empty(m_path));
    m_audio.fileSize = info.size();

    emit progressChanged(0, -1);
    if (m_options.hashContent) {
        Result<QString> hash = ContentHash::ofFile(m_path, &m_state->cancelled);
        if (!hash)
            return complete(hash.error());
        m_audio.contentHash = hash.value();
    }

    m_decoder = std::make_unique<QAudioDecoder>();
    if (!m_decoder->isSupported())
        return complete(AudioError::decoderFailed(m_path, tr("no audio decoding backend is available")));
    // Asking for the working format makes the backend insert its converters. Without a format,
    // GStreamer hands out decoders' native layout, and the planar audio of its MP3 and AAC
    // decoders then fails to negotiate ("Internal data stream error"). Whatever arrives still
    // goes through PcmConverter, so a backend that ignores the request is handled too.
    QAudioFormat format;
    format.setSampleRate(kPcmSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_decoder->setAudioFormat(format);

    connect(m_decoder.get(), &QAudioDecoder::bufferReady, this, &DecodeJob::onBufferReady);
    connect(m_decoder.get(), &QAudioDecoder::durationChanged, this, &DecodeJob::onDurationChanged);
    connect(m_decoder.get(), &QAudioDecoder::finished, this, &DecodeJob::onFinished);
    connect(m_decoder.get(), qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this, &DecodeJob::onError);

    m_sinceProgress.start();
    m_decoder->setSource(QUrl::fromLocalFile(m_audio.sourcePath));
    m_decoder->start();
    qCDebug(lcAudio) << "decoding" << m_audio.sourcePath;
}

void DecodeJob::cancel()
{
    if (!m_completed)
        complete(AudioError::cancelled(m_path));
}

void DecodeJob::onDurationChanged(qint64 durationMs)
{
    if (m_completed || durationMs <= 0)
        return;
    m_audio.sourceDurationMs = durationMs;
    if (durationMs > m_options.maxDurationMs)
        return complete(AudioError::tooLong(m_path, durationMs, m_options.maxDurationMs));
    // One allocation instead of repeated doubling, which would briefly need twice the memory.
    const qint64 expected = pcmMsToSamples(durationMs) + kPcmSampleRate;
    if (qint64(m_audio.pcm.capacity()) < expected)
        m_audio.pcm.reserve(size_t(expected));
}

void DecodeJob::onBufferReady()
{
    while (!m_completed && m_decoder->bufferAvailable()) {
        if (cancelled())
            return complete(AudioError::cancelled(m_path));
        const QAudioBuffer buffer = m_decoder->read();
        if (!buffer.isValid())
            continue;
        ++m_buffers;

        const qint64 startUs = buffer.startTime();
        const qint64 gapUs = startUs - m_converter.inputDurationUs();
        if (startUs >= 0 && gapUs > kGapToleranceUs) {
            if (gapUs <= kMaxGapFillUs)
                m_converter.pushSilence(gapUs, m_audio.pcm);
            else
                qCWarning(lcAudio) << m_path << "jumps" << gapUs / 1000 << "ms ahead; not filling the gap";
        }
        if (!m_converter.push(buffer, m_audio.pcm))
            return complete(AudioError::decoderFailed(m_path, m_converter.errorString()));
        measureNewSamples();

        const qint64 decodedMs = m_audio.durationMs();
        if (decodedMs > m_options.maxDurationMs)
            return complete(AudioError::tooLong(m_path, std::max(decodedMs, m_audio.sourceDurationMs),
                                                m_options.maxDurationMs));
        reportProgress(false);
    }
}

void DecodeJob::onFinished()
{
    if (m_completed)
        return;
    m_converter.finish(m_audio.pcm);
    measureNewSamples();
    if (m_audio.pcm.empty())
        return complete(AudioError::empty(m_path));
    const qint64 decodedMs = m_audio.durationMs();
    if (m_audio.sourceDurationMs > 0 && decodedMs < kMinimumCompleteShare * double(m_audio.sourceDurationMs)) {
        return complete(AudioError::decoderFailed(
            m_path, tr("the audio stops at %1 although the file says it lasts %2; it is probably incomplete")
                        .arg(AudioError::formatDuration(decodedMs), AudioError::formatDuration(m_audio.sourceDurationMs))));
    }
    reportProgress(true);
    qCDebug(lcAudio) << "decoded" << m_audio.sourcePath << decodedMs << "ms of" << m_audio.sourceDurationMs
                     << "announced, from" << m_buffers << "buffers";
    complete(std::move(m_audio));
}

void DecodeJob::onError(QAudioDecoder::Error error)
{
    if (m_completed)
        return;
    const QString detail = m_decoder->errorString();
    qCDebug(lcAudio) << "decoder error" << error << detail << "after" << m_buffers << "buffers";
    // Once audio has come out, whatever goes wrong is damage part-way through the file.
    if (m_buffers > 0)
        return complete(AudioError::decoderFailed(m_path, detail));
    switch (error) {
    case QAudioDecoder::FormatError:
        return complete(AudioError::notAudio(m_path, detail));
    case QAudioDecoder::AccessDeniedError:
        return complete(AudioError::fileUnreadable(m_path, detail));
    case QAudioDecoder::ResourceError:
        // The container was recognised (else it would be a FormatError) but no audio ever
        // came out: with GStreamer this is what a video without a sound track gives.
        return complete(AudioError::noAudioTrack(m_path, detail));
    case QAudioDecoder::NoError:
    case QAudioDecoder::NotSupportedError:
        return complete(AudioError::decoderFailed(m_path, detail));
    }
}

void DecodeJob::measureNewSamples()
{
    if (!m_options.energyEnvelope)
        return;
    const qint64 total = qint64(m_audio.pcm.size());
    if (total > m_measuredSamples)
        m_audio.envelope.append(PcmView(m_audio.pcm).subspan(size_t(m_measuredSamples)));
    m_measuredSamples = total;
}

void DecodeJob::reportProgress(bool force)
{
    if (!force && m_sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    m_sinceProgress.restart();
    const qint64 decodedMs = m_audio.durationMs();
    emit progressChanged(decodedMs, force ? decodedMs : m_audio.sourceDurationMs);
}

void DecodeJob::complete(Result<DecodedAudio> result)
{
    if (m_completed)
        return;
    m_completed = true;
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->stop();
    }
    if (!result)
        qCDebug(lcAudio) << "decoding" << m_path << "ended:" << result.error().code;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->result = std::move(result);
    }
    // Destroy the decoder from the event loop rather than from inside one of its own signals.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_decoder.reset();
            emit done();
        },
        Qt::QueuedConnection);
}

} // namespace lectern
