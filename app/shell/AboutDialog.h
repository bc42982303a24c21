#pragma once

#include <QDialog>

class QLabel;

namespace lectern {

// Help › About Lectern: what the program is, which version, under which licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The version line as shown, e.g. "Version 0.1.0".
    QString versionText() const;

private:
    QLabel *m_version;
};

} // namespace lectern
