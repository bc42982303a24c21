// lectern-server serving TLS itself, with a certificate made for each test by the openssl tool.
#include "ServerFixture.h"
#include "ServerProcess.h"

#include "server/ServerConfigLoader.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QWebSocket>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A self-signed certificate for 127.0.0.1 and its key, as PEM files in a directory of their own.
struct Certificate
{
    QTemporaryDir dir;
    QString certificateFile() const { return dir.filePath(u"cert.pem"_s); }
    QString keyFile() const { return dir.filePath(u"key.pem"_s); }
    QList<QSslCertificate> certificates() const { return QSslCertificate::fromPath(certificateFile()); }
};

// Runs `openssl req` to make a certificate with a fresh key of `keyOptions` (e.g. rsa:2048).
QString makeCertificate(const Certificate &certificate, const QStringList &keyOptions)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, QStringList{u"req"_s, u"-x509"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                                            u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
                                            u"-keyout"_s, certificate.keyFile(), u"-out"_s, certificate.certificateFile()}
                                    + keyOptions);
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return u"openssl failed: "_s + QString::fromUtf8(openssl.readAllStandardError()) + openssl.errorString();
    return {};
}

QSslConfiguration trusting(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(certificates);
    return configuration;
}

// A wss:// client: the reply to a ping, or why there was none.
QString pingOverTls(quint16 port, const QSslConfiguration &configuration)
{
    QWebSocket socket;
    socket.setSslConfiguration(configuration);
    QStringList problems;
    QObject::connect(&socket, &QWebSocket::sslErrors, &socket, [&problems](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            problems.append(error.errorString());
    });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    socket.open(QUrl(u"wss://127.0.0.1:%1/"_s.arg(port)));
    const QDeadlineTimer deadline(kWaitMs);
    while (connected.isEmpty() && disconnected.isEmpty() && !deadline.hasExpired())
        connected.wait(50);
    if (connected.isEmpty())
        return u"not connected: "_s + problems.join(u"; "_s) + socket.errorString();
    socket.sendTextMessage(uR"({"v":1,"type":"ping","rid":"p1"})"_s);
    if (received.isEmpty() && !received.wait(kWaitMs))
        return u"no reply"_s;
    return QJsonDocument::fromJson(received.constFirst().constFirst().toString().toUtf8()).object().value(u"type"_s).toString();
}

// GET `path` over https://; the whole response.
QByteArray httpsGet(quint16 port, const QSslConfiguration &configuration, const QByteArray &path)
{
    QSslSocket socket;
    socket.setSslConfiguration(configuration);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    if (encrypted.isEmpty() && !encrypted.wait(kWaitMs))
        return {};
    QByteArray response;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { response += socket.readAll(); });
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    if (disconnected.isEmpty())
        disconnected.wait(kWaitMs);
    return response + socket.readAll();
}

class TlsTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        const QString made = makeCertificate(m_certificate, {u"-newkey"_s, u"rsa:2048"_s});
        ASSERT_TRUE(made.isEmpty()) << made.toStdString();
    }

    // A config read the way lectern-server reads its flags.
    server::ServerConfig tlsConfig() const
    {
        server::CommandLineOptions flags;
        flags.databaseUrl = m_database->url();
        flags.listen = u"127.0.0.1:0"_s;
        flags.tlsCertificate = m_certificate.certificateFile();
        flags.tlsKey = m_certificate.keyFile();
        const auto loaded = server::ServerConfigLoader::load(flags, QProcessEnvironment());
        EXPECT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        server::ServerConfig cfg = config();
        cfg.tls = loaded.ok() ? loaded->tls : std::nullopt;
        return cfg;
    }

    Certificate m_certificate;
};
} // namespace

TEST_F(TlsTest, AClientThatTrustsTheCertificateGetsWebSocketAndHttpOverTls)
{
    const server::ServerConfig cfg = tlsConfig();
    ASSERT_TRUE(cfg.tls.has_value());
    startServer(cfg);
    const QSslConfiguration client = trusting(m_certificate.certificates());
    EXPECT_EQ(pingOverTls(m_server->port(), client), u"ok"_s);
    const QByteArray health = httpsGet(m_server->port(), client, "/healthz");
    EXPECT_EQ(httpStatus(health), 200) << health.toStdString();
    const QByteArray metrics = httpsGet(m_server->port(), client, "/metrics");
    EXPECT_TRUE(httpBody(metrics).contains("lectern_connections_total 1")) << metrics.toStdString();
}

TEST_F(TlsTest, AClientThatDoesNotTrustTheCertificateIsNotServed)
{
    startServer(tlsConfig());
    // The system's CAs do not know a certificate made a moment ago.
    const QString outcome = pingOverTls(m_server->port(), QSslConfiguration::defaultConfiguration());
    EXPECT_TRUE(outcome.startsWith(u"not connected"_s)) << outcome.toStdString();
    EXPECT_EQ(m_server->sessionCount(), 0);
}

TEST_F(TlsTest, PlainHttpOnTheTlsPortGetsNoAnswer)
{
    startServer(tlsConfig());
    // Cleartext is taken as a broken handshake: the connection is closed without a reply.
    const QByteArray response = httpExchange(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_FALSE(response.startsWith("HTTP/1.1 200")) << response.toStdString();
}

TEST_F(TlsTest, TheBinaryServesTlsFromTheEnvironmentAndStopsOnSigterm)
{
    QProcessEnvironment environment = serverEnvironment(m_database->url());
    environment.insert(u"LECTERN_TLS_CERT"_s, m_certificate.certificateFile());
    environment.insert(u"LECTERN_TLS_KEY"_s, m_certificate.keyFile());
    ServerProcess server({}, environment);
    const quint16 port = server.waitUntilListening();
    ASSERT_NE(port, 0) << server.log().toStdString();
    EXPECT_TRUE(server.log().contains(u"over TLS"_s)) << server.log().toStdString();
    const QSslConfiguration client = trusting(m_certificate.certificates());
    EXPECT_EQ(pingOverTls(port, client), u"ok"_s);
    EXPECT_EQ(httpStatus(httpsGet(port, client, "/healthz")), 200);
    EXPECT_EQ(server.terminate(), 0) << server.log().toStdString();
}

TEST_F(TlsTest, ABadKeyOrCertificateStopsStartUpNamingTheFile)
{
    auto start = [this](const QStringList &tls) {
        return runServerBinary(QStringList{u"--database-url"_s, m_database->url(), u"--listen"_s, u"127.0.0.1:0"_s} + tls,
                               cleanServerEnvironment());
    };
    const QString missingKey = m_certificate.dir.filePath(u"missing-key.pem"_s);
    const ServerRun wrongPath = start({u"--tls-cert"_s, m_certificate.certificateFile(), u"--tls-key"_s, missingKey});
    EXPECT_EQ(wrongPath.exitCode, 2) << wrongPath.err.toStdString();
    EXPECT_EQ(wrongPath.err.trimmed().count(u'\n'), 0) << "one line: " << wrongPath.err.toStdString();
    EXPECT_TRUE(wrongPath.err.contains(missingKey)) << wrongPath.err.toStdString();
    EXPECT_TRUE(wrongPath.err.contains(u"--tls-key"_s)) << wrongPath.err.toStdString();

    const ServerRun certificateOnly = start({u"--tls-cert"_s, m_certificate.certificateFile()});
    EXPECT_EQ(certificateOnly.exitCode, 2) << certificateOnly.err.toStdString();
    EXPECT_TRUE(certificateOnly.err.contains(u"--tls-key"_s)) << certificateOnly.err.toStdString();

    const ServerRun certificateAsKey =
        start({u"--tls-cert"_s, m_certificate.certificateFile(), u"--tls-key"_s, m_certificate.certificateFile()});
    EXPECT_EQ(certificateAsKey.exitCode, 2) << certificateAsKey.err.toStdString();
    EXPECT_TRUE(certificateAsKey.err.contains(u"private key"_s)) << certificateAsKey.err.toStdString();

    // An EC key is a fine key, but not the one of this RSA certificate.
    Certificate other;
    const QString made = makeCertificate(other, {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s});
    ASSERT_TRUE(made.isEmpty()) << made.toStdString();
    const ServerRun mismatched = start({u"--tls-cert"_s, m_certificate.certificateFile(), u"--tls-key"_s, other.keyFile()});
    EXPECT_EQ(mismatched.exitCode, 2) << mismatched.err.toStdString();
    EXPECT_TRUE(mismatched.err.contains(u"does not belong"_s)) << mismatched.err.toStdString();

    // That EC certificate with its own key is accepted: the server starts and is stopped.
    QProcessEnvironment environment = serverEnvironment(m_database->url());
    ServerProcess ec({u"--tls-cert"_s, other.certificateFile(), u"--tls-key"_s, other.keyFile()}, environment);
    EXPECT_NE(ec.waitUntilListening(), 0) << ec.log().toStdString();
    EXPECT_EQ(ec.terminate(), 0) << ec.log().toStdString();
}
