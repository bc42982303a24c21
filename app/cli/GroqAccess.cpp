#include "cli/GroqAccess.h"

#include "ai/StudyChat.h"
#include "ai/StudyMaterialGenerator.h"
#include "ai/StudyMaterialSchema.h"
#include "base/Settings.h"
#include "cli/CliContext.h"
#include "cli/LectureLookup.h"
#include "library/LibraryStore.h"
#ifdef LECTERN_CLI_KEYCHAIN
#include "secrets/GroqKeyStore.h"
#endif

#include <QCommandLineParser>

namespace lectern::cli {

GroqClient *GroqAccess::makeClient(QObject *owner)
{
    std::shared_ptr<const ApiKeyProvider> storedKey;
#ifdef LECTERN_CLI_KEYCHAIN
    // The keychain only when GROQ_API_KEY does not already answer: it may ask to be unlocked.
    if (EnvironmentApiKeyProvider().apiKey().isEmpty()) {
        auto *store = new GroqKeyStore(owner);
        store->load();
        waitFor(store, &GroqKeyStore::loaded);
        storedKey = store->apiKeyProvider();
    }
#endif
    return StudyChat::clientFromSettings(owner, std::move(storedKey));
}

QString GroqAccess::chatModel()
{
    return Settings().value(Setting::ChatModel);
}

ExitCode GroqAccess::fail(CliContext &context, const Error &error)
{
    return context.fail(error.code == study::kNoTranscript ? InputError : ServiceError, error);
}

ExitCode GroqAccess::runOnLecture(CliContext &context, const QStringList &arguments, const QString &description,
                                  const QString &example, const QList<QCommandLineOption> &options, const LectureBody &body)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The lecture's id, or its first %1 or more characters.").arg(LectureLookup::kMinimumPrefix),
                                 QStringLiteral("ID"));
    parser.addOptions(options);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(UsageError, tr("%1 takes one lecture id, e.g. \"%2\".").arg(arguments.value(0), example));
    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    const Result<Lecture> lecture = LectureLookup::find(*library, positional.first());
    if (!lecture)
        return context.fail(LectureLookup::exitCodeFor(lecture.error()), lecture.error());
    return body(*library, *lecture, parser);
}

ExitCode GroqAccess::generate(CliContext &context, LibraryStore &library, const Lecture &lecture, StudyTask task,
                              const std::function<void(const StudyMaterialGenerator &generator)> &report)
{
    QObject owner;
    GroqClient *client = makeClient(&owner);
    StudyMaterialOptions options;
    options.model = chatModel();
    StudyMaterialGenerator generator(*client, library, options);
    QObject::connect(&generator, &StudyMaterialGenerator::summaryDelta, &generator,
                     [&context](const QString &text) { context.out() << text << Qt::flush; });
    generator.start(lecture.id, task);
    waitFor(&generator, &StudyMaterialGenerator::finished);
    if (generator.error())
        return fail(context, *generator.error());
    report(generator);
    context.out() << Qt::flush;
    return Success;
}

} // namespace lectern::cli
