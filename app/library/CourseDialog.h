#pragma once

#include <QColor>
#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLineEdit;

namespace lectern {

// Asks for a course's name and colour, for a new course or to rename an existing one.
class CourseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Create,
        Rename,
    };

    // `colour` is preselected; a colour outside the presets (e.g. picked on another device) is
    // offered as an extra swatch so renaming does not silently change it.
    CourseDialog(Purpose purpose, const QString &name, const QColor &colour, QWidget *parent = nullptr);

    // The name as typed, without surrounding white space.
    QString name() const;
    QColor colour() const;
    QLineEdit *nameEdit() const { return m_nameEdit; }

private:
    void addSwatch(const QColor &colour, const QString &colourName);
    void updateAcceptButton();

    QLineEdit *m_nameEdit;
    QButtonGroup *m_swatches;
    QDialogButtonBox *m_buttons;
    QList<QColor> m_colours;
};

} // namespace lectern
