#include "cli/KeyCommand.h"

#include "ai/ApiKeyCheck.h"
#include "ai/GroqConfig.h"
#include "ai/GroqError.h"
#include "ai/StudyChat.h"
#include "base/Settings.h"
#include "cli/CliContext.h"
#include "cli/GroqAccess.h"
#include "cli/HiddenInput.h"
#include "secrets/GroqKeyStore.h"
#include "secrets/Keychain.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace lectern::cli {

QString KeyCommand::summary() const
{
    return tr("Save, test or forget your Groq API key (kept in the system keychain).");
}

ExitCode KeyCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps your Groq API key in the system keychain, where Lectern and lectern-cli find it. "
           "GROQ_API_KEY, when set, is used instead.\n\n"
           "  set     read the key from standard input (typed without echo, or piped) and save it\n"
           "  test    ask Groq once whether the key works, and list the models it may use\n"
           "  forget  remove the saved key"));
    parser.addPositionalArgument(u"action"_s, tr("set, test or forget."), u"set|test|forget"_s);
    const QCommandLineOption plainFileOption(
        u"allow-plain-file"_s,
        tr("With set: if no keychain service is running, keep the key in an unencrypted file readable only "
           "by you instead."));
    parser.addOption(plainFileOption);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{u"set"_s, u"test"_s, u"forget"_s}.contains(action))
        return context.fail(UsageError, tr("key takes one action: set, test or forget, e.g. \"lectern-cli key test\"."));
    if (parser.isSet(plainFileOption) && action != u"set")
        return context.fail(UsageError, tr("--allow-plain-file only goes with \"key set\"."));

    GroqKeyStore store;
    if (action == u"set")
        return set(context, store, parser.isSet(plainFileOption));
    if (action == u"test")
        return test(context, store);
    return forget(context, store);
}

ExitCode KeyCommand::set(CliContext &context, GroqKeyStore &store, bool allowPlainFile)
{
    const QString key = readSecretLine(tr("Groq API key (input hidden): "), context.err());
    if (key.isEmpty())
        return context.fail(UsageError, tr("No key on standard input. Type it when asked, or pipe it in: "
                                           "\"lectern-cli key set < key.txt\"."));
    if (allowPlainFile)
        store.setPlainFileAllowed(true);
    store.save(key);
    Status saved = Status(Error{});
    QObject::connect(&store, &GroqKeyStore::saved, &store, [&saved](const Status &status) { saved = status; });
    GroqAccess::waitFor(&store, &GroqKeyStore::saved);
    if (!saved) {
        QString message = saved.error().message;
        if (saved.error().code == secrets::kKeychainUnavailable && !allowPlainFile)
            message += u' '
                + tr("To keep the key in an unencrypted file readable only by you instead, run "
                     "\"lectern-cli key set --allow-plain-file\".");
        return context.fail(ServiceError, message);
    }
    if (store.source() == GroqKeyStore::Source::PlainFile)
        context.out() << tr("Saved the Groq key in %1. It is NOT encrypted: it is readable only by your user "
                            "account, and by anyone with access to it.")
                             .arg(QDir::toNativeSeparators(store.location().plainFilePath))
                      << Qt::endl;
    else
        context.out() << tr("Saved the Groq key in the system keychain.") << Qt::endl;
    if (!EnvironmentApiKeyProvider().apiKey().isEmpty())
        context.out() << tr("Note: GROQ_API_KEY is set in this environment and is used instead.") << Qt::endl;
    return Success;
}

ExitCode KeyCommand::test(CliContext &context, GroqKeyStore &store)
{
    QString key = EnvironmentApiKeyProvider().apiKey();
    QString source = tr("GROQ_API_KEY");
    Status loaded = success();
    if (key.isEmpty()) {
        QObject::connect(&store, &GroqKeyStore::loaded, &store, [&loaded](const Status &status) { loaded = status; });
        store.load();
        GroqAccess::waitFor(&store, &GroqKeyStore::loaded);
        key = store.key();
        source = store.source() == GroqKeyStore::Source::PlainFile ? tr("the unencrypted key file")
                                                                    : tr("the system keychain");
    }
    if (key.isEmpty()) {
        QString message = GroqErrors::noApiKey().message;
        if (!loaded)
            message += u'\n' + loaded.error().message;
        return context.fail(InputError, message);
    }

    QObject owner;
    GroqClient *client = StudyChat::clientWithoutRetries(GroqConfig::resolveBaseUrl(Settings()), key, &owner);
    ApiKeyCheck check(client);
    check.start();
    GroqAccess::waitFor(&check, &ApiKeyCheck::finished);
    if (check.outcome() != ApiKeyCheck::Outcome::Works)
        return context.fail(check.outcome() == ApiKeyCheck::Outcome::WrongKey ? InputError : ServiceError,
                            tr("Key from %1: %2").arg(source, check.message()));
    context.out() << tr("Key from %1: %2").arg(source, check.message()) << u'\n' << tr("Models it may use:") << u'\n';
    for (const QString &model : check.models())
        context.out() << u"  "_s << model << u'\n';
    context.out() << Qt::flush;
    return Success;
}

ExitCode KeyCommand::forget(CliContext &context, GroqKeyStore &store)
{
    Status forgotten = success();
    QObject::connect(&store, &GroqKeyStore::forgotten, &store, [&forgotten](const Status &status) { forgotten = status; });
    store.forget();
    GroqAccess::waitFor(&store, &GroqKeyStore::forgotten);
    if (!forgotten)
        return context.fail(ServiceError, forgotten.error());
    context.out() << tr("Removed the saved Groq key.") << Qt::endl;
    if (!EnvironmentApiKeyProvider().apiKey().isEmpty())
        context.out() << tr("Note: GROQ_API_KEY is still set in this environment.") << Qt::endl;
    return Success;
}

} // namespace lectern::cli
