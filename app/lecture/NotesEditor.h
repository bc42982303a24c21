#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace lectern {

class LibraryService;

// The student's Markdown notes on a lecture, with a rendered preview. Typing saves by itself a
// moment after the student pauses, and at once when they leave the lecture or the page; the
// write goes through the library's worker, never the UI thread.
class NotesEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 800;

    explicit NotesEditor(LibraryService *service, QWidget *parent = nullptr);

    // Saves what is pending for the current lecture, then loads the note of `lectureId`.
    void setLecture(const QString &lectureId);
    bool isLoaded() const { return m_loaded; }
    bool hasUnsavedChanges() const { return m_dirty || m_saving > 0; }

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QToolButton *previewButton() const { return m_previewButton; }
    QString statusText() const;

public slots:
    void saveNow();
    void setPreviewVisible(bool visible);

signals:
    void loaded();
    void saved(const QString &lectureId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void load();
    void showText(const QString &markdown);

    QPointer<LibraryService> m_service;
    QString m_lectureId;
    QToolButton *m_previewButton;
    QLabel *m_status;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QTimer m_autosave;
    bool m_loaded = false;
    bool m_dirty = false;
    int m_saving = 0;
    // Set while the text is replaced from the library, which is not an edit to save.
    bool m_showingStored = false;
};

} // namespace lectern
