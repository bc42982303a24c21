#pragma once

#include "library/Entities.h"

#include <QDialog>

class QComboBox;

namespace lectern {

// Asks which course the selected cards go to (archived courses are not offered, "No course" is).
class MoveCardsDialog : public QDialog
{
    Q_OBJECT

public:
    MoveCardsDialog(const QList<Course> &courses, int cardCount, QWidget *parent = nullptr);

    QComboBox *targetBox() const { return m_target; }
    // The chosen course; empty for "No course".
    QString courseId() const;

private:
    QComboBox *m_target;
};

} // namespace lectern
