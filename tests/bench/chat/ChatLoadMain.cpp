// chat_load: a chat load on a lectern-server (or anything speaking the same frames, such as
// baseline-relay.js). One process, one event loop, one WebSocket per client.
// Exit status: 0 every message was delivered to every member, 1 the run could not be set up,
// 2 some message was refused or not delivered within the drain time.

#include "ChatLoad.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Chat load and delivery latency of a Lectern sync server."_s);
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s, u"WebSocket URL of the server (default ws://127.0.0.1:8420/)."_s, u"URL"_s,
                                 u"ws://127.0.0.1:8420/"_s);
    const QCommandLineOption clients(u"clients"_s, u"Connections, one user each (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption groups(u"groups"_s, u"Groups; clients join them round-robin (default 50)."_s, u"M"_s,
                                    u"50"_s);
    const QCommandLineOption rate(u"rate"_s, u"Messages per second each client sends (default 1)."_s, u"R"_s, u"1"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"How long the clients send (default 10)."_s, u"S"_s, u"10"_s);
    const QCommandLineOption concurrency(u"register-concurrency"_s,
                                         u"Registrations in flight at once (default 16)."_s, u"K"_s, u"16"_s);
    const QCommandLineOption drain(u"drain-seconds"_s,
                                   u"How long to wait for late deliveries after sending (default 30)."_s, u"S"_s,
                                   u"30"_s);
    parser.addOptions({url, clients, groups, rate, seconds, concurrency, drain});
    parser.process(app);

    ChatLoadOptions options;
    options.url = QUrl(parser.value(url));
    options.clients = parser.value(clients).toInt();
    options.groups = parser.value(groups).toInt();
    options.rate = parser.value(rate).toDouble();
    options.seconds = parser.value(seconds).toInt();
    options.registerConcurrency = parser.value(concurrency).toInt();
    options.drainSeconds = parser.value(drain).toInt();
    if (!options.url.isValid() || options.groups < 1 || options.clients < options.groups || options.rate <= 0
        || options.seconds < 1 || options.registerConcurrency < 1 || options.drainSeconds < 0) {
        QTextStream(stderr) << "chat_load: need a valid --url, 1 <= --groups <= --clients, --rate > 0, --seconds >= 1\n";
        return 1;
    }

    ChatLoad load(options);
    QObject::connect(&load, &ChatLoad::finished, &app, &QCoreApplication::exit);
    load.start();
    return app.exec();
}
