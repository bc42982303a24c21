#include "export/PdfExport.h"

#include "export/MarkdownExport.h"

#include <lectern/Version.h>

#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace lectern {

Status PdfExport::write(const LectureDocument &document, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{QStringLiteral("export.no_fonts"),
                     tr("A PDF can only be laid out by a program that has fonts loaded (a Qt GUI application).")};

    QPdfWriter writer(device);
    writer.setTitle(document.lecture.title);
    writer.setCreator(QLatin1String(kApplicationName) + u' ' + QLatin1String(kVersion));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setResolution(300);

    QTextDocument text;
    QFont font = text.defaultFont();
    font.setPointSizeF(10.5);
    text.setDefaultFont(font);
    text.setMarkdown(MarkdownExport::render(document));
    // Without a page size of its own, QTextDocument::print() paginates to the writer's page and
    // numbers the pages at the bottom.
    text.print(&writer);
    return success();
}

} // namespace lectern
