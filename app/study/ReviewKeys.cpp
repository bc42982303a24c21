#include "study/ReviewKeys.h"

#include <QKeyEvent>

namespace lectern {

ReviewCommand reviewCommandFor(const QKeyEvent &event)
{
    if (event.matches(QKeySequence::Undo))
        return ReviewCommand::Undo;
    if ((event.modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return ReviewCommand::None;
    switch (event.key()) {
    case Qt::Key_Space:
        return ReviewCommand::Reveal;
    case Qt::Key_1:
        return ReviewCommand::RateAgain;
    case Qt::Key_2:
        return ReviewCommand::RateHard;
    case Qt::Key_3:
        return ReviewCommand::RateGood;
    case Qt::Key_4:
        return ReviewCommand::RateEasy;
    case Qt::Key_E:
        return ReviewCommand::Edit;
    case Qt::Key_S:
        return ReviewCommand::Suspend;
    case Qt::Key_B:
    case Qt::Key_Minus:
        return ReviewCommand::Bury;
    case Qt::Key_L:
        return ReviewCommand::ShowInLecture;
    default:
        return ReviewCommand::None;
    }
}

} // namespace lectern
