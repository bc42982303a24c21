#include "cards/MoveCardsDialog.h"

#include "library/CourseColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern {

MoveCardsDialog::MoveCardsDialog(const QList<Course> &courses, int cardCount, QWidget *parent)
    : QDialog(parent), m_target(new QComboBox(this))
{
    setObjectName(QStringLiteral("moveCardsDialog"));
    setWindowTitle(tr("Move Cards"));
    auto *prompt = new QLabel(tr("Move %n card(s) to:", nullptr, cardCount), this);
    m_target->setObjectName(QStringLiteral("moveCardsTarget"));
    m_target->setAccessibleName(tr("Course"));
    for (const Course &course : courses) {
        if (!course.archived)
            m_target->addItem(CourseColours::swatchIcon(CourseColours::displayColour(course), 12), course.name, course.id);
    }
    m_target->addItem(tr("No course"), QString());
    prompt->setBuddy(m_target);
    auto *note = new QLabel(tr("Cards from another course join its cards written by hand."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_target);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString MoveCardsDialog::courseId() const
{
    return m_target->currentData().toString();
}

} // namespace lectern
