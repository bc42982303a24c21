#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace lectern {

class LectureStates;
class LibraryService;

// The courses of the library with their lectures beneath them, for the sidebar. Lectures not filed
// under any course are grouped under a last, synthetic "Unfiled Lectures" row while there are any.
//
// All reads go through LibraryService on its worker thread; the model keeps the last answer and
// reloads when the service reports a change (a whole reload for coursesChanged, one course for
// lecturesChanged). The service answers in the order it was asked, so a later answer is never
// older than an earlier one. Updates are applied row by row, so selection and expansion survive.
class LibraryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class ItemKind {
        Course,
        UnfiledGroup,
        Lecture,
    };
    Q_ENUM(ItemKind)

    enum Role {
        ItemKindRole = Qt::UserRole + 1,
        // The course or lecture id; empty for the unfiled group.
        IdRole,
        // For lectures, the id of the course they are filed under.
        CourseIdRole,
        // A lecture's date, duration and transcript state as shown under its title.
        SummaryRole,
        // A lecture's LectureState::Kind (as int) and its words, once setLectureStates() is called.
        LectureStateRole,
        LectureStateTextRole,
        // True for an archived course (listed only while archived courses are shown).
        ArchivedRole,
    };

    explicit LibraryTreeModel(LibraryService *service, QObject *parent = nullptr);
    ~LibraryTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows each lecture's transcript state from `states` (which must outlive the model).
    void setLectureStates(LectureStates *states);

    // Asks the library for everything again; called once by the constructor.
    void reload();
    // Lists archived courses too, after the others; off at first.
    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }
    // True once the first load has answered (successfully or not), so an empty model means
    // "no courses" rather than "not loaded yet".
    bool isLoaded() const { return m_loaded; }
    // Courses only, not the unfiled group.
    int courseCount() const;
    // Why the last full load failed, or nullptr when it succeeded.
    const Error *loadError() const { return m_loadError ? &*m_loadError : nullptr; }

    ItemKind kind(const QModelIndex &index) const;
    // The course of a course row, or nullptr.
    const Course *courseAt(const QModelIndex &index) const;
    // The lecture of a lecture row, or nullptr.
    const Lecture *lectureAt(const QModelIndex &index) const;
    // The lectures under a course row (or the unfiled group).
    QList<Lecture> lecturesAt(const QModelIndex &index) const;
    QModelIndex indexOfCourse(const QString &courseId) const;
    QModelIndex indexOfLecture(const QString &lectureId) const;
    // The colours in use, so a new course can get a different one.
    QList<QColor> courseColours() const;

signals:
    // A load finished and the rows reflect the library. Emitted after every load, not only the first.
    void loaded();
    // The number of courses changed (including the first load).
    void courseCountChanged(int count);
    void loadFailed(const lectern::Error &error);

private:
    struct CourseNode;
    struct Snapshot;

    void scheduleReload();
    void reloadLectures(const QString &courseId);
    void applySnapshot(Snapshot snapshot);
    void applyLectures(CourseNode &node, const QList<Lecture> &lectures);
    void setCourses(std::vector<std::unique_ptr<CourseNode>> fresh);
    int rowOf(const CourseNode *node) const;
    CourseNode *nodeForCourse(const QString &courseId) const;

    QPointer<LibraryService> m_service;
    QPointer<LectureStates> m_states;
    // Courses in the library's order, then the unfiled group if it has lectures. Nodes are heap
    // objects because lecture indexes point at their course node.
    std::vector<std::unique_ptr<CourseNode>> m_courses;
    bool m_loaded = false;
    std::optional<Error> m_loadError;
    // Several changes in one burst (a transaction, an undo) cost one reload.
    bool m_reloadScheduled = false;
    bool m_showArchived = false;
};

} // namespace lectern
