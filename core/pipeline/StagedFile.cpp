#include "pipeline/StagedFile.h"

#include "audio/AudioError.h"
#include "pipeline/PipelineLog.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lectern {

namespace {
const QString kSuffix = QStringLiteral(".part");

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}
} // namespace

StagedFile::StagedFile(QString finalPath, QString temporaryPath, std::unique_ptr<QFile> file)
    : m_finalPath(std::move(finalPath)), m_temporaryPath(std::move(temporaryPath)), m_file(std::move(file))
{
}

Result<StagedFile> StagedFile::create(const QString &finalPath)
{
    const QFileInfo target(finalPath);
    auto file = std::make_unique<QTemporaryFile>(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                                                 + QStringLiteral(".XXXXXX") + kSuffix);
    // The name is ours to remove (and to rename away), not QTemporaryFile's.
    file->setAutoRemove(false);
    if (!file->open())
        return AudioError::writeFailed(finalPath, file->errorString());
    QString temporaryPath = file->fileName();
    return StagedFile(target.absoluteFilePath(), std::move(temporaryPath), std::move(file));
}

StagedFile::StagedFile(StagedFile &&other) noexcept
    : m_finalPath(std::move(other.m_finalPath)),
      m_temporaryPath(std::exchange(other.m_temporaryPath, QString())),
      m_file(std::move(other.m_file))
{
}

StagedFile &StagedFile::operator=(StagedFile &&other) noexcept
{
    if (this != &other) {
        discard();
        m_finalPath = std::move(other.m_finalPath);
        m_temporaryPath = std::exchange(other.m_temporaryPath, QString());
        m_file = std::move(other.m_file);
    }
    return *this;
}

StagedFile::~StagedFile()
{
    discard();
}

void StagedFile::discard()
{
    m_file.reset();
    if (!m_temporaryPath.isEmpty()) {
        if (!QFile::remove(m_temporaryPath) && QFileInfo::exists(m_temporaryPath))
            qCWarning(lcPipeline) << "could not remove the unfinished file" << m_temporaryPath;
        m_temporaryPath.clear();
    }
}

Status StagedFile::finishWriting()
{
    if (!m_file)
        return success();
    bool ok = m_file->flush();
#if defined(Q_OS_WIN)
    ok = ok && _commit(m_file->handle()) == 0;
#else
    ok = ok && ::fsync(m_file->handle()) == 0;
#endif
    const QString reason = m_file->errorString();
    m_file->close();
    m_file.reset();
    if (!ok)
        return AudioError::writeFailed(m_finalPath, reason);
    return success();
}

Status StagedFile::commit()
{
    if (m_temporaryPath.isEmpty())
        return AudioError::writeFailed(m_finalPath, tr("it was already moved into place"));
    if (const Status finished = finishWriting(); !finished)
        return finished;
    std::error_code error;
    // std::filesystem::rename replaces an existing target in one step (rename(2) on POSIX,
    // MoveFileEx with REPLACE_EXISTING on Windows), which QFile::rename does not.
    std::filesystem::rename(nativePath(m_temporaryPath), nativePath(m_finalPath), error);
    if (error)
        return AudioError::writeFailed(m_finalPath, QString::fromLocal8Bit(error.message()));
    m_temporaryPath.clear();
    return success();
}

int StagedFile::removeAbandoned(const QString &directory, const QDateTime &before)
{
    int removed = 0;
    const QFileInfoList staged = QDir(directory).entryInfoList({QStringLiteral(".*") + kSuffix},
                                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : staged) {
        if (file.lastModified() < before && QFile::remove(file.absoluteFilePath())) {
            qCInfo(lcPipeline) << "removed" << file.absoluteFilePath() << "left behind by an interrupted import";
            ++removed;
        }
    }
    return removed;
}

} // namespace lectern
