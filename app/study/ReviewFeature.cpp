#include "study/ReviewFeature.h"

#include "study/ReviewPage.h"

#include <QAction>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

ReviewFeature::ReviewFeature(LibraryService &service, QMenu *studyMenu, std::function<void(QWidget *)> showPage,
                             QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_showPage(std::move(showPage))
    , m_reviewAction(new QAction(QIcon::fromTheme(u"view-task"_s), tr("&Review Due Cards"), this))
{
    m_reviewAction->setObjectName(u"reviewDueCardsAction"_s);
    m_reviewAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_reviewAction->setToolTip(tr("Review the flashcards due today (Ctrl+R)"));
    connect(m_reviewAction, &QAction::triggered, this, &ReviewFeature::review);
    // First in the menu: reviewing is what the Study menu is opened for most.
    if (studyMenu) {
        QAction *first = studyMenu->actions().value(0);
        studyMenu->insertAction(first, m_reviewAction);
        if (first)
            studyMenu->insertSeparator(first);
    }
}

ReviewFeature::~ReviewFeature() = default;

ReviewPage *ReviewFeature::page() const
{
    return m_page;
}

void ReviewFeature::review()
{
    if (!m_page) {
        // Made on first use: most sittings of the window never review.
        m_page = new ReviewPage(m_service);
        connect(m_page, &ReviewPage::showInLectureRequested, this, &ReviewFeature::showInLectureRequested);
    }
    // Today's queue as the library has it now: cards made or answered elsewhere since count.
    m_page->startReview();
    m_showPage(m_page);
    m_page->setFocus(Qt::ShortcutFocusReason);
}

} // namespace lectern
