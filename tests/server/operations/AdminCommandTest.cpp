// `lectern-server admin ...` run as the operator would, against the database a running server uses.
#include "ChatFixture.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto kAdminPassword = "correct horse battery";
constexpr auto kNewPassword = "tr0ub4dor and 3";
// A device's node id in its clock timestamps.
const QString kAdminNode = u"00000000000000a1"_s;

// The cells of the table row whose first cell is `first`; empty when there is none.
QStringList rowOf(const QString &table, const QString &first)
{
    for (const QString &line : table.split(u'\n')) {
        // Cells are separated by two or more spaces; single spaces belong to a cell ("2026-12-02 07:52").
        static const QRegularExpression separator(u" {2,}"_s);
        const QStringList cells = line.trimmed().split(separator);
        if (!cells.isEmpty() && cells.constFirst() == first)
            return cells;
    }
    return {};
}

class AdminCommandTest : public ChatFixture
{
protected:
    void SetUp() override
    {
        ChatFixture::SetUp();
        // The admin command reads the database's clock, so the server must stamp tokens with the real time.
        m_clock.set(QDateTime::currentDateTimeUtc());
    }

    ServerRun admin(const QStringList &words, const QByteArray &input = {})
    {
        QProcessEnvironment environment = cleanServerEnvironment();
        environment.insert(u"LECTERN_DATABASE_URL"_s, m_database->url());
        return runServerBinary(QStringList{u"admin"_s} + words, environment, input);
    }

    QJsonObject login(TestClient &client, const QString &name, const QString &password)
    {
        return client.request(frame(u"auth.login"_s, {{u"username"_s, name}, {u"password"_s, password},
                                                      {u"device_name"_s, u"Phone"_s}}));
    }

    // Creates `name` through the admin command with kAdminPassword piped in.
    void createUser(const QString &name)
    {
        const ServerRun run = admin({u"user"_s, u"create"_s, name}, QByteArray(kAdminPassword) + '\n');
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
};
} // namespace

TEST_F(AdminCommandTest, ACreatedUserSignsInWithThePasswordPipedIn)
{
    const ServerRun run = admin({u"user"_s, u"create"_s, u"ada"_s}, QByteArray(kAdminPassword) + '\n');
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Created user ada"_s)) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QLatin1StringView(kAdminPassword)) || run.err.contains(QLatin1StringView(kAdminPassword)));

    start();
    TestClient client(webSocketUrl());
    EXPECT_TRUE(isOk(login(client, u"ada"_s, QString::fromLatin1(kAdminPassword))));
}

TEST_F(AdminCommandTest, ReadsThePasswordFromAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"password"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(kAdminPassword) + "\nsecond line is ignored\n");
    file.close();
    const ServerRun run = admin({u"user"_s, u"create"_s, u"ada"_s, u"--password-file"_s, path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    start();
    TestClient client(webSocketUrl());
    EXPECT_TRUE(isOk(login(client, u"ada"_s, QString::fromLatin1(kAdminPassword))));
}

TEST_F(AdminCommandTest, RefusesATakenNameAWeakPasswordAndABadName)
{
    createUser(u"ada"_s);
    const ServerRun taken = admin({u"user"_s, u"create"_s, u"ADA"_s}, QByteArray(kAdminPassword) + '\n');
    EXPECT_EQ(taken.exitCode, 6) << taken.err.toStdString();
    EXPECT_TRUE(taken.err.contains(u"taken"_s)) << taken.err.toStdString();

    const ServerRun weak = admin({u"user"_s, u"create"_s, u"bob"_s}, "short\n");
    EXPECT_EQ(weak.exitCode, 2) << weak.err.toStdString();
    const ServerRun badName = admin({u"user"_s, u"create"_s, u"no spaces"_s}, QByteArray(kAdminPassword) + '\n');
    EXPECT_EQ(badName.exitCode, 2) << badName.err.toStdString();
    const ServerRun noPassword = admin({u"user"_s, u"create"_s, u"carol"_s});
    EXPECT_EQ(noPassword.exitCode, 2) << noPassword.err.toStdString();
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users"_s), 1);
}

TEST_F(AdminCommandTest, DisablingSignsOutEveryDeviceAndRefusesSignInsUntilEnabled)
{
    createUser(u"ada"_s);
    start();
    TestClient phone(webSocketUrl());
    const QJsonObject signedIn = login(phone, u"ada"_s, QString::fromLatin1(kAdminPassword));
    ASSERT_TRUE(isOk(signedIn));
    const QString token = signedIn.value(u"token"_s).toString();

    const ServerRun disabled = admin({u"user"_s, u"disable"_s, u"ada"_s});
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    // The running server hears of it and closes the connection that was signed in.
    EXPECT_TRUE(phone.waitForDisconnect());

    TestClient other(webSocketUrl());
    EXPECT_TRUE(isError(other.request(frame(u"auth.resume"_s, {{u"token"_s, token}})), u"invalid_token"_s));
    EXPECT_TRUE(isError(login(other, u"ada"_s, QString::fromLatin1(kAdminPassword)), u"account_disabled"_s));
    // A wrong password still gets the answer anyone gets, so the state of the account stays hidden.
    EXPECT_TRUE(isError(login(other, u"ada"_s, u"wrong password"_s), u"invalid_credentials"_s));

    const ServerRun listed = admin({u"users"_s});
    EXPECT_EQ(rowOf(listed.out, u"ada"_s).value(4), u"yes"_s) << listed.out.toStdString();

    const ServerRun enabled = admin({u"user"_s, u"enable"_s, u"ada"_s});
    ASSERT_EQ(enabled.exitCode, 0) << enabled.err.toStdString();
    EXPECT_TRUE(isOk(login(other, u"ada"_s, QString::fromLatin1(kAdminPassword))));
    // The old token stays revoked: enabling does not bring old sign-ins back.
    TestClient third(webSocketUrl());
    EXPECT_TRUE(isError(third.request(frame(u"auth.resume"_s, {{u"token"_s, token}})), u"invalid_token"_s));
}

TEST_F(AdminCommandTest, ResettingThePasswordReplacesItAndSignsOutEveryDevice)
{
    createUser(u"ada"_s);
    start();
    TestClient phone(webSocketUrl());
    ASSERT_TRUE(isOk(login(phone, u"ada"_s, QString::fromLatin1(kAdminPassword))));

    const ServerRun reset = admin({u"user"_s, u"reset-password"_s, u"ada"_s}, QByteArray(kNewPassword) + '\n');
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_TRUE(phone.waitForDisconnect());

    TestClient client(webSocketUrl());
    EXPECT_TRUE(isError(login(client, u"ada"_s, QString::fromLatin1(kAdminPassword)), u"invalid_credentials"_s));
    EXPECT_TRUE(isOk(login(client, u"ada"_s, QString::fromLatin1(kNewPassword))));
}

TEST_F(AdminCommandTest, DeletingNeedsConfirmationThenTakesTheDataAndHandsGroupsOn)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    ASSERT_TRUE(isOk(push(*ada.client, {change(u"course"_s, newId(), 1000, kAdminNode, {{u"name"_s, u"Algebra"_s}})})));
    const QJsonObject group = createGroup(*ada.client, u"Algebra study"_s);
    joinGroup(*bob.client, group);
    ASSERT_TRUE(isOk(sendChat(*ada.client, group.value(u"id"_s).toInteger(), u"hello"_s)));
    ASSERT_TRUE(isOk(sendChat(*bob.client, group.value(u"id"_s).toInteger(), u"hi"_s)));

    // No terminal to ask on and no --yes: nothing happens.
    const ServerRun unconfirmed = admin({u"user"_s, u"delete"_s, u"ada"_s});
    EXPECT_EQ(unconfirmed.exitCode, 7) << unconfirmed.err.toStdString();
    EXPECT_TRUE(unconfirmed.err.contains(u"--yes"_s)) << unconfirmed.err.toStdString();
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users WHERE username = 'ada'"_s), 1);

    const ServerRun deleted = admin({u"user"_s, u"delete"_s, u"ada"_s, u"--yes"_s});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_TRUE(ada.client->waitForDisconnect());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users WHERE username = 'ada'"_s), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM sync_records"_s), 0);
    // Bob keeps the group and his own message; Ada's went with her.
    EXPECT_EQ(scalar(u"SELECT count(*) FROM study_groups g JOIN users u ON u.id = g.owner_id WHERE u.username = 'bob'"_s), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM chat_messages"_s), 1);
}

TEST_F(AdminCommandTest, ListsUsersGroupsAndStatistics)
{
    createUser(u"carol"_s);
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    ASSERT_TRUE(isOk(push(*ada.client, {change(u"course"_s, newId(), 1000, kAdminNode, {{u"name"_s, u"Algebra"_s}}),
                                        change(u"course"_s, newId(), 1001, kAdminNode, {{u"name"_s, u"Physics"_s}})})));
    const QJsonObject group = createGroup(*ada.client, u"Algebra study"_s);
    joinGroup(*bob.client, group);
    for (const QString &text : {u"one"_s, u"two"_s, u"three"_s})
        ASSERT_TRUE(isOk(sendChat(*bob.client, group.value(u"id"_s).toInteger(), text)));
    ASSERT_EQ(admin({u"user"_s, u"disable"_s, u"bob"_s}).exitCode, 0);

    const ServerRun users = admin({u"users"_s});
    ASSERT_EQ(users.exitCode, 0) << users.err.toStdString();
    EXPECT_EQ(rowOf(users.out, u"NAME"_s), (QStringList{u"NAME"_s, u"CREATED"_s, u"LAST SEEN"_s, u"DEVICES"_s, u"DISABLED"_s}));
    const QString today = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    const QStringList adaRow = rowOf(users.out, u"ada"_s);
    ASSERT_EQ(adaRow.size(), 5) << users.out.toStdString();
    EXPECT_TRUE(adaRow[1].startsWith(today)) << users.out.toStdString();
    EXPECT_TRUE(adaRow[2].startsWith(today)) << users.out.toStdString();
    EXPECT_EQ(adaRow[3], u"1"_s);
    EXPECT_EQ(adaRow[4], u"no"_s);
    EXPECT_EQ(rowOf(users.out, u"bob"_s).value(3), u"0"_s) << "disabling revoked bob's token";
    EXPECT_EQ(rowOf(users.out, u"bob"_s).value(4), u"yes"_s);
    EXPECT_EQ(rowOf(users.out, u"carol"_s).value(2), u"never"_s);

    const ServerRun groups = admin({u"groups"_s});
    ASSERT_EQ(groups.exitCode, 0) << groups.err.toStdString();
    const QStringList groupRow = rowOf(groups.out, QString::number(group.value(u"id"_s).toInteger()));
    EXPECT_EQ(groupRow, (QStringList{QString::number(group.value(u"id"_s).toInteger()), u"Algebra study"_s, u"ada"_s,
                                     u"2"_s, u"3"_s}))
        << groups.out.toStdString();

    const ServerRun stats = admin({u"stats"_s});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_EQ(rowOf(stats.out, u"users"_s).value(1), u"3"_s) << stats.out.toStdString();
    EXPECT_EQ(rowOf(stats.out, u"disabled users"_s).value(1), u"1"_s);
    EXPECT_EQ(rowOf(stats.out, u"signed-in devices"_s).value(1), u"1"_s);
    EXPECT_EQ(rowOf(stats.out, u"groups"_s).value(1), u"1"_s);
    EXPECT_EQ(rowOf(stats.out, u"messages"_s).value(1), u"3"_s);
    EXPECT_EQ(rowOf(stats.out, u"sync records"_s).value(1), u"2"_s);
    EXPECT_EQ(rowOf(stats.out, u"sync changes"_s).value(1), u"2"_s);
    static const QRegularExpression size(u"^\\d+(\\.\\d)? (bytes|KB|MB|GB)$"_s);
    EXPECT_TRUE(size.match(rowOf(stats.out, u"database size"_s).value(1)).hasMatch()) << stats.out.toStdString();
}

TEST_F(AdminCommandTest, MistakesHaveTheirOwnExitStatus)
{
    EXPECT_EQ(admin({u"user"_s, u"disable"_s, u"nobody"_s}).exitCode, 5);
    EXPECT_EQ(admin({u"user"_s, u"reset-password"_s, u"nobody"_s}, "whatever pass\n").exitCode, 5);
    EXPECT_EQ(admin({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(admin({u"user"_s, u"create"_s}).exitCode, 2);
    EXPECT_EQ(admin({u"users"_s, u"extra"_s}).exitCode, 2);
    EXPECT_EQ(admin({u"users"_s, u"--yes"_s}).exitCode, 2);

    QProcessEnvironment unreachable = cleanServerEnvironment();
    unreachable.insert(u"LECTERN_DATABASE_URL"_s, u"postgresql://lectern@127.0.0.1:%1/lectern"_s.arg(unusedPort()));
    EXPECT_EQ(runServerBinary({u"admin"_s, u"users"_s}, unreachable).exitCode, 3);
    // Without a database the command cannot run either, and says how to name one.
    const ServerRun noDatabase = runServerBinary({u"admin"_s, u"users"_s}, cleanServerEnvironment());
    EXPECT_EQ(noDatabase.exitCode, 2);
    EXPECT_TRUE(noDatabase.err.contains(u"LECTERN_DATABASE_URL"_s)) << noDatabase.err.toStdString();
}

TEST_F(AdminCommandTest, HelpListsTheAdminCommands)
{
    const ServerRun help = runServerBinary({u"--help"_s}, cleanServerEnvironment());
    EXPECT_EQ(help.exitCode, 0);
    for (const QString &command : {u"admin user create NAME"_s, u"admin user disable NAME"_s, u"admin user enable NAME"_s,
                                   u"admin user reset-password NAME"_s, u"admin user delete NAME"_s, u"admin users"_s,
                                   u"admin groups"_s, u"admin stats"_s, u"--password-file"_s, u"--yes"_s})
        EXPECT_TRUE(help.out.contains(command)) << command.toStdString();
}
