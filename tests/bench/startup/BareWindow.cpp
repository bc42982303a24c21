// The baseline of startup_bench: the least a Qt Widgets program does to show a window, a main
// window with a menu bar, a list and a status bar at Lectern's default size, reported by the same
// probe as Lectern.
#include "startup/StartupProbe.h"

#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    window.setCentralWidget(new QListWidget(&window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 720);
    lectern::installStartupProbe(&window);
    window.show();
    return app.exec();
}
