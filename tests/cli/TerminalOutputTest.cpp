// What a person at a terminal sees: the CLI run on a pseudo-terminal (util-linux `script`), so
// its terminal detection is exercised for real.
#include "CliTestSupport.h"
#include "TestEnvironment.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace lectern;
using test::CliLibraryTest;

namespace {

QString shellQuoted(const QString &argument)
{
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// Everything the command wrote to the terminal (stdout and stderr share it).
QString runOnTerminal(const QStringList &arguments, const QStringList &environment = {})
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    EXPECT_FALSE(script.isEmpty()) << "script is not installed; install the Debian package \"bsdutils\"";
    if (script.isEmpty())
        return {};
    QStringList command{shellQuoted(QStringLiteral(LECTERN_CLI_BINARY))};
    for (const QString &argument : arguments)
        command.append(shellQuoted(argument));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NO_COLOR"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(script, {QStringLiteral("--quiet"), QStringLiteral("--return"), QStringLiteral("--command"),
                           command.join(u' '), QStringLiteral("/dev/null")});
    EXPECT_TRUE(process.waitForFinished(120'000)) << "lectern-cli did not finish";
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_F(CliLibraryTest, OnATerminalSearchMatchesAreBold)
{
    const QString shown = runOnTerminal({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("search"), QStringLiteral("osmosis")});
    EXPECT_TRUE(shown.contains(QStringLiteral("Cell membranes  01:05  \x1b[1mOsmosis\x1b[0m moves water"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("«")));

    const QString plain = runOnTerminal(
        {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("search"), QStringLiteral("osmosis")}, {QStringLiteral("NO_COLOR=1")});
    EXPECT_TRUE(plain.contains(QStringLiteral("«Osmosis»"))) << plain.toStdString();
    EXPECT_FALSE(plain.contains(u'\x1b'));
}

#ifdef LECTERN_CLI_IMPORT
TEST(TerminalOutput, ImportShowsProgressInPlaceThenOneLinePerFile)
{
    QTemporaryDir dir;
    const QString shown = runOnTerminal({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                                         test::sampleFile(QStringLiteral("cell-biology-intro.mp3"))});
    // Redrawn in place: carriage return, clear to the end of the line, the file, the stage, the share.
    EXPECT_TRUE(shown.contains(QStringLiteral("\r\x1b[Kcell-biology-intro.mp3  Decoding  "))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("\r\x1b[Kcell-biology-intro.mp3  Saving  100%")));
    // The progress line is cleared before the lecture id and the result are printed.
    const QRegularExpression cleared(
        QStringLiteral(R"(\r\x1b\[K[0-9a-f-]{36}\r\nImported cell-biology-intro\.mp3 as "Cell biology intro" \(0:25\)\.)"));
    EXPECT_TRUE(cleared.match(shown).hasMatch()) << shown.toStdString();
}
#endif
