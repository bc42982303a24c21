#include "LibraryCache.h"

#include "library/LibraryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSaveFile>

namespace lectern::bench {

namespace {
const QString kManifestName = QStringLiteral("generated.txt");

std::optional<Manifest> readManifest(const QString &dir)
{
    QFile file(QDir(dir).filePath(kManifestName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (const qsizetype at = line.indexOf('='); at > 0)
            values.insert(line.left(at), line.mid(at + 1));
    }
    Manifest m;
    m.contents.courses = values.value("courses").toInt();
    m.contents.lectures = values.value("lectures").toInt();
    m.contents.segments = values.value("segments").toLongLong();
    m.contents.words = values.value("words").toLongLong();
    m.contents.notes = values.value("notes").toInt();
    m.seconds = values.value("seconds").toDouble();
    return m;
}
} // namespace

std::optional<Manifest> cachedLibrary(const QString &dir, const LibrarySize &size, QTextStream &out, QString &error,
                                      bool regenerate)
{
    if (auto cached = regenerate ? std::nullopt : readManifest(dir)) {
        out << "library: " << dir << " (cached)\n";
        return cached;
    }
    const QString partial = dir + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    QDir(dir).removeRecursively();
    Manifest manifest;
    QElapsedTimer clock;
    clock.start();
    {
        auto store = LibraryStore::open(partial);
        if (!store) {
            error = store.error().message;
            return std::nullopt;
        }
        out << "generating " << size.lectures << " lectures, " << size.words << " words into " << partial << Qt::endl;
        int reported = 0;
        auto contents = LibraryGenerator(size).generate(**store, [&](int lectures) {
            if (lectures * 10 / size.lectures > reported) {
                reported = lectures * 10 / size.lectures;
                out << "  " << lectures << " lectures, " << clock.elapsed() / 1000 << " s" << Qt::endl;
            }
        });
        if (!contents) {
            error = contents.error().message;
            return std::nullopt;
        }
        manifest.contents = *contents;
    }
    manifest.seconds = double(clock.elapsed()) / 1000.0;
    QSaveFile file(QDir(partial).filePath(kManifestName));
    const LibraryContents &c = manifest.contents;
    const QString text = QStringLiteral("courses=%1\nlectures=%2\nsegments=%3\nwords=%4\nnotes=%5\nseconds=%6\n")
                             .arg(c.courses).arg(c.lectures).arg(c.segments).arg(c.words).arg(c.notes).arg(manifest.seconds);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit() || !QDir().rename(partial, dir)) {
        error = QStringLiteral("cannot finish %1").arg(dir);
        return std::nullopt;
    }
    out << "library: " << dir << " (generated in " << QString::number(manifest.seconds, 'f', 1) << " s)\n";
    return manifest;
}

} // namespace lectern::bench
