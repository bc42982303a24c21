#include "search/SearchPalette.h"

#include "library/LibraryService.h"
#include "library/LibraryStore.h"
#include "search/SearchHitDelegate.h"
#include "search/SearchResultsModel.h"

#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
constexpr int kResultLimit = 30;
// Long enough that a fast typist's keystrokes make one search, short enough to feel immediate.
constexpr int kDebounceMs = 120;
constexpr int kPreferredWidth = 680;
constexpr int kMargin = 24;
} // namespace

SearchPalette::SearchPalette(LibraryService *service, QWidget *window)
    : QFrame(window)
    , m_service(service)
    , m_field(new QLineEdit(this))
    , m_ask(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_results(new QListView(this))
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"searchPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search transcripts and notes, or ask a question"));
    m_field->setAccessibleName(tr("Search lectures"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    QFont larger = m_field->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_field->setFont(larger);

    m_ask->setObjectName(u"askButton"_s);
    m_ask->setFlat(true);
    m_ask->setIcon(QIcon::fromTheme(u"help-faq"_s));
    m_ask->setAccessibleName(tr("Ask your lectures"));
    m_ask->setToolTip(tr("Answer this from your own lectures with Groq, citing where it was said (%1)")
                          .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_ask->setFocusPolicy(Qt::NoFocus);
    m_ask->setStyleSheet(u"text-align: left; padding: 4px 6px;"_s);

    m_status->setObjectName(u"searchStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(6, 4, 6, 4);

    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setFrameShape(QFrame::NoFrame);
    // Typing stays in the field; the list follows Up and Down sent from there.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_ask);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPalette::search);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        m_activateWhenFound = false;
        updateAskButton();
        m_searching = !m_field->text().trimmed().isEmpty();
        m_debounce->start();
    });
    connect(m_results, &QAbstractItemView::clicked, this, &SearchPalette::activate);
    connect(m_ask, &QPushButton::clicked, this, &SearchPalette::askQuestion);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isAncestorOf(now) && now != this)
            dismiss();
    });
    window->installEventFilter(this);

    updateAskButton();
    showResults(QList<SearchHit>(), QString());
    hide();
}

SearchPalette::~SearchPalette()
{
    cancelPendingSearch();
}

void SearchPalette::cancelPendingSearch()
{
    // Only a search still queued or running: cancelling a finished future whose continuation had
    // already run crashed inside QFutureInterfaceBase::cancel() with Debian's Qt 6.4.
    if (!m_pending.isFinished())
        m_pending.cancel();
}

void SearchPalette::open()
{
    if (!isVisible())
        m_previousFocus = QApplication::focusWidget();
    placeOverWindow();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPalette::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void SearchPalette::search()
{
    cancelPendingSearch();
    const QString query = m_field->text().trimmed();
    if (query.isEmpty()) {
        m_searching = false;
        showResults(QList<SearchHit>(), query);
        return;
    }
    m_searching = true;
    m_pending = m_service->submit([query](LibraryStore &store) { return store.search(query, kResultLimit); });
    m_pending.then(this, [this, query](const Result<QList<SearchHit>> &hits) {
        // An answer for text the student has since changed is dropped; its successor is coming.
        if (query != m_field->text().trimmed())
            return;
        m_searching = false;
        showResults(hits, query);
        if (std::exchange(m_activateWhenFound, false))
            activate(m_results->currentIndex());
    });
}

void SearchPalette::showResults(const Result<QList<SearchHit>> &hits, const QString &query)
{
    if (!hits) {
        m_model->clear();
        m_status->setText(tr("Could not search: %1").arg(hits.error().message));
    } else {
        m_model->setHits(*hits);
        if (query.isEmpty())
            m_status->setText(tr("Type a word from a lecture or your notes. Enter opens it at that moment."));
        else if (hits->isEmpty())
            m_status->setText(tr("Nothing in your lectures or notes matches \u201c%1\u201d.").arg(query));
    }
    const bool found = m_model->rowCount() > 0;
    m_status->setVisible(!found);
    m_results->setVisible(found);
    if (found)
        m_results->setCurrentIndex(m_model->index(0, 0));
    adjustSize();
    placeOverWindow();
}

void SearchPalette::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SearchHit hit = m_model->hitAt(index.row());
    dismiss();
    emit hitActivated(hit);
}

void SearchPalette::askQuestion()
{
    const QString question = m_field->text().simplified();
    if (question.isEmpty())
        return;
    dismiss();
    emit askRequested(question);
}

void SearchPalette::updateAskButton()
{
    const QString question = m_field->text().simplified();
    m_ask->setVisible(!question.isEmpty());
    m_ask->setText(tr("Ask your lectures: \u201c%1\u201d").arg(m_ask->fontMetrics().elidedText(question, Qt::ElideRight, 420)));
}

void SearchPalette::placeOverWindow()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    const int width = std::min(kPreferredWidth, window->width() - 2 * kMargin);
    const int maxHeight = std::max(160, window->height() * 2 / 3);
    // As tall as its results (up to two thirds of the window), not taller.
    int height = sizeHint().height();
    if (m_results->isVisible()) {
        const int rows = m_model->rowCount();
        height += rows * m_results->sizeHintForRow(0) + 2 * m_results->frameWidth() - m_results->sizeHint().height();
    }
    height = std::min(maxHeight, height);
    setGeometry((window->width() - width) / 2, kMargin * 2, width, height);
}

void SearchPalette::dismiss()
{
    if (!isVisible())
        return;
    hide();
    if (m_previousFocus && m_previousFocus->isVisible())
        m_previousFocus->setFocus(Qt::OtherFocusReason);
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        placeOverWindow();
        return false;
    }
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_results, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (key->modifiers().testFlag(Qt::ControlModifier)) {
            askQuestion();
        } else {
            // Enter opens the best match for the text as typed, not what was on screen a
            // keystroke ago: while that search runs, it is opened when it answers.
            if (m_debounce->isActive() || m_searching)
                m_activateWhenFound = true;
            else
                activate(m_results->currentIndex());
        }
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace lectern
