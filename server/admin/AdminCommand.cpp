#include "server/admin/AdminCommand.h"

#include "server/AccountRules.h"
#include "server/AccountService.h"
#include "server/PasswordHasher.h"
#include "server/admin/AdminReports.h"
#include "server/admin/PasswordInput.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

Error usageError(const QString &message)
{
    return {u"usage"_s, message + u' ' + AdminCommand::tr("Run lectern-server --help for the admin commands.")};
}

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

// The words after "admin" that name a command, and how many names follow them.
struct CommandShape
{
    QStringList words;
    int arguments;
};
} // namespace

AdminCommand::AdminCommand(ServerConfig config, AdminRequest request)
    : m_config(std::move(config)), m_request(std::move(request)), m_database(m_config.database)
{
}

Status AdminCommand::run()
{
    const QStringList &words = m_request.words;
    static const QList<CommandShape> known = {
        {{u"user"_s, u"create"_s}, 1},  {{u"user"_s, u"disable"_s}, 1},        {{u"user"_s, u"enable"_s}, 1},
        {{u"user"_s, u"delete"_s}, 1},  {{u"user"_s, u"reset-password"_s}, 1}, {{u"users"_s}, 0},
        {{u"groups"_s}, 0},             {{u"stats"_s}, 0},
    };
    const CommandShape *shape = nullptr;
    for (const CommandShape &candidate : known) {
        if (words.mid(0, candidate.words.size()) == candidate.words)
            shape = &candidate;
    }
    if (!shape)
        return usageError(words.isEmpty() ? tr("admin needs a command.")
                                          : tr("Unknown admin command \"%1\".").arg(words.join(u' ')));
    if (words.size() != shape->words.size() + shape->arguments)
        return usageError(shape->arguments == 0 ? tr("\"admin %1\" takes no arguments.").arg(shape->words.join(u' '))
                                                : tr("\"admin %1\" needs exactly one user name.").arg(shape->words.join(u' ')));
    const bool needsPassword = shape->words.value(1) == u"create"_s || shape->words.value(1) == u"reset-password"_s;
    if (m_request.passwordFile && !needsPassword)
        return usageError(tr("--password-file only goes with user create and user reset-password."));
    if (m_request.assumeYes && shape->words.value(1) != u"delete"_s)
        return usageError(tr("--yes only goes with user delete."));

    if (const Status opened = m_database.open(); !opened)
        return opened;
    if (const auto migrated = m_database.migrate(); !migrated)
        return migrated.error();

    const QString command = shape->words.join(u' ');
    const QString name = words.value(shape->words.size());
    if (command == u"user create"_s)
        return createUser(name);
    if (command == u"user disable"_s)
        return setDisabled(name, true);
    if (command == u"user enable"_s)
        return setDisabled(name, false);
    if (command == u"user reset-password"_s)
        return resetPassword(name);
    if (command == u"user delete"_s)
        return deleteUser(name);

    const AdminReports reports(m_database.connection(), m_config.accounts.tokenIdleLifetime);
    const Result<TextTable> table = command == u"users"_s ? reports.users()
                                  : command == u"groups"_s ? reports.groups()
                                                           : reports.stats();
    if (!table)
        return table.error();
    print(table->toString());
    return success();
}

Result<AccountStore::User> AdminCommand::existingUser(const QString &name) const
{
    const auto user = store().userByName(name);
    if (!user)
        return user.error();
    if (!*user)
        return Error{u"not_found"_s, tr("There is no user \"%1\".").arg(name)};
    return **user;
}

Result<QByteArray> AdminCommand::hashNewPassword(const QString &prompt) const
{
    const auto password = PasswordInput(m_request.passwordFile).readNewPassword(prompt);
    if (!password)
        return password.error();
    if (const Status rule = AccountRules::checkPassword(*password, u"password"); !rule)
        return rule.error();
    PasswordHasher hasher(m_config.accounts);
    if (const Status prepared = hasher.prepare(); !prepared)
        return prepared.error();
    return hasher.hash(*password).result();
}

Status AdminCommand::signOutEverywhere(qint64 userId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(QString(AccountService::kSignOutChannel));
    query.addBindValue(QString::number(userId));
    if (!query.exec())
        return Error{u"database_query_failed"_s,
                     tr("Could not tell running servers to sign the user out: %1").arg(query.lastError().text().simplified())};
    return success();
}

Status AdminCommand::createUser(const QString &name)
{
    if (const Status rule = AccountRules::checkUsername(name); !rule)
        return rule.error();
    // Checked before asking for a password, which would otherwise be typed for nothing.
    const auto existing = store().userByName(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{u"username_taken"_s, tr("The username \"%1\" is taken.").arg((*existing)->username)};
    const auto hash = hashNewPassword(tr("Password for %1: ").arg(name));
    if (!hash)
        return hash.error();
    const auto userId = store().createUser(name, *hash, QDateTime::currentDateTimeUtc());
    if (!userId)
        return userId.error();
    print(tr("Created user %1 (id %2).\n").arg(name).arg(*userId));
    return success();
}

Status AdminCommand::setDisabled(const QString &name, bool disabled)
{
    const auto user = existingUser(name);
    if (!user)
        return user.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto changed = store().setDisabled(user->id, disabled, now);
    if (!changed)
        return changed.error();
    if (!disabled) {
        print(*changed ? tr("Enabled %1; they can sign in again.\n").arg(user->username)
                       : tr("%1 was not disabled; nothing changed.\n").arg(user->username));
        return success();
    }
    // Also when it was disabled already: a token made since (there should be none) goes too.
    if (const Status revoked = store().revokeDevicesOf(user->id, now); !revoked)
        return revoked;
    if (const Status signedOut = signOutEverywhere(user->id); !signedOut)
        return signedOut;
    print(*changed ? tr("Disabled %1 and signed out all their devices.\n").arg(user->username)
                   : tr("%1 was already disabled; their devices are signed out.\n").arg(user->username));
    return success();
}

Status AdminCommand::resetPassword(const QString &name)
{
    const auto user = existingUser(name);
    if (!user)
        return user.error();
    const auto hash = hashNewPassword(tr("New password for %1: ").arg(user->username));
    if (!hash)
        return hash.error();
    if (const Status stored = store().setPasswordHash(user->id, *hash); !stored)
        return stored;
    if (const Status revoked = store().revokeDevicesOf(user->id, QDateTime::currentDateTimeUtc()); !revoked)
        return revoked;
    if (const Status signedOut = signOutEverywhere(user->id); !signedOut)
        return signedOut;
    print(tr("Set a new password for %1 and signed out all their devices.\n").arg(user->username));
    return success();
}

Status AdminCommand::deleteUser(const QString &name)
{
    const auto user = existingUser(name);
    if (!user)
        return user.error();
    const auto footprint =
        AdminReports(m_database.connection(), m_config.accounts.tokenIdleLifetime).footprintOf(user->id);
    if (!footprint)
        return footprint.error();
    if (!m_request.assumeYes) {
        const QString question =
            tr("Delete %1 with %2 synced records and %3 chat messages, and take them out of %4 groups "
               "(groups they own pass to the next member)? Type the name again to confirm: ")
                .arg(user->username)
                .arg(footprint->syncRecords)
                .arg(footprint->messages)
                .arg(footprint->groups);
        const auto answer = PasswordInput::askOnTerminal(question);
        if (!answer)
            return Error{u"cancelled"_s, tr("Not deleting %1 without confirmation: run this in a terminal, or pass --yes.")
                                             .arg(user->username)};
        if (answer->trimmed().compare(user->username, Qt::CaseInsensitive) != 0)
            return Error{u"cancelled"_s, tr("The name did not match; %1 was not deleted.").arg(user->username)};
    }

    if (const Status deleted = store().deleteUser(user->id); !deleted)
        return deleted;
    if (const Status signedOut = signOutEverywhere(user->id); !signedOut)
        return signedOut;
    print(tr("Deleted %1 and everything stored for them.\n").arg(user->username));
    return success();
}

} // namespace lectern::server
