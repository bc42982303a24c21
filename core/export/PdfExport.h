#pragma once

#include "base/Result.h"
#include "export/LectureDocument.h"

#include <QCoreApplication>

class QIODevice;

namespace lectern {

// A printable lecture: the Markdown export laid out on numbered A4 pages, so the PDF shows the
// same title, summary, key terms, notes and time-stamped transcript as the other documents.
// Laying out text needs fonts, so a QGuiApplication must exist (the CLI makes an offscreen one).
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(lectern::PdfExport)

public:
    static Status write(const LectureDocument &document, QIODevice *device);
};

} // namespace lectern
