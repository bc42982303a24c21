#include "study/ReviewCardEditor.h"

#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QPlainTextEdit *makeSideEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    // Tab is for moving to the other side and the buttons, as in a form; cards need no tabs.
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

ReviewCardEditor::ReviewCardEditor(QWidget *parent)
    : QWidget(parent)
    , m_front(makeSideEdit(u"reviewCardEditorFront"_s, tr("Front of the card"), this))
    , m_back(makeSideEdit(u"reviewCardEditorBack"_s, tr("Back of the card"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"reviewCardEditor"_s);
    setAccessibleName(tr("Edit card"));

    m_save->setObjectName(u"reviewCardEditorSave"_s);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the card; its schedule stays as it is (Ctrl+Return)"));
    m_cancel->setObjectName(u"reviewCardEditorCancel"_s);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setToolTip(tr("Leave the card as it was (Esc)"));

    auto *frontLabel = new QLabel(tr("&Front"), this);
    frontLabel->setBuddy(m_front);
    auto *backLabel = new QLabel(tr("&Back"), this);
    backLabel->setBuddy(m_back);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frontLabel);
    layout->addWidget(m_front, 1);
    layout->addWidget(backLabel);
    layout->addWidget(m_back, 2);
    layout->addLayout(buttons);

    // The text fields take Ctrl+Return for a new line themselves, so they are asked first.
    m_front->installEventFilter(this);
    m_back->installEventFilter(this);

    connect(m_save, &QPushButton::clicked, this, &ReviewCardEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewCardEditor::cancelled);
    connect(m_front, &QPlainTextEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_front->toPlainText().trimmed().isEmpty()); });
}

void ReviewCardEditor::edit(const QString &front, const QString &back)
{
    m_front->setPlainText(front);
    m_back->setPlainText(back);
    m_front->selectAll();
    m_front->setFocus(Qt::OtherFocusReason);
}

bool ReviewCardEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool saveKey = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                             && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
        if (saveKey) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewCardEditor::save()
{
    // A card without a question could never be answered.
    const QString front = m_front->toPlainText().trimmed();
    if (front.isEmpty())
        return;
    emit saveRequested(front, m_back->toPlainText().trimmed());
}

} // namespace lectern
