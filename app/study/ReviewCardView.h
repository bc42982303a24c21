#pragma once

#include "study/ReviewSnapshot.h"

#include <QFrame>

class QLabel;

namespace lectern {

// The card itself: its front, and once revealed a rule and its back, centred on a sheet in the
// palette's base colour, with a small tag saying whether the card is new, being learnt or due.
class ReviewCardView : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewCardView(QWidget *parent = nullptr);

    void showCard(const ReviewSnapshot &snapshot);

    QString front() const;
    QString back() const;
    bool isBackShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();
    void updateRule();

    QLabel *m_kind;
    QLabel *m_front;
    QWidget *m_rule;
    QLabel *m_back;
};

} // namespace lectern
