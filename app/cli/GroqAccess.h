#pragma once

#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QString>

#include <QList>

#include <functional>

class QCommandLineOption;
class QCommandLineParser;

namespace lectern {
class GroqClient;
class LibraryStore;
class StudyMaterialGenerator;
struct Error;
struct Lecture;
enum class StudyTask;
} // namespace lectern

namespace lectern::cli {

class CliContext;

// What the commands that talk to Groq share: the client as the app would configure it (base URL
// and concurrency from GROQ_BASE_URL or Settings, the key from GROQ_API_KEY or else the keychain,
// the chat model from Settings), waiting for an answer, and the exit code of a failure.
class GroqAccess
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::GroqAccess)

public:
    // The client lives as long as `owner`.
    static GroqClient *makeClient(QObject *owner);
    static QString chatModel();
    // Runs the event loop until `sender` emits `signal`.
    template<typename Sender, typename Signal>
    static void waitFor(Sender *sender, Signal signal);
    // ServiceError for Groq's and the library's failures, InputError for a lecture that cannot be
    // used (no transcript). Prints the message.
    static ExitCode fail(CliContext &context, const Error &error);

    using LectureBody = std::function<ExitCode(LibraryStore &library, const Lecture &lecture, const QCommandLineParser &parser)>;
    // The common shape of `<command> ID [options]`: parses, answers --help, finds the lecture by
    // id or unique prefix, then runs `body`.
    static ExitCode runOnLecture(CliContext &context, const QStringList &arguments, const QString &description,
                                 const QString &example, const QList<QCommandLineOption> &options, const LectureBody &body);
    // Makes one kind of study material for `lecture`, streaming a summary to stdout as it arrives;
    // `report` prints the result. Returns the exit code.
    static ExitCode generate(CliContext &context, LibraryStore &library, const Lecture &lecture, StudyTask task,
                             const std::function<void(const StudyMaterialGenerator &generator)> &report);
};

} // namespace lectern::cli

#include <QEventLoop>

namespace lectern::cli {

template<typename Sender, typename Signal>
void GroqAccess::waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace lectern::cli
