#include "library/CourseDialog.h"

#include "library/CourseColours.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern {

namespace {
// Long enough for "Introduction to Theoretical Computer Science II (Tutorial)", short enough to
// keep the sidebar readable.
constexpr int kMaxNameLength = 120;
} // namespace

CourseDialog::CourseDialog(Purpose purpose, const QString &name, const QColor &colour, QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(name, this))
    , m_swatches(new QButtonGroup(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("courseDialog"));
    setWindowTitle(purpose == Purpose::Create ? tr("New Course") : tr("Rename Course"));

    m_nameEdit->setObjectName(QStringLiteral("courseNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Cell Biology"));
    m_nameEdit->setMaxLength(kMaxNameLength);
    m_nameEdit->setAccessibleName(tr("Course name"));
    m_nameEdit->setMinimumWidth(m_nameEdit->fontMetrics().averageCharWidth() * 36);
    m_nameEdit->selectAll();

    auto *swatchRow = new QHBoxLayout;
    swatchRow->setSpacing(4);
    m_swatches->setExclusive(true);
    bool presetFound = false;
    for (const CourseColours::Preset &preset : CourseColours::presets()) {
        addSwatch(preset.colour, preset.name);
        presetFound = presetFound || preset.colour == colour;
    }
    if (colour.isValid() && !presetFound)
        addSwatch(colour, tr("Current colour (%1)").arg(CourseColours::toStoredForm(colour)));
    const qsizetype selected = colour.isValid() ? m_colours.indexOf(colour) : 0;
    m_swatches->button(int(qMax<qsizetype>(0, selected)))->setChecked(true);
    for (QAbstractButton *button : m_swatches->buttons())
        swatchRow->addWidget(button);
    swatchRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *colourLabel = new QLabel(tr("Colour:"), this);
    form->addRow(colourLabel, swatchRow);

    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Create ? tr("Create") : tr("Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CourseDialog::updateAcceptButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    updateAcceptButton();
}

void CourseDialog::addSwatch(const QColor &colour, const QString &colourName)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setIcon(CourseColours::swatchIcon(colour, 20));
    button->setIconSize(QSize(20, 20));
    button->setToolTip(colourName);
    button->setAccessibleName(colourName);
    m_swatches->addButton(button, int(m_colours.size()));
    m_colours.append(colour);
}

QString CourseDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

QColor CourseDialog::colour() const
{
    const int id = m_swatches->checkedId();
    return id >= 0 ? m_colours.at(id) : QColor();
}

void CourseDialog::updateAcceptButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
}

} // namespace lectern
