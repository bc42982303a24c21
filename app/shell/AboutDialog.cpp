#include "shell/AboutDialog.h"

#include "shell/Typography.h"

#include "lectern/Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Lectern"));

    auto *name = new QLabel(QString::fromLatin1(kApplicationName), this);
    name->setFont(Typography::heading(font()));
    name->setObjectName(u"aboutName"_s);

    m_version->setObjectName(u"aboutVersion"_s);
    m_version->setText(tr("Version %1").arg(QString::fromLatin1(kVersion)));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(tr("Record lectures, transcribe them and study them offline."), this);
    description->setWordWrap(true);

    auto *licence = new QLabel(tr("Lectern is free software under the GNU General Public License, version 3 or "
                                  "later. It comes with no warranty."),
                               this);
    licence->setObjectName(u"aboutLicence"_s);
    licence->setWordWrap(true);

    auto *qtVersion = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                                     .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                                 this);
    qtVersion->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(name);
    layout->addWidget(m_version);
    layout->addSpacing(4);
    layout->addWidget(description);
    layout->addWidget(licence);
    layout->addWidget(qtVersion);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    // Wide enough for the licence to wrap into two lines rather than a tall column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

} // namespace lectern
