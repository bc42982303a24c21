#include "lecture/StudyMaterialView.h"

#include "export/LectureDocument.h"
#include "library/LibraryService.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

StudyMaterialView::StudyMaterialView(LibraryService *service, StudyItemKind kind, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_kind(kind)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(m_pages))
    , m_browser(new QTextBrowser(m_pages))
{
    const bool summary = kind == StudyItemKind::Summary;
    setObjectName(summary ? u"summaryView"_s : u"keyTermsView"_s);
    m_browser->setObjectName(summary ? u"summaryBrowser"_s : u"keyTermsBrowser"_s);
    m_browser->setAccessibleName(summary ? tr("Summary") : tr("Key terms"));
    m_browser->setOpenExternalLinks(true);
    m_empty->setObjectName(summary ? u"summaryEmpty"_s : u"keyTermsEmpty"_s);
    m_empty->setText(emptyMessage());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_browser);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_pages);

    connect(service, &LibraryService::studyItemsChanged, this, [this](const QString &lectureId) {
        if (lectureId == m_lectureId)
            reload();
    });
}

QString StudyMaterialView::emptyMessage() const
{
    return m_kind == StudyItemKind::Summary ? tr("No summary has been made for this lecture yet.")
                                            : tr("No key terms have been picked out of this lecture yet.");
}

bool StudyMaterialView::isEmpty() const
{
    return m_pages->currentWidget() == m_empty;
}

void StudyMaterialView::setLecture(const QString &lectureId)
{
    if (lectureId == m_lectureId)
        return;
    m_lectureId = lectureId;
    m_loaded = false;
    m_empty->setText(emptyMessage());
    showItems({});
    reload();
}

void StudyMaterialView::reload()
{
    if (!m_service || m_lectureId.isEmpty())
        return;
    const QString lectureId = m_lectureId;
    const StudyItemKind kind = m_kind;
    m_service->submit([lectureId, kind](LibraryStore &store) { return store.studyItems(lectureId, kind); })
        .then(this, [this, lectureId](Result<QList<StudyItem>> items) {
            if (lectureId != m_lectureId)
                return;
            if (!items) {
                m_empty->setText(tr("Could not read the study material: %1").arg(items.error().message));
                m_pages->setCurrentWidget(m_empty);
                return;
            }
            showItems(*items);
            m_loaded = true;
            emit loaded();
        });
}

void StudyMaterialView::showItems(const QList<StudyItem> &items)
{
    LectureDocument document;
    document.studyItems = items;
    if (m_kind == StudyItemKind::Summary) {
        const QString markdown = document.summaryMarkdown();
        m_browser->setMarkdown(markdown);
        m_pages->setCurrentWidget(markdown.isEmpty() ? static_cast<QWidget *>(m_empty) : m_browser);
        return;
    }
    const QList<LectureDocument::KeyTerm> terms = document.keyTerms();
    // HTML rather than Markdown, so that a term's own asterisks or brackets stay text.
    QString html = u"<dl>"_s;
    for (const LectureDocument::KeyTerm &term : terms)
        html += u"<dt><b>%1</b></dt><dd>%2</dd>"_s.arg(term.term.toHtmlEscaped(), term.definition.toHtmlEscaped());
    html += u"</dl>"_s;
    m_browser->setHtml(html);
    m_pages->setCurrentWidget(terms.isEmpty() ? static_cast<QWidget *>(m_empty) : m_browser);
}

} // namespace lectern
