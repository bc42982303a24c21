#pragma once

#include "library/Entities.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace lectern {

class LibraryService;

// What the library holds of one kind of generated study material for a lecture (its summary or
// its key terms), rendered for reading, and reloaded whenever it is regenerated.
class StudyMaterialView : public QWidget
{
    Q_OBJECT

public:
    // `kind` is StudyItemKind::Summary or StudyItemKind::KeyTerm.
    StudyMaterialView(LibraryService *service, StudyItemKind kind, QWidget *parent = nullptr);

    void setLecture(const QString &lectureId);
    bool isLoaded() const { return m_loaded; }
    bool isEmpty() const;
    QTextBrowser *browser() const { return m_browser; }

signals:
    void loaded();

private:
    void reload();
    void showItems(const QList<StudyItem> &items);
    QString emptyMessage() const;

    QPointer<LibraryService> m_service;
    StudyItemKind m_kind;
    QString m_lectureId;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QTextBrowser *m_browser;
    bool m_loaded = false;
};

} // namespace lectern
