#pragma once

#include "QtPrinters.h"

#include "export/LectureDocument.h"

#include <QJsonObject>

#include <ostream>

namespace lectern::test {

inline TranscriptSegment segment(qint64 startMs, qint64 endMs, const QString &text)
{
    TranscriptSegment s;
    s.startMs = startMs;
    s.endMs = endMs;
    s.text = text;
    return s;
}

inline StudyItem studyItem(StudyItemKind kind, int position, const QJsonObject &content)
{
    StudyItem item;
    item.kind = kind;
    item.position = position;
    item.content = content;
    return item;
}

// A lecture with everything an export can show.
inline LectureDocument fullDocument()
{
    LectureDocument document;
    document.lecture.id = QStringLiteral("5f0c1e2a-0000-4000-8000-000000000001");
    document.lecture.title = QStringLiteral("Cell membranes");
    document.lecture.recordedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    document.lecture.durationMs = (45 * 60 + 12) * 1000;
    document.lecture.language = QStringLiteral("en");
    document.courseName = QStringLiteral("Biology 101");
    document.segments = {segment(0, 4200, QStringLiteral("Welcome to the lecture on cell membranes.")),
                         segment(4200, 9800, QStringLiteral("The membrane is a *lipid* bilayer.")),
                         segment(65'500, 70'000, QStringLiteral("Osmosis moves water across it."))};
    document.note.markdown = QStringLiteral("Remember: **phospholipids** have two tails.");
    document.studyItems = {
        studyItem(StudyItemKind::KeyTerm, 1, {{QStringLiteral("term"), QStringLiteral("Osmosis")},
                                              {QStringLiteral("definition"), QStringLiteral("Water moving across a membrane.")}}),
        studyItem(StudyItemKind::Summary, 0, {{QStringLiteral("markdown"), QStringLiteral("Membranes keep cells *apart*.")}}),
        studyItem(StudyItemKind::KeyTerm, 0, {{QStringLiteral("term"), QStringLiteral("Bilayer")},
                                              {QStringLiteral("definition"), QStringLiteral("Two layers of lipids.")}}),
        studyItem(StudyItemKind::QuizQuestion, 0, {{QStringLiteral("question"), QStringLiteral("What is osmosis?")}}),
    };
    return document;
}

} // namespace lectern::test
