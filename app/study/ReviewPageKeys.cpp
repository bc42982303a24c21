// The review page's keyboard: which key does what, and when it means something.
#include "study/ReviewPage.h"

#include "study/ReviewController.h"

#include <QKeyEvent>

namespace lectern {

bool ReviewPage::isAvailable(ReviewCommand command) const
{
    if (m_editing)
        return false;
    const ReviewSnapshot &shown = m_controller->snapshot();
    const bool hasCard = shown.state == ReviewSnapshot::State::Card;
    switch (command) {
    case ReviewCommand::None:
        return false;
    case ReviewCommand::Reveal:
        return hasCard && !shown.revealed;
    case ReviewCommand::RateAgain:
    case ReviewCommand::RateHard:
    case ReviewCommand::RateGood:
    case ReviewCommand::RateEasy:
        return hasCard && shown.revealed;
    case ReviewCommand::Undo:
        return shown.canUndo;
    case ReviewCommand::Edit:
    case ReviewCommand::Suspend:
    case ReviewCommand::Bury:
        return hasCard;
    case ReviewCommand::ShowInLecture:
        return hasCard && shown.source.has_value();
    }
    return false;
}

void ReviewPage::perform(ReviewCommand command)
{
    switch (command) {
    case ReviewCommand::None:
        break;
    case ReviewCommand::Reveal:
        m_controller->reveal();
        break;
    case ReviewCommand::RateAgain:
    case ReviewCommand::RateHard:
    case ReviewCommand::RateGood:
    case ReviewCommand::RateEasy:
        m_controller->rate(static_cast<Rating>(int(command) - int(ReviewCommand::RateAgain) + 1));
        break;
    case ReviewCommand::Undo:
        m_controller->undo();
        break;
    case ReviewCommand::Edit:
        startEditing();
        break;
    case ReviewCommand::Suspend:
        m_controller->suspendCurrent();
        break;
    case ReviewCommand::Bury:
        m_controller->buryCurrent();
        break;
    case ReviewCommand::ShowInLecture:
        requestShowInLecture();
        break;
    }
}

bool ReviewPage::event(QEvent *event)
{
    // Ctrl+Z also undoes library edits from the Edit menu: while an answer can be taken back the
    // page claims the key (and the others it answers to), so the two never fight over it.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isAvailable(reviewCommandFor(*key))) {
            key->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void ReviewPage::keyPressEvent(QKeyEvent *event)
{
    const ReviewCommand command = reviewCommandFor(*event);
    if (isAvailable(command)) {
        perform(command);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lectern
