// The deployment samples an operator is pointed at by --help: present and saying what they must.
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString readSource(const QString &relativePath)
{
    QFile file(sourceDir() + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

TEST(DeploymentFilesTest, HelpNamesTheInstalledUnitAndNginxSample)
{
    const ServerRun help = runServerBinary({u"--help"_s}, cleanServerEnvironment());
    ASSERT_EQ(help.exitCode, 0);
    // Help text is wrapped by QCommandLineParser; compare without the line breaks and indentation.
    const QString text = help.out.simplified();
    for (const QString &mention : {u"lectern-server.service"_s, u"nginx-lectern-server.conf"_s, u"/etc/default/lectern-server"_s,
                                   u"--tls-cert"_s, u"--tls-key"_s, u"/metrics"_s})
        EXPECT_TRUE(text.contains(mention)) << mention.toStdString();
}

TEST(DeploymentFilesTest, TheSystemdUnitIsHardenedAndReadsTheEnvironmentFile)
{
    const QString unit = readSource(u"packaging/systemd/lectern-server.service"_s);
    ASSERT_FALSE(unit.isEmpty());
    for (const QString &line : {u"Type=simple"_s, u"EnvironmentFile=-/etc/default/lectern-server"_s,
                                u"KillSignal=SIGTERM"_s, u"User=lectern-server"_s, u"NoNewPrivileges=yes"_s,
                                u"ProtectSystem=strict"_s, u"CapabilityBoundingSet=\n"_s, u"SystemCallFilter=@system-service"_s})
        EXPECT_TRUE(unit.contains(line)) << line.toStdString();
    // Type=notify would make systemd wait for a READY=1 that lectern-server never sends.
    EXPECT_FALSE(unit.contains(u"Type=notify"_s));

    const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
    if (analyze.isEmpty())
        GTEST_SKIP() << "systemd-analyze is not installed; the unit's syntax was not checked";
    QProcess verify;
    verify.start(analyze, {u"verify"_s, sourceDir() + u"/packaging/systemd/lectern-server.service"_s});
    ASSERT_TRUE(verify.waitForFinished(60'000));
    const QString complaints = QString::fromUtf8(verify.readAllStandardError());
    // Only complaints about things outside the unit are expected here: the binary and the man
    // page are not installed on a build machine.
    for (const QString &line : complaints.split(u'\n', Qt::SkipEmptyParts)) {
        EXPECT_TRUE(line.contains(u"/usr/bin/lectern-server"_s) || line.contains(u"man lectern-server"_s))
            << line.toStdString();
    }
}

TEST(DeploymentFilesTest, TheNginxSampleProxiesWebSocketUpgradesAndGuardsMetrics)
{
    const QString site = readSource(u"packaging/nginx/lectern-server.conf"_s);
    ASSERT_FALSE(site.isEmpty());
    for (const QString &line : {u"proxy_http_version 1.1;"_s, u"proxy_set_header Upgrade $http_upgrade;"_s,
                                u"proxy_set_header Connection $connection_upgrade;"_s,
                                u"proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"_s,
                                u"location = /metrics"_s, u"deny all;"_s, u"server 127.0.0.1:8420;"_s})
        EXPECT_TRUE(site.contains(line)) << line.toStdString();
}
