#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMimeData;

namespace lectern {

// Lets recordings be dropped onto a widget (the main window): accepts a drag that carries local
// files and hands their paths on. Which of them are audio is the importer's to say, with a reason
// per file, so a stray PDF in a drop of twenty lectures is reported rather than silently ignored.
class AudioDropTarget : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QStringList &paths)>;

    // Installs itself as an event filter on `target`, which must accept drops.
    AudioDropTarget(QWidget *target, Handler handler);

    static QStringList localFiles(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Handler m_handler;
};

} // namespace lectern
