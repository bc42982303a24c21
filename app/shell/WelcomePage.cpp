#include "shell/WelcomePage.h"

#include "shell/Typography.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
// Lines much longer than this are hard to read; the page centres a column of this many characters.
constexpr int kColumnWidthInCharacters = 58;
} // namespace

WelcomePage::WelcomePage(QAction *newCourse, QWidget *parent)
    : QWidget(parent)
    , m_createCourse(new QPushButton(tr("Create Your First Course…"), this))
    , m_import(new QPushButton(tr("Import a Recording…"), this))
    , m_addKey(new QPushButton(tr("Add Your Groq Key…"), this))
    , m_sample(new QPushButton(tr("Try a Sample Lecture"), this))
{
    setObjectName(u"welcomePage"_s);
    setAccessibleName(tr("Welcome"));

    auto *title = new QLabel(tr("Welcome to Lectern"), this);
    title->setObjectName(u"welcomeTitle"_s);
    title->setFont(Typography::heading(font()));
    title->setWordWrap(true);

    auto *body = new QLabel(tr("Lectern keeps your lectures in courses. Start with one course for each class you "
                               "are taking, such as “Cell Biology” or “Linear Algebra”; you can rename, recolour "
                               "or delete it later."),
                            this);
    body->setObjectName(u"welcomeText"_s);
    body->setFont(Typography::subheading(font()));
    body->setWordWrap(true);

    m_createCourse->setObjectName(u"createFirstCourseButton"_s);
    m_createCourse->setAccessibleName(tr("Create your first course"));
    m_createCourse->setDefault(true);
    connect(m_createCourse, &QPushButton::clicked, newCourse, &QAction::trigger);

    m_import->setObjectName(u"welcomeImportButton"_s);
    m_import->setAccessibleName(tr("Import a recording"));
    m_addKey->setObjectName(u"welcomeAddKeyButton"_s);
    m_addKey->setAccessibleName(tr("Add your Groq key"));
    m_sample->setObjectName(u"welcomeSampleButton"_s);
    m_sample->setAccessibleName(tr("Try a sample lecture"));
    m_sample->setToolTip(tr("Imports a one-minute spoken lecture about osmosis into a new “Sample Course”"));
    // Hidden until setFirstStepActions() gives them something to do.
    m_import->hide();
    m_addKey->hide();
    m_sample->hide();

    auto *firstSteps = new QLabel(tr("Lectern transcribes recordings with Groq's speech recognition, which needs "
                                     "your own Groq API key."),
                                  this);
    firstSteps->setObjectName(u"welcomeFirstStepsText"_s);
    firstSteps->setWordWrap(true);

    auto *hint = new QLabel(this);
    hint->setObjectName(u"welcomeHint"_s);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    const QString shortcut = newCourse->shortcut().toString(QKeySequence::NativeText);
    hint->setText(tr("Tip: %1 creates another course at any time.").arg(shortcut));

    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * kColumnWidthInCharacters);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(title);
    columnLayout->addWidget(body);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_createCourse, 0, Qt::AlignLeft);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(firstSteps);
    auto *firstStepButtons = new QHBoxLayout;
    firstStepButtons->setSpacing(8);
    firstStepButtons->addWidget(m_addKey);
    firstStepButtons->addWidget(m_import);
    firstStepButtons->addStretch(1);
    columnLayout->addLayout(firstStepButtons);
    // On its own row: three buttons side by side do not fit the column and get their labels cut.
    columnLayout->addWidget(m_sample, 0, Qt::AlignLeft);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(hint);

    // Stretches rather than alignment flags: an aligned widget gets its size hint, and a word-wrapped
    // label's hint is too narrow, so the text would be cut off instead of wrapping.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void WelcomePage::setFirstStepActions(QAction *importRecordings, QAction *settings, QAction *trySample)
{
    connect(m_import, &QPushButton::clicked, importRecordings, &QAction::trigger);
    connect(m_addKey, &QPushButton::clicked, settings, &QAction::trigger);
    connect(m_sample, &QPushButton::clicked, trySample, &QAction::trigger);
    m_import->show();
    m_addKey->show();
    m_sample->show();
}

void WelcomePage::setGroqKeySaved(bool saved)
{
    m_addKey->setText(saved ? tr("Groq Key Saved ✓ — Change…") : tr("Add Your Groq Key…"));
    m_addKey->setAccessibleName(saved ? tr("Change your saved Groq key") : tr("Add your Groq key"));
}

} // namespace lectern
