// Records a file through a FilePcmSource until killed, printing how far the source got after
// every block, for RecordingCrashTest.  Usage: recording_crash_helper FOLDER RECORDING SPEED
#include "recording/FilePcmSource.h"
#include "recording/Recorder.h"

#include <QCoreApplication>

#include <cstdio>

using namespace lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: recording_crash_helper FOLDER RECORDING SPEED\n");
        return 2;
    }
    Result<PcmSamples> pcm = FilePcmSource::decodeFile(args.at(2));
    if (!pcm) {
        std::fprintf(stderr, "%s\n", qPrintable(pcm.error().message));
        return 3;
    }
    FilePcmSource::Options options;
    options.speed = args.at(3).toDouble();
    auto source = std::make_unique<FilePcmSource>(std::move(pcm).value(), QStringLiteral("file"), options);
    QObject::connect(source.get(), &FilePcmSource::positionChanged, [](qint64 positionMs) {
        std::printf("fed %lld\n", static_cast<long long>(positionMs));
        std::fflush(stdout);
    });
    Recorder recorder(args.at(1));
    QObject::connect(&recorder, &Recorder::finished, &app, &QCoreApplication::quit);
    if (const Status started = recorder.start(std::move(source)); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 4;
    }
    return app.exec();
}
