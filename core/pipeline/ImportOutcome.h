#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QMetaType>
#include <QString>

namespace lectern {

// What became of one file of a batch import: its lecture, or why it was not imported.
struct ImportOutcome
{
    QString path;
    Result<Lecture> lecture = Error{};

    bool ok() const { return lecture.ok(); }
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::Result<lectern::Lecture>)
Q_DECLARE_METATYPE(lectern::ImportOutcome)
