#include "lecture/NotesEditor.h"

#include "library/LibraryService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

NotesEditor::NotesEditor(LibraryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_previewButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(m_pages))
    , m_preview(new QTextBrowser(m_pages))
{
    setObjectName(u"notesEditor"_s);

    m_previewButton->setObjectName(u"notesPreviewButton"_s);
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewButton->setToolTip(
        tr("Show the notes formatted (%1)").arg(m_previewButton->shortcut().toString(QKeySequence::NativeText)));
    m_previewButton->setAccessibleName(tr("Preview notes"));

    m_status->setObjectName(u"notesStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAccessibleName(tr("Notes status"));

    m_editor->setObjectName(u"notesEdit"_s);
    m_editor->setAccessibleName(tr("Notes"));
    m_editor->setPlaceholderText(tr("Write your notes in Markdown: # heading, **bold**, - list item …"));
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(u"notesPreview"_s);
    m_preview->setAccessibleName(tr("Notes preview"));
    m_preview->setOpenExternalLinks(true);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_preview);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_previewButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &NotesEditor::saveNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showingStored)
            return;
        m_dirty = true;
        m_status->setText(tr("Edited"));
        m_autosave.start();
    });
    connect(m_previewButton, &QToolButton::toggled, this, &NotesEditor::setPreviewVisible);
    connect(service, &LibraryService::notesChanged, this, [this](const QString &lectureId) {
        // A change from elsewhere (sync, another window); never over the student's own typing.
        if (lectureId == m_lectureId && !hasUnsavedChanges())
            load();
    });
    m_editor->setEnabled(false);
}

QString NotesEditor::statusText() const
{
    return m_status->text();
}

void NotesEditor::setLecture(const QString &lectureId)
{
    if (lectureId == m_lectureId)
        return;
    saveNow();
    m_lectureId = lectureId;
    m_loaded = false;
    m_dirty = false;
    m_status->clear();
    showText(QString());
    m_editor->setEnabled(false);
    load();
}

void NotesEditor::load()
{
    if (!m_service || m_lectureId.isEmpty())
        return;
    const QString lectureId = m_lectureId;
    m_service->submit([lectureId](LibraryStore &store) { return store.note(lectureId); })
        .then(this, [this, lectureId](Result<Note> note) {
            if (lectureId != m_lectureId || hasUnsavedChanges())
                return;
            if (!note) {
                m_status->setText(tr("Could not read the notes: %1").arg(note.error().message));
                return;
            }
            if (note->markdown != m_editor->toPlainText())
                showText(note->markdown);
            m_editor->setEnabled(true);
            m_loaded = true;
            emit loaded();
        });
}

void NotesEditor::showText(const QString &markdown)
{
    m_showingStored = true;
    const int cursor = m_editor->textCursor().position();
    m_editor->setPlainText(markdown);
    QTextCursor restored = m_editor->textCursor();
    restored.setPosition(std::min<int>(cursor, int(markdown.size())));
    m_editor->setTextCursor(restored);
    m_showingStored = false;
    if (m_previewButton->isChecked())
        m_preview->setMarkdown(markdown);
}

void NotesEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || !m_service || m_lectureId.isEmpty())
        return;
    m_dirty = false;
    ++m_saving;
    m_status->setText(tr("Saving…"));
    const QString lectureId = m_lectureId;
    const QString markdown = m_editor->toPlainText();
    m_service->submit([lectureId, markdown](LibraryStore &store) { return store.setNote(lectureId, markdown); })
        .then(this, [this, lectureId](Status stored) {
            --m_saving;
            if (lectureId != m_lectureId)
                return;
            if (!stored) {
                // Kept as unsaved, so the next edit or leaving the lecture tries again.
                m_dirty = true;
                m_status->setText(tr("Could not save your notes: %1").arg(stored.error().message));
                return;
            }
            if (!hasUnsavedChanges())
                m_status->setText(tr("Saved"));
            emit saved(lectureId);
        });
}

void NotesEditor::setPreviewVisible(bool visible)
{
    if (m_previewButton->isChecked() != visible)
        m_previewButton->setChecked(visible);
    if (visible)
        m_preview->setMarkdown(m_editor->toPlainText());
    m_pages->setCurrentWidget(visible ? static_cast<QWidget *>(m_preview) : m_editor);
}

void NotesEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

} // namespace lectern
