#include "search/AskPage.h"

#include "ai/GroqClient.h"
#include "ai/GroqError.h"
#include "base/Settings.h"
#include "export/Timecode.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"
#include "shell/Typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
enum CitationRole {
    LectureIdRole = Qt::UserRole + 1,
    PositionRole,
};

// "[2]" and "[1, 3]" as they stand in the answer, shown in bold so they stand out as references.
QString emphasiseMarkers(QString markdown)
{
    static const QRegularExpression marker(u"\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]"_s);
    return markdown.replace(marker, u"**[\\1]**"_s);
}
} // namespace

AskPage::AskPage(LibraryService *service, ClientFactory makeClient, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_makeClient(std::move(makeClient))
    , m_question(new QLineEdit(this))
    , m_askButton(new QPushButton(tr("&Ask"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_answer(new QTextBrowser(this))
    , m_sourcesHeading(new QLabel(tr("Where your lectures say so"), this))
    , m_citations(new QListWidget(this))
{
    setObjectName(u"askPage"_s);
    auto *heading = new QLabel(tr("Ask your lectures"), this);
    heading->setFont(Typography::heading(font()));
    heading->setAccessibleName(heading->text());

    m_question->setObjectName(u"askQuestion"_s);
    m_question->setPlaceholderText(tr("What do you want to know? e.g. What does osmosis move?"));
    m_question->setAccessibleName(tr("Question"));
    m_askButton->setObjectName(u"askAgainButton"_s);
    m_askButton->setDefault(true);
    m_cancel->setObjectName(u"askCancelButton"_s);
    m_cancel->hide();
    m_status->setObjectName(u"askStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"askRetryButton"_s);
    m_retry->hide();

    m_answer->setObjectName(u"askAnswer"_s);
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setOpenLinks(false);
    m_answer->setFrameShape(QFrame::NoFrame);
    m_answer->viewport()->setAutoFillBackground(false);
    m_sourcesHeading->setFont(Typography::subheading(font()));
    m_sourcesHeading->hide();
    m_citations->setObjectName(u"askCitations"_s);
    m_citations->setAccessibleName(tr("Cited passages"));
    m_citations->setWordWrap(true);
    m_citations->setToolTip(tr("Open the lecture at this moment"));
    m_citations->hide();

    auto *questionRow = new QHBoxLayout;
    questionRow->addWidget(m_question, 1);
    questionRow->addWidget(m_askButton);
    questionRow->addWidget(m_cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading);
    layout->addLayout(questionRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_citations);

    connect(m_askButton, &QPushButton::clicked, this, &AskPage::start);
    connect(m_question, &QLineEdit::returnPressed, this, &AskPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &AskPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &AskPage::start);
    connect(m_citations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit citationActivated(item->data(LectureIdRole).toString(), item->data(PositionRole).toLongLong());
    });
    connect(m_citations, &QListWidget::itemClicked, m_citations, &QListWidget::itemActivated);
}

AskPage::~AskPage() = default;

void AskPage::ask(const QString &question)
{
    m_question->setText(question);
    start();
}

bool AskPage::isRunning() const
{
    return m_finding || (m_asking && m_asking->isRunning());
}

QString AskPage::statusText() const
{
    return m_status->text();
}

void AskPage::start()
{
    const QString question = m_question->text().simplified();
    if (question.isEmpty())
        return;
    cancel();
    if (!m_asking) {
        // Made on first use, so the settings (base URL, key, model) are read when they are needed.
        m_client = m_makeClient(this);
        LectureQuestionOptions options;
        options.model = Settings().value(Setting::ChatModel);
        m_asking = new LectureQuestion(*m_client, options, this);
        connect(m_asking, &LectureQuestion::answerDelta, this, [this](const QString &text) {
            m_streamed += text;
            m_answer->setMarkdown(emphasiseMarkers(m_streamed));
            setStatus(tr("Writing the answer…"));
        });
        connect(m_asking, &LectureQuestion::finished, this, &AskPage::showFinished);
    }
    m_streamed.clear();
    m_answer->clear();
    m_citations->clear();
    m_citations->hide();
    m_sourcesHeading->hide();
    m_retry->hide();
    m_cancel->show();
    setStatus(tr("Searching your lectures…"));

    const int generation = ++m_generation;
    m_finding = true;
    const int maxPassages = LectureQuestionOptions().maxPassages;
    m_service
        ->submit([question, maxPassages](LibraryStore &store) {
            return LectureQuestion::findPassages(store, question, maxPassages);
        })
        .then(this, [this, generation, question](const Result<QList<Citation>> &passages) {
            if (generation != m_generation)
                return;
            m_finding = false;
            if (passages && !passages->isEmpty())
                setStatus(tr("Asking Groq about %n passage(s)…", nullptr, int(passages->size())));
            m_asking->ask(question, passages);
        });
}

void AskPage::cancel()
{
    if (m_finding) {
        ++m_generation;
        m_finding = false;
        m_cancel->hide();
        setStatus(tr("Cancelled."));
        emit finished();
    }
    if (m_asking && m_asking->isRunning())
        m_asking->cancel();
}

void AskPage::showFinished()
{
    m_cancel->hide();
    if (const std::optional<Error> &error = m_asking->error()) {
        if (error->code == groq::kCancelled) {
            setStatus(tr("Cancelled."));
        } else {
            setStatus(error->message, true);
            m_retry->show();
        }
        emit finished();
        return;
    }
    m_answer->setMarkdown(emphasiseMarkers(m_asking->answer()));
    if (m_asking->nothingFound()) {
        setStatus(tr("Try other words, or import and transcribe the lecture that covers it."));
        emit finished();
        return;
    }
    setStatus(QString());
    const QList<Citation> citations = m_asking->citations();
    for (const Citation &citation : citations) {
        auto *item = new QListWidgetItem(tr("[%1] %2 · %3 — \u201c%4\u201d")
                                             .arg(citation.number)
                                             .arg(citation.lectureTitle, Timecode::duration(citation.startMs), citation.quote),
                                         m_citations);
        item->setData(LectureIdRole, citation.lectureId);
        item->setData(PositionRole, citation.startMs);
        item->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    }
    // Just tall enough for the passages cited, so the answer keeps the room.
    const int rowHeight = citations.isEmpty() ? 0 : m_citations->sizeHintForRow(0);
    m_citations->setFixedHeight(int(citations.size()) * rowHeight + 2 * m_citations->frameWidth() + 4);
    m_sourcesHeading->setVisible(!citations.isEmpty());
    m_citations->setVisible(!citations.isEmpty());
    if (!citations.isEmpty())
        m_citations->setCurrentRow(0);
    emit finished();
}

void AskPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
}

} // namespace lectern
