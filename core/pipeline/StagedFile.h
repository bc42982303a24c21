#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QFile;

namespace lectern {

// A file written under a temporary name (".<name>.XXXXXX.part") beside where it belongs and moved
// into place by commit(), so the real name only ever holds a complete file. Destroyed before
// commit(), it removes what was written. Movable; after finishWriting() it holds no QObject, so it
// can be committed or dropped from another thread than the one that wrote it.
class StagedFile
{
    Q_DECLARE_TR_FUNCTIONS(lectern::StagedFile)

public:
    static Result<StagedFile> create(const QString &finalPath);
    StagedFile(StagedFile &&other) noexcept;
    StagedFile &operator=(StagedFile &&other) noexcept;
    ~StagedFile();

    // Open for writing until finishWriting().
    QFile *device() const { return m_file.get(); }
    // Flushes to disk and closes, so a crash after commit() cannot leave a truncated file.
    Status finishWriting();
    // Atomically replaces whatever is at finalPath() with the written file.
    Status commit();
    // Removes the written file now (the destructor does the same).
    void discard();

    const QString &finalPath() const { return m_finalPath; }
    const QString &temporaryPath() const { return m_temporaryPath; }

    // Removes staged files in `directory` not touched since `before`: what a crash or a killed
    // process left behind. Younger ones may belong to an import still running in another process.
    static int removeAbandoned(const QString &directory, const QDateTime &before);

private:
    StagedFile(QString finalPath, QString temporaryPath, std::unique_ptr<QFile> file);

    QString m_finalPath;
    QString m_temporaryPath;
    std::unique_ptr<QFile> m_file;
};

} // namespace lectern
