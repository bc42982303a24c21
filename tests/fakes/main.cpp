// fake-groq: the test suite's stand-in for Groq, runnable by hand, e.g.
//   fake-groq --port 8765 --key gsk_local --script cell-biology-intro.txt --faults faults.json
// then point Lectern at it with GROQ_BASE_URL=<printed URL> GROQ_API_KEY=gsk_local.
// With --records, every finished request follows the URL on standard output as one line of JSON,
// for a benchmark that runs the server in a process of its own.
#include "FakeGroqServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace lectern::fake;

namespace {

QJsonObject recordJson(const RecordedRequest &request)
{
    return QJsonObject{
        {QStringLiteral("index"), request.index},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("status"), request.status},
        {QStringLiteral("bodySize"), request.bodySize},
        {QStringLiteral("fileName"), request.fileName},
        {QStringLiteral("audioSeconds"), request.audioSeconds},
        {QStringLiteral("startedAtMs"), request.startedAtMs},
        {QStringLiteral("receivedAtMs"), request.receivedAtMs},
        {QStringLiteral("endedAtMs"), request.endedAtMs},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-groq"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for Groq's OpenAI-compatible API (transcriptions, chat completions, models) with fault injection.\n"
        "Audio with Lectern test time codes is transcribed as \"s<n>\" words; other audio gets the --script text."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."), QStringLiteral("port"),
                                  QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The API key clients must send."), QStringLiteral("key"),
                                 QStringLiteral("gsk_fake_test_key"));
    const QCommandLineOption script(QStringLiteral("script"), QStringLiteral("Text returned for audio without time codes."),
                                    QStringLiteral("file"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("JSON fault rules: {\"faults\":[{\"fault\":\"status\",\"status\":500,"
                                                   "\"path\":\"/chat/completions\",\"requests\":[1,2]}, ...]}."),
                                    QStringLiteral("file"));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload-mb"), QStringLiteral("Upload size limit in MB (default 25)."),
                                       QStringLiteral("mb"), QStringLiteral("25"));
    const QCommandLineOption uplink(QStringLiteral("uplink-mbit"),
                                    QStringLiteral("One uplink of this many Mbit/s shared by all connections (default: unlimited)."),
                                    QStringLiteral("mbit"), QStringLiteral("0"));
    const QCommandLineOption connectionSetup(QStringLiteral("connection-setup-ms"),
                                             QStringLiteral("Delay before a new connection's first bytes are read, as TCP and TLS "
                                                            "handshakes take (default 0)."),
                                             QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay added to every answer, as a round trip would (default 0)."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption groqSpeed(QStringLiteral("groq-speed"),
                                       QStringLiteral("Answer a transcription after its audio length / this factor, counted from the "
                                                      "moment the upload is in, as Groq's processing takes (default: at once)."),
                                       QStringLiteral("factor"), QStringLiteral("0"));
    const QCommandLineOption records(QStringLiteral("records"),
                                     QStringLiteral("After the URL, print every finished request as one line of JSON on standard output."));
    parser.addOptions({port, key, script, faults, maxUpload, uplink, connectionSetup, latency, groqSpeed, records});
    parser.process(app);

    QTextStream err(stderr);
    FakeGroqServer server;
    server.setApiKey(parser.value(key));
    bool ok = false;
    const double megabytes = parser.value(maxUpload).toDouble(&ok);
    if (!ok || megabytes <= 0) {
        err << "fake-groq: --max-upload-mb needs a positive number\n";
        return 2;
    }
    server.setMaxUploadBytes(qint64(megabytes * 1024 * 1024));
    const double uplinkMbit = parser.value(uplink).toDouble(&ok);
    if (!ok || uplinkMbit < 0) {
        err << "fake-groq: --uplink-mbit needs a number of 0 or more\n";
        return 2;
    }
    server.setUplink(qint64(uplinkMbit * 1e6 / 8));
    const qint64 setupMs = parser.value(connectionSetup).toLongLong(&ok);
    if (!ok || setupMs < 0) {
        err << "fake-groq: --connection-setup-ms needs a number of 0 or more\n";
        return 2;
    }
    server.setConnectionSetupMs(setupMs);
    const qint64 latencyMs = parser.value(latency).toLongLong(&ok);
    if (!ok || latencyMs < 0) {
        err << "fake-groq: --latency-ms needs a number of 0 or more\n";
        return 2;
    }
    const double speed = parser.value(groqSpeed).toDouble(&ok);
    if (!ok || speed < 0) {
        err << "fake-groq: --groq-speed needs a number of 0 or more\n";
        return 2;
    }
    if (parser.isSet(script)) {
        if (const lectern::Status loaded = server.loadScript(parser.value(script)); !loaded) {
            err << "fake-groq: " << loaded.error().message << '\n';
            return 2;
        }
    }
    if (parser.isSet(faults)) {
        lectern::Result<FaultPlan> plan = FaultPlan::fromFile(parser.value(faults));
        if (!plan) {
            err << "fake-groq: " << plan.error().message << '\n';
            return 2;
        }
        server.setFaults(std::move(plan).value());
    }
    if (speed > 0)
        server.addFault(FaultRule::groqSpeed(speed).onPath(QStringLiteral("/audio/transcriptions")));
    if (latencyMs > 0)
        server.addFault(FaultRule::latency(latencyMs));
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err << "fake-groq: --port needs a number from 0 to 65535\n";
        return 2;
    }
    if (const lectern::Status listening = server.listen(quint16(portNumber)); !listening) {
        err << "fake-groq: " << listening.error().message << '\n';
        return 1;
    }
    const bool printRecords = parser.isSet(records);
    QObject::connect(&server, &FakeGroqServer::requestFinished, &server, [&server, printRecords](int index) {
        for (const RecordedRequest &request : server.requests()) {
            if (request.index == index) {
                if (printRecords)
                    QTextStream(stdout) << QJsonDocument(recordJson(request)).toJson(QJsonDocument::Compact) << Qt::endl;
                QTextStream(stderr) << request.index << ' ' << request.method << ' ' << request.path << " -> "
                                    << (request.status ? QString::number(request.status) : QStringLiteral("no answer"))
                                    << (request.faults.isEmpty() ? QString() : QStringLiteral(" [") + request.faults.join(u", ") + u']')
                                    << Qt::endl;
            }
        }
    });
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
