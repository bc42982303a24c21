#include "cli/QuizCommand.h"

#include "ai/StudyMaterialGenerator.h"
#include "cli/CliContext.h"
#include "cli/GroqAccess.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace lectern::cli {

QString QuizCommand::summary() const
{
    return tr("Write quiz questions on a lecture with Groq and keep them.");
}

ExitCode QuizCommand::run(CliContext &context, const QStringList &arguments)
{
    return GroqAccess::runOnLecture(
        context, arguments, summary(), QStringLiteral("lectern-cli quiz 3f2a"), {},
        [&context](LibraryStore &library, const Lecture &lecture, const QCommandLineParser &) {
            return GroqAccess::generate(context, library, lecture, StudyTask::Quiz, [&context](const StudyMaterialGenerator &generator) {
                const QList<StudyItem> &questions = generator.storedItems();
                for (qsizetype i = 0; i < questions.size(); ++i) {
                    const QJsonObject &q = questions[i].content;
                    context.out() << i + 1 << QStringLiteral(". ") << q[u"question"].toString() << u'\n';
                    const QJsonArray choices = q[u"choices"].toArray();
                    for (qsizetype c = 0; c < choices.size(); ++c)
                        context.out() << QStringLiteral("   ") << QChar(char16_t(u'a' + c)) << QStringLiteral(") ") << choices[c].toString() << u'\n';
                    const int answer = q[u"answer"].toInt();
                    context.out() << QStringLiteral("   ")
                                  << tr("Answer: %1) %2").arg(QChar(char16_t(u'a' + answer))).arg(q[u"explanation"].toString()) << u'\n';
                }
            });
        });
}

} // namespace lectern::cli
