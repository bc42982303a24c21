#include "library/LibraryTreeModel.h"

#include "library/CourseColours.h"
#include "library/LectureStates.h"
#include "library/LibraryFormat.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"
#include "library/RowSync.h"

#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLibraryModel, "lectern.app.library")

namespace lectern {

struct LibraryTreeModel::CourseNode
{
    // For the unfiled group: an empty id and a translated name.
    Course course;
    QList<Lecture> lectures;
    bool unfiled = false;
};

struct LibraryTreeModel::Snapshot
{
    QList<Course> courses;
    QList<QList<Lecture>> lecturesByCourse;
    QList<Lecture> unfiled;
};

namespace {

QString unfiledGroupName()
{
    return LibraryTreeModel::tr("Unfiled Lectures");
}

} // namespace

LibraryTreeModel::LibraryTreeModel(LibraryService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    connect(service, &LibraryService::coursesChanged, this, &LibraryTreeModel::scheduleReload);
    connect(service, &LibraryService::lecturesChanged, this, &LibraryTreeModel::reloadLectures);
    reload();
}

LibraryTreeModel::~LibraryTreeModel() = default;

void LibraryTreeModel::setLectureStates(LectureStates *states)
{
    m_states = states;
    connect(states, &LectureStates::changed, this, [this](const QStringList &lectureIds) {
        for (const QString &id : lectureIds) {
            const QModelIndex changed = indexOfLecture(id);
            if (changed.isValid())
                emit dataChanged(changed, changed,
                                 {SummaryRole, LectureStateRole, LectureStateTextRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    });
    // Every lecture row, whichever way it arrives (a reload, a new course, the unfiled group).
    const auto watchRows = [this](const QModelIndex &parent, int first, int last) {
        QStringList ids;
        for (int row = first; row <= last; ++row) {
            const QModelIndex inserted = index(row, 0, parent);
            if (const Lecture *lecture = lectureAt(inserted))
                ids.append(lecture->id);
            for (const Lecture &lecture : lecturesAt(inserted))
                ids.append(lecture.id);
        }
        if (m_states)
            m_states->watch(ids);
    };
    connect(this, &QAbstractItemModel::rowsInserted, states, watchRows);
    watchRows({}, 0, rowCount() - 1);
}

void LibraryTreeModel::scheduleReload()
{
    if (m_reloadScheduled)
        return;
    m_reloadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadScheduled = false;
        reload();
    });
}

void LibraryTreeModel::setShowArchived(bool show)
{
    if (std::exchange(m_showArchived, show) != show)
        scheduleReload();
}

void LibraryTreeModel::reload()
{
    if (!m_service)
        return;
    const auto filter = m_showArchived ? LibraryStore::CourseFilter::IncludeArchived : LibraryStore::CourseFilter::Active;
    m_service
        ->submit([filter](LibraryStore &store) -> Result<Snapshot> {
            Result<QList<Course>> courses = store.courses(filter);
            if (!courses)
                return courses.error();
            Snapshot snapshot;
            snapshot.courses = *courses;
            // Archived courses after the ones in use, each part by name as the library sorts them.
            std::stable_partition(snapshot.courses.begin(), snapshot.courses.end(),
                                  [](const Course &course) { return !course.archived; });
            for (const Course &course : snapshot.courses) {
                Result<QList<Lecture>> lectures = store.lectures(course.id);
                if (!lectures)
                    return lectures.error();
                snapshot.lecturesByCourse.append(*lectures);
            }
            Result<QList<Lecture>> unfiled = store.lectures(QString());
            if (!unfiled)
                return unfiled.error();
            snapshot.unfiled = *unfiled;
            return snapshot;
        })
        .then(this, [this](Result<Snapshot> snapshot) {
            const bool firstLoad = !m_loaded;
            m_loaded = true;
            if (!snapshot) {
                qCWarning(lcLibraryModel) << "Loading the courses failed:" << snapshot.error().code
                                          << snapshot.error().message;
                m_loadError = snapshot.error();
                emit loadFailed(snapshot.error());
                if (firstLoad)
                    emit courseCountChanged(courseCount());
                return;
            }
            m_loadError.reset();
            const int before = firstLoad ? -1 : courseCount();
            applySnapshot(std::move(snapshot).value());
            if (courseCount() != before)
                emit courseCountChanged(courseCount());
            emit loaded();
        });
}

void LibraryTreeModel::reloadLectures(const QString &courseId)
{
    if (!m_service)
        return;
    m_service->submit([courseId](LibraryStore &store) { return store.lectures(courseId); })
        .then(this, [this, courseId](Result<QList<Lecture>> lectures) {
            if (!lectures) {
                qCWarning(lcLibraryModel) << "Loading the lectures of" << courseId
                                          << "failed:" << lectures.error().message;
                emit loadFailed(lectures.error());
                return;
            }
            if (CourseNode *node = nodeForCourse(courseId)) {
                applyLectures(*node, *lectures);
                if (node->unfiled && node->lectures.isEmpty()) {
                    // The group exists only while it has lectures.
                    const int row = rowOf(node);
                    beginRemoveRows({}, row, row);
                    m_courses.erase(m_courses.begin() + row);
                    endRemoveRows();
                }
            } else if (courseId.isEmpty() && !lectures->isEmpty()) {
                auto group = std::make_unique<CourseNode>();
                group->course.name = unfiledGroupName();
                group->unfiled = true;
                group->lectures = *lectures;
                const int row = int(m_courses.size());
                beginInsertRows({}, row, row);
                m_courses.push_back(std::move(group));
                endInsertRows();
            }
            // A course we do not know yet arrives with the full reload its creation scheduled.
        });
}

void LibraryTreeModel::applySnapshot(Snapshot snapshot)
{
    std::vector<std::unique_ptr<CourseNode>> fresh;
    for (qsizetype i = 0; i < snapshot.courses.size(); ++i) {
        auto node = std::make_unique<CourseNode>();
        node->course = snapshot.courses.at(i);
        node->lectures = snapshot.lecturesByCourse.at(i);
        fresh.push_back(std::move(node));
    }
    if (!snapshot.unfiled.isEmpty()) {
        auto group = std::make_unique<CourseNode>();
        group->course.name = unfiledGroupName();
        group->unfiled = true;
        group->lectures = snapshot.unfiled;
        fresh.push_back(std::move(group));
    }
    setCourses(std::move(fresh));
}

void LibraryTreeModel::setCourses(std::vector<std::unique_ptr<CourseNode>> fresh)
{
    const RowNotifier notify{
        [this](int row) { beginRemoveRows({}, row, row); },
        [this] { endRemoveRows(); },
        // Moving a row up: Qt's destination is the row it will occupy.
        [this](int from, int to) { beginMoveRows({}, from, from, {}, to); },
        [this] { endMoveRows(); },
        [this](int row) { beginInsertRows({}, row, row); },
        [this] { endInsertRows(); },
    };
    syncRows(
        m_courses, std::move(fresh), [](const std::unique_ptr<CourseNode> &node) { return node->course.id; }, notify,
        [this](std::unique_ptr<CourseNode> &current, std::unique_ptr<CourseNode> fresh, int row) {
            if (!(current->course == fresh->course)) {
                current->course = fresh->course;
                const QModelIndex changed = index(row, 0);
                emit dataChanged(changed, changed);
            }
            applyLectures(*current, fresh->lectures);
        });
}

void LibraryTreeModel::applyLectures(CourseNode &node, const QList<Lecture> &lectures)
{
    // The parent index is looked up when each change is announced: the node's row is stable
    // during this call, but taking it lazily keeps the lambdas honest.
    const auto parentIndex = [this, &node] { return index(rowOf(&node), 0); };
    const RowNotifier notify{
        [this, parentIndex](int row) { beginRemoveRows(parentIndex(), row, row); },
        [this] { endRemoveRows(); },
        [this, parentIndex](int from, int to) {
            const QModelIndex parent = parentIndex();
            beginMoveRows(parent, from, from, parent, to);
        },
        [this] { endMoveRows(); },
        [this, parentIndex](int row) { beginInsertRows(parentIndex(), row, row); },
        [this] { endInsertRows(); },
    };
    const QList<Lecture> before = node.lectures;
    syncRows(node.lectures, lectures, [](const Lecture &lecture) { return lecture.id; }, notify,
             [this, parentIndex](Lecture &current, Lecture fresh, int row) {
                 if (current == fresh)
                     return;
                 current = std::move(fresh);
                 const QModelIndex changed = index(row, 0, parentIndex());
                 emit dataChanged(changed, changed);
             });
    // The course row's tooltip counts its lectures.
    if (node.lectures.size() != before.size()) {
        const QModelIndex courseIndex = parentIndex();
        emit dataChanged(courseIndex, courseIndex, {Qt::ToolTipRole});
    }
}

int LibraryTreeModel::rowOf(const CourseNode *node) const
{
    for (size_t row = 0; row < m_courses.size(); ++row) {
        if (m_courses[row].get() == node)
            return int(row);
    }
    return -1;
}

LibraryTreeModel::CourseNode *LibraryTreeModel::nodeForCourse(const QString &courseId) const
{
    for (const auto &node : m_courses) {
        if (node->course.id == courseId)
            return node.get();
    }
    return nullptr;
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_courses.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    if (parent.internalPointer() != nullptr || parent.row() >= int(m_courses.size()))
        return {}; // lectures have no children
    CourseNode *node = m_courses[size_t(parent.row())].get();
    return row < node->lectures.size() ? createIndex(row, 0, node) : QModelIndex();
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalPointer() == nullptr)
        return {};
    const int row = rowOf(static_cast<const CourseNode *>(child.internalPointer()));
    return row >= 0 ? createIndex(row, 0, nullptr) : QModelIndex();
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_courses.size());
    if (parent.internalPointer() != nullptr || parent.column() != 0)
        return 0;
    return int(m_courses[size_t(parent.row())]->lectures.size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Lecture *lecture = lectureAt(index)) {
        const QString title = lecture->title.isEmpty() ? tr("Untitled lecture") : lecture->title;
        const LectureState state = m_states ? m_states->state(*lecture) : LectureState();
        const QString stateText = state.text();
        QString summary = LibraryFormat::lectureSummary(*lecture);
        if (!stateText.isEmpty())
            summary = summary.isEmpty() ? stateText : summary + u" · "_s + stateText;
        switch (role) {
        case Qt::DisplayRole:
            return title;
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            // The delegate draws the summary; tooltips and screen readers need it as text.
            return summary.isEmpty() ? title : title + u" — "_s + summary;
        case ItemKindRole:
            return QVariant::fromValue(ItemKind::Lecture);
        case IdRole:
            return lecture->id;
        case CourseIdRole:
            return lecture->courseId;
        case SummaryRole:
            return summary;
        case LectureStateRole:
            return int(state.kind);
        case LectureStateTextRole:
            return stateText;
        default:
            return {};
        }
    }
    const CourseNode &node = *m_courses[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return node.course.name;
    case Qt::ToolTipRole:
        if (node.course.archived)
            return tr("%1 (archived) — %n lecture(s)", nullptr, int(node.lectures.size())).arg(node.course.name);
        return tr("%1 — %n lecture(s)", nullptr, int(node.lectures.size())).arg(node.course.name);
    case Qt::ForegroundRole:
        if (node.course.archived)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::DecorationRole:
        if (node.unfiled)
            return CourseColours::swatchIcon(QGuiApplication::palette().color(QPalette::Mid), 16, false);
        return CourseColours::swatchIcon(CourseColours::displayColour(node.course));
    case Qt::FontRole:
        if (node.unfiled || node.course.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ItemKindRole:
        return QVariant::fromValue(node.unfiled ? ItemKind::UnfiledGroup : ItemKind::Course);
    case IdRole:
    case CourseIdRole:
        return node.course.id;
    case ArchivedRole:
        return node.course.archived;
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemKindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(CourseIdRole, "courseId");
    names.insert(SummaryRole, "summary");
    names.insert(LectureStateRole, "lectureState");
    names.insert(LectureStateTextRole, "lectureStateText");
    names.insert(ArchivedRole, "archived");
    return names;
}

int LibraryTreeModel::courseCount() const
{
    int count = 0;
    for (const auto &node : m_courses)
        count += node->unfiled ? 0 : 1;
    return count;
}

LibraryTreeModel::ItemKind LibraryTreeModel::kind(const QModelIndex &index) const
{
    return index.data(ItemKindRole).value<ItemKind>();
}

const Course *LibraryTreeModel::courseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalPointer() != nullptr)
        return nullptr;
    const CourseNode &node = *m_courses[size_t(index.row())];
    return node.unfiled ? nullptr : &node.course;
}

const Lecture *LibraryTreeModel::lectureAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalPointer() == nullptr)
        return nullptr;
    const auto *node = static_cast<const CourseNode *>(index.internalPointer());
    return &node->lectures.at(index.row());
}

QList<Lecture> LibraryTreeModel::lecturesAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalPointer() != nullptr)
        return {};
    return m_courses[size_t(index.row())]->lectures;
}

QModelIndex LibraryTreeModel::indexOfCourse(const QString &courseId) const
{
    const int row = rowOf(nodeForCourse(courseId));
    return row >= 0 ? index(row, 0) : QModelIndex();
}

QModelIndex LibraryTreeModel::indexOfLecture(const QString &lectureId) const
{
    for (size_t row = 0; row < m_courses.size(); ++row) {
        const QList<Lecture> &lectures = m_courses[row]->lectures;
        for (qsizetype child = 0; child < lectures.size(); ++child) {
            if (lectures.at(child).id == lectureId)
                return createIndex(int(child), 0, m_courses[row].get());
        }
    }
    return {};
}

QList<QColor> LibraryTreeModel::courseColours() const
{
    QList<QColor> colours;
    for (const auto &node : m_courses) {
        if (!node->unfiled)
            colours.append(CourseColours::displayColour(node->course));
    }
    return colours;
}

} // namespace lectern
