#include "lecture/StudyMaterialView.h"

#include "export/LectureDocument.h"
#include "lecture/GenerationBar.h"
#include "lecture/StudyMaterialJobs.h"
#include "library/LibraryService.h"

#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

StudyMaterialView::StudyMaterialView(LibraryService *service, StudyMaterialJobs *jobs, StudyItemKind kind, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_kind(kind)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(m_pages))
    , m_browser(new QTextBrowser(m_pages))
    , m_bar(new GenerationBar(jobs, kind == StudyItemKind::Summary ? StudyTask::Summary : StudyTask::KeyTerms, this))
{
    const bool summary = kind == StudyItemKind::Summary;
    setObjectName(summary ? u"summaryView"_s : u"keyTermsView"_s);
    m_browser->setObjectName(summary ? u"summaryBrowser"_s : u"keyTermsBrowser"_s);
    m_browser->setAccessibleName(summary ? tr("Summary") : tr("Key terms"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(14);
    m_empty->setObjectName(summary ? u"summaryEmpty"_s : u"keyTermsEmpty"_s);
    m_empty->setText(emptyMessage());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_browser);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_pages, 1);

    connect(service, &LibraryService::studyItemsChanged, this, [this](const QString &lectureId) {
        if (lectureId == m_lectureId)
            reload();
    });
    connect(jobs, &StudyMaterialJobs::summaryDelta, this, &StudyMaterialView::appendStreamed);
    connect(jobs, &StudyMaterialJobs::finished, this, [this](const QString &lectureId, StudyTask task, const StudyMaterialOutcome &outcome) {
        if (lectureId != m_lectureId || task != m_bar->generationTask())
            return;
        // After success the library's change reloads the stored text; otherwise the old one comes back.
        const bool streamed = !m_streamed.isEmpty();
        m_streamed.clear();
        if (outcome.ok())
            m_bar->setHasMaterial(true);
        else if (streamed)
            reload();
    });
}

void StudyMaterialView::appendStreamed(const QString &lectureId, const QString &text)
{
    if (m_kind != StudyItemKind::Summary || lectureId != m_lectureId || text.isEmpty())
        return;
    QScrollBar *scroll = m_browser->verticalScrollBar();
    const bool following = m_streamed.isEmpty() || scroll->value() == scroll->maximum();
    m_streamed += text;
    m_browser->setMarkdown(m_streamed);
    m_pages->setCurrentWidget(m_browser);
    // Reading along keeps the newest words in view; a student who scrolled up stays where they are.
    if (following)
        scroll->setValue(scroll->maximum());
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
    m_streamed.clear();
    m_bar->setLecture(lectureId);
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
        if (!m_streamed.isEmpty())
            return; // a new summary is streaming in; the stored one would replace it until it is done
        m_browser->setMarkdown(markdown);
        m_pages->setCurrentWidget(markdown.isEmpty() ? static_cast<QWidget *>(m_empty) : m_browser);
        m_bar->setHasMaterial(!markdown.isEmpty());
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
    m_bar->setHasMaterial(!terms.isEmpty());
}

} // namespace lectern
