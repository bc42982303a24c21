#pragma once

#include <QDateTime>
#include <QString>

namespace lectern {

struct Lecture;

// How lecture facts are written in the sidebar and the details pages, in one place so both agree.
namespace LibraryFormat {

// "1:05:12" for an hour and more, "52:07" below; empty for an unknown (zero) duration.
QString duration(qint64 durationMs);

// The recording date in the current locale's short form, in local time; empty when unknown.
QString shortDate(const QDateTime &recordedAt);

// Date and time in the locale's long form, for the details page; empty when unknown.
QString longDateTime(const QDateTime &recordedAt);

// The sidebar's second line for a lecture: "12/03/2025 · 52:07", or whichever half is known.
QString lectureSummary(const Lecture &lecture);

} // namespace LibraryFormat
} // namespace lectern
