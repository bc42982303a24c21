#include "cli/ListCommand.h"

#include "cli/CliContext.h"
#include "library/LibraryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lectern::cli {

namespace {
QString formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void printLectures(QTextStream &out, const QList<Lecture> &lectures)
{
    for (const Lecture &lecture : lectures) {
        const QString date = lecture.recordedAt.isValid()
            ? lecture.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QStringLiteral("%1").arg(QString(), 16);
        out << QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(lecture.id, date)
                   .arg(formatDuration(lecture.durationMs), 8)
                   .arg(lecture.title);
    }
}
} // namespace

QString ListCommand::summary() const
{
    return tr("List courses and their lectures, with lecture ids.");
}

ExitCode ListCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption archivedOption(QStringLiteral("archived"), tr("Include archived courses."));
    parser.addOption(archivedOption);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.fail(UsageError, tr("list takes no arguments."));

    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    const auto courses = library->courses(parser.isSet(archivedOption) ? LibraryStore::CourseFilter::IncludeArchived
                                                                       : LibraryStore::CourseFilter::Active);
    if (!courses)
        return context.fail(ServiceError, courses.error());
    const auto unfiled = library->lectures(QString());
    if (!unfiled)
        return context.fail(ServiceError, unfiled.error());

    QTextStream &out = context.out();
    if (courses->isEmpty() && unfiled->isEmpty()) {
        out << tr("The library in %1 has no courses or lectures yet.").arg(context.dataDirectory()) << Qt::endl;
        return Success;
    }
    for (const Course &course : *courses) {
        const auto lectures = library->lectures(course.id);
        if (!lectures)
            return context.fail(ServiceError, lectures.error());
        out << course.name;
        if (course.archived)
            out << QStringLiteral(" ") << tr("(archived)");
        out << QStringLiteral("  ") << tr("%n lecture(s)", nullptr, int(lectures->size())) << u'\n';
        printLectures(out, *lectures);
    }
    if (!unfiled->isEmpty()) {
        out << tr("Not in a course") << u'\n';
        printLectures(out, *unfiled);
    }
    out << Qt::flush;
    return Success;
}

} // namespace lectern::cli
