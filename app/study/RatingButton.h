#pragma once

#include "study/FsrsCard.h"

#include <QAbstractButton>

namespace lectern {

// One of the four answer buttons: the answer in bold, below it when the card would come back
// ("10 min", "3 d"), and a thin band in the answer's colour along the top, so the four read
// apart at a glance in a light or a dark palette.
class RatingButton : public QAbstractButton
{
    Q_OBJECT

public:
    RatingButton(Rating rating, QWidget *parent = nullptr);

    Rating rating() const { return m_rating; }
    QString interval() const { return m_interval; }
    void setInterval(const QString &interval);

    // The answer's name, as on the button ("Good").
    static QString ratingName(Rating rating);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QColor bandColour() const;

    Rating m_rating;
    QString m_interval;
    bool m_hovered = false;
};

} // namespace lectern
