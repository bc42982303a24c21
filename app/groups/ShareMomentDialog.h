#pragma once

#include "protocol/Group.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lectern {

class GroupChatClient;

// "Share Moment to Group…": a transcript line of a lecture, sent to one of the student's groups as
// a quote the others can click to open that moment, with a comment above it.
class ShareMomentDialog : public QDialog
{
    Q_OBJECT

public:
    ShareMomentDialog(GroupChatClient *client, protocol::LectureQuote quote, const QString &lectureTitle,
                      qint64 preferredGroupId, QWidget *parent = nullptr);

    QComboBox *groupCombo() const { return m_groups; }
    QLineEdit *commentEdit() const { return m_comment; }
    void accept() override;

signals:
    // The message went to the client's outbox for `groupId`.
    void shared(qint64 groupId);

private:
    GroupChatClient *m_client;
    protocol::LectureQuote m_quote;
    QString m_lectureTitle;
    QComboBox *m_groups;
    QLineEdit *m_comment;
};

} // namespace lectern
