#include "study/ReviewCardView.h"

#include "shell/Typography.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QLabel *makeCardText(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selectable text would otherwise take the keyboard focus the page answers keys with.
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

QString kindName(QueuedCard::Kind kind)
{
    switch (kind) {
    case QueuedCard::Kind::New:
        return ReviewCardView::tr("New card");
    case QueuedCard::Kind::Learning:
        return ReviewCardView::tr("Learning");
    case QueuedCard::Kind::Review:
        return ReviewCardView::tr("Review");
    }
    return {};
}
} // namespace

ReviewCardView::ReviewCardView(QWidget *parent)
    : QFrame(parent)
    , m_kind(new QLabel(this))
    , m_front(makeCardText(u"reviewFront"_s, this))
    , m_rule(new QWidget(this))
    , m_back(makeCardText(u"reviewBack"_s, this))
{
    setObjectName(u"reviewCard"_s);
    setAccessibleName(tr("Card"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_kind->setObjectName(u"reviewCardKind"_s);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_front->setAccessibleName(tr("Question"));
    m_back->setAccessibleName(tr("Answer"));
    m_rule->setFixedHeight(1);
    m_rule->setAutoFillBackground(true);
    m_rule->setBackgroundRole(QPalette::Window);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 28);
    layout->setSpacing(18);
    layout->addWidget(m_kind, 0, Qt::AlignLeft);
    layout->addStretch(2);
    layout->addWidget(m_front);
    layout->addWidget(m_rule);
    layout->addWidget(m_back);
    layout->addStretch(3);
    updateFonts();
    updateRule();
}

void ReviewCardView::showCard(const ReviewSnapshot &snapshot)
{
    m_kind->setText(kindName(snapshot.kind));
    m_front->setText(snapshot.card.front);
    m_back->setText(snapshot.card.back);
    m_rule->setVisible(snapshot.revealed);
    m_back->setVisible(snapshot.revealed);
}

QString ReviewCardView::front() const
{
    return m_front->text();
}

QString ReviewCardView::back() const
{
    return m_back->text();
}

bool ReviewCardView::isBackShown() const
{
    return m_back->isVisibleTo(this);
}

void ReviewCardView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    else if (event->type() == QEvent::PaletteChange)
        updateRule();
}

void ReviewCardView::updateRule()
{
    // A faint line in any palette: the palette's own Mid is all but invisible on a dark Base.
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    constexpr double kInk = 0.2;
    const QColor line = QColor::fromRgbF(float(base.redF() + (text.redF() - base.redF()) * kInk),
                                         float(base.greenF() + (text.greenF() - base.greenF()) * kInk),
                                         float(base.blueF() + (text.blueF() - base.blueF()) * kInk));
    QPalette rulePalette = m_rule->palette();
    rulePalette.setColor(QPalette::Window, line);
    m_rule->setPalette(rulePalette);
}

void ReviewCardView::updateFonts()
{
    // Derived from the card's own font, so the student's font size carries through.
    QFont question = Typography::heading(font());
    question.setWeight(QFont::Medium);
    m_front->setFont(question);
    m_back->setFont(Typography::subheading(Typography::subheading(font())));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() > 0 ? small.pointSizeF() * 0.9 : small.pointSizeF());
    small.setCapitalization(QFont::AllUppercase);
    small.setLetterSpacing(QFont::PercentageSpacing, 106);
    m_kind->setFont(small);
}

} // namespace lectern
