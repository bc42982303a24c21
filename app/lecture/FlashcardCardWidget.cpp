#include "lecture/FlashcardCardWidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

FlashcardCardWidget::FlashcardCardWidget(Mode mode, const QString &front, const QString &back, const QString &moment,
                                         QWidget *parent)
    : QFrame(parent)
    , m_front(new QLabel(front, this))
    , m_back(new QLabel(back, this))
    , m_frontEdit(new QLineEdit(front, this))
    , m_backEdit(new QLineEdit(back, this))
    , m_reading(new QWidget(this))
    , m_editing(new QWidget(this))
    , m_moment(new QPushButton(this))
{
    setObjectName(mode == Mode::Suggestion ? u"suggestedCard"_s : u"acceptedCard"_s);
    setAccessibleName(front);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // As tall as its text: a list of cards should not stretch one of them to fill the page.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    QFont bold = m_front->font();
    bold.setBold(true);
    for (QLabel *label : {m_front, m_back}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_front->setFont(bold);
    m_frontEdit->setObjectName(u"cardFrontEdit"_s);
    m_frontEdit->setAccessibleName(tr("Front of the card"));
    m_backEdit->setObjectName(u"cardBackEdit"_s);
    m_backEdit->setAccessibleName(tr("Back of the card"));

    auto *readingLayout = new QVBoxLayout(m_reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(4);
    readingLayout->addWidget(m_front);
    readingLayout->addWidget(m_back);
    auto *editingLayout = new QFormLayout(m_editing);
    editingLayout->setContentsMargins(0, 0, 0, 0);
    editingLayout->addRow(tr("Front"), m_frontEdit);
    editingLayout->addRow(tr("Back"), m_backEdit);
    m_editing->hide();
    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_reading);
    text->addWidget(m_editing);
    text->addStretch();

    m_moment->setObjectName(u"cardMomentButton"_s);
    m_moment->setFlat(true);
    m_moment->setCursor(Qt::PointingHandCursor);
    m_moment->setIcon(QIcon::fromTheme(u"media-playback-start"_s, style()->standardIcon(QStyle::SP_MediaPlay)));
    m_moment->setText(moment);
    m_moment->setToolTip(tr("Play the lecture from %1").arg(moment));
    m_moment->setAccessibleName(tr("Play the lecture from %1").arg(moment));
    m_moment->setVisible(!moment.isEmpty());
    connect(m_moment, &QPushButton::clicked, this, &FlashcardCardWidget::momentActivated);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addLayout(text, 1);
    auto *side = new QVBoxLayout;
    side->setSpacing(4);
    side->addWidget(m_moment, 0, Qt::AlignRight);
    if (mode == Mode::Suggestion) {
        m_accept = new QPushButton(QIcon::fromTheme(u"dialog-ok"_s), tr("Accept"), this);
        m_accept->setObjectName(u"acceptCardButton"_s);
        m_edit = new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("Edit"), this);
        m_edit->setObjectName(u"editCardButton"_s);
        m_edit->setCheckable(true);
        m_reject = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("Reject"), this);
        m_reject->setObjectName(u"rejectCardButton"_s);
        for (QPushButton *button : {m_accept, m_edit, m_reject})
            button->setAccessibleDescription(front);
        auto *buttons = new QHBoxLayout;
        buttons->setSpacing(6);
        buttons->addWidget(m_accept);
        buttons->addWidget(m_edit);
        buttons->addWidget(m_reject);
        side->addLayout(buttons);
        connect(m_accept, &QPushButton::clicked, this, &FlashcardCardWidget::acceptRequested);
        connect(m_reject, &QPushButton::clicked, this, &FlashcardCardWidget::rejectRequested);
        connect(m_edit, &QPushButton::toggled, this, &FlashcardCardWidget::setEditing);
    }
    side->addStretch();
    layout->addLayout(side);
}

QString FlashcardCardWidget::front() const
{
    return m_frontEdit->text().trimmed();
}

QString FlashcardCardWidget::back() const
{
    return m_backEdit->text().trimmed();
}

bool FlashcardCardWidget::isEditing() const
{
    return !m_editing->isHidden();
}

void FlashcardCardWidget::setEditing(bool editing)
{
    if (!editing) {
        // Leaving the fields shows what Accept will keep.
        m_front->setText(front());
        m_back->setText(back());
    }
    m_reading->setVisible(!editing);
    m_editing->setVisible(editing);
    if (m_edit) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setChecked(editing);
        m_edit->setText(editing ? tr("Done") : tr("Edit"));
    }
    if (editing)
        m_frontEdit->setFocus();
}

void FlashcardCardWidget::setBusy(bool busy)
{
    for (QPushButton *button : {m_accept, m_edit, m_reject}) {
        if (button)
            button->setEnabled(!busy);
    }
}

} // namespace lectern
