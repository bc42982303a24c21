#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QFrame>
#include <QFuture>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace lectern {

class LibraryService;
class SearchResultsModel;

// The search that Ctrl+K opens over the window: a field at the top, the passages of every
// lecture's transcript and notes that match below it, best first, the matched words in bold.
// Up and Down pick a result while typing goes on; Enter opens it; Ctrl+Enter asks the question
// instead; Escape or clicking elsewhere closes the palette.
//
// Searching runs on the library's worker as the student types, each keystroke cancelling the
// search it makes stale.
class SearchPalette : public QFrame
{
    Q_OBJECT

public:
    // `window` is the widget the palette floats over (and its parent).
    SearchPalette(LibraryService *service, QWidget *window);
    ~SearchPalette() override;

    // Shows the palette with the last query selected, so typing replaces it.
    void open();

    QLineEdit *field() const { return m_field; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *results() const { return m_model; }
    QPushButton *askButton() const { return m_ask; }
    // The hint, "Searching…", "No matches", or the error, shown when there are no results.
    QString statusText() const;
    // True while a search for the current text has not answered yet.
    bool isSearching() const { return m_searching; }

signals:
    // The student chose a result.
    void hitActivated(const lectern::SearchHit &hit);
    // The student wants the text answered from their lectures.
    void askRequested(const QString &question);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void cancelPendingSearch();
    void showResults(const Result<QList<SearchHit>> &hits, const QString &query);
    void activate(const QModelIndex &index);
    void askQuestion();
    void updateAskButton();
    void placeOverWindow();
    void dismiss();

    LibraryService *m_service;
    QLineEdit *m_field;
    QPushButton *m_ask;
    QLabel *m_status;
    QListView *m_results;
    SearchResultsModel *m_model;
    QTimer *m_debounce;
    QFuture<Result<QList<SearchHit>>> m_pending;
    bool m_searching = false;
    // Enter was pressed before the search for the current text answered.
    bool m_activateWhenFound = false;
    // Where focus goes back to when the palette closes.
    QPointer<QWidget> m_previousFocus;
};

} // namespace lectern
