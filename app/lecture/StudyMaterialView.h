#pragma once

#include "library/Entities.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace lectern {

class GenerationBar;
class LibraryService;
class StudyMaterialJobs;

// What the library holds of one kind of generated study material for a lecture (its summary or
// its key terms), rendered for reading, and reloaded whenever it is regenerated. Generate and
// Regenerate ask Groq for new material; a summary is shown as it streams in.
class StudyMaterialView : public QWidget
{
    Q_OBJECT

public:
    // `kind` is StudyItemKind::Summary or StudyItemKind::KeyTerm.
    StudyMaterialView(LibraryService *service, StudyMaterialJobs *jobs, StudyItemKind kind, QWidget *parent = nullptr);

    void setLecture(const QString &lectureId);
    bool isLoaded() const { return m_loaded; }
    bool isEmpty() const;
    QTextBrowser *browser() const { return m_browser; }
    GenerationBar *generationBar() const { return m_bar; }

signals:
    void loaded();

private:
    void reload();
    void showItems(const QList<StudyItem> &items);
    QString emptyMessage() const;
    void appendStreamed(const QString &lectureId, const QString &text);

    QPointer<LibraryService> m_service;
    StudyItemKind m_kind;
    QString m_lectureId;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QTextBrowser *m_browser;
    GenerationBar *m_bar;
    // The summary so far while it streams in; empty otherwise.
    QString m_streamed;
    bool m_loaded = false;
};

} // namespace lectern
