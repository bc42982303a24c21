#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace lectern {

class LibraryService;
class ReviewPage;

// Flashcard review in the window: Study › Review Due Cards (Ctrl+R) starts a sitting with the
// cards due now and shows the review page in the window's central area.
class ReviewFeature : public QObject
{
    Q_OBJECT

public:
    // `showPage` puts the page in the window's central area (and takes ownership of it).
    // `service` must outlive the feature.
    ReviewFeature(LibraryService &service, QMenu *studyMenu, std::function<void(QWidget *)> showPage,
                  QObject *parent = nullptr);
    ~ReviewFeature() override;

    QAction *reviewAction() const { return m_reviewAction; }
    // Null until the student first reviews.
    ReviewPage *page() const;

public slots:
    void review();

signals:
    // The student wants to hear where the card comes from: open the lecture and play from there.
    void showInLectureRequested(const QString &lectureId, qint64 positionMs);

private:
    LibraryService &m_service;
    std::function<void(QWidget *)> m_showPage;
    QAction *m_reviewAction;
    QPointer<ReviewPage> m_page;
};

} // namespace lectern
