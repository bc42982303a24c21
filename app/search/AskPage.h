#pragma once

#include "ai/LectureQuestion.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace lectern {

class GroqClient;
class LibraryService;

// A question answered from the student's own lectures: the passages that match it are found in
// the library (on its worker), Groq writes the answer from them as it streams in, and the
// passages it cites are listed beneath; choosing one opens its lecture at that moment.
class AskPage : public QWidget
{
    Q_OBJECT

public:
    using ClientFactory = std::function<GroqClient *(QObject *parent)>;

    AskPage(LibraryService *service, ClientFactory makeClient, QWidget *parent = nullptr);
    ~AskPage() override;

    // Shows `question` and answers it, replacing any answer in progress.
    void ask(const QString &question);
    void cancel();

    bool isRunning() const;
    QLineEdit *questionField() const { return m_question; }
    QTextBrowser *answerView() const { return m_answer; }
    QListWidget *citationList() const { return m_citations; }
    QPushButton *retryButton() const { return m_retry; }
    // "Searching your lectures…", "Writing the answer…", or what went wrong.
    QString statusText() const;

signals:
    void citationActivated(const QString &lectureId, qint64 positionMs);
    // The answer, the citations and the status are final.
    void finished();

private:
    void start();
    void showFinished();
    void setStatus(const QString &text, bool problem = false);

    LibraryService *m_service;
    ClientFactory m_makeClient;
    GroqClient *m_client = nullptr;
    LectureQuestion *m_asking = nullptr;
    QLineEdit *m_question;
    QPushButton *m_askButton;
    QPushButton *m_cancel;
    QLabel *m_status;
    QPushButton *m_retry;
    QTextBrowser *m_answer;
    QLabel *m_sourcesHeading;
    QListWidget *m_citations;
    // Bumped by each question, so passages found for an earlier one are dropped.
    int m_generation = 0;
    bool m_finding = false;
    QString m_streamed;
};

} // namespace lectern
