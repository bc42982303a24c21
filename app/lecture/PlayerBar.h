#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace lectern {

class PlaybackController;

// Play/pause, ten seconds back and forward, the speed and the position of the lecture's
// recording. It only shows and asks: the controller plays.
class PlayerBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kSkipMs = 10'000;

    explicit PlayerBar(PlaybackController *player, QWidget *parent = nullptr);

    // The speeds offered, slowest first.
    static QList<double> speeds();

    QToolButton *playPauseButton() const { return m_playPause; }
    QToolButton *backButton() const { return m_back; }
    QToolButton *forwardButton() const { return m_forward; }
    QComboBox *speedBox() const { return m_speed; }
    QSlider *positionSlider() const { return m_slider; }
    // "1:02 / 52:07"
    QString timeText() const;

    // Shown instead of the time when there is nothing to play, e.g. "No recording".
    void setUnavailableReason(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();
    void updateEnabled();
    void updatePlaying(bool playing);
    void updatePosition(qint64 positionMs);
    void updateDuration(qint64 durationMs);
    void updateRate(double rate);
    void updateTime();

    PlaybackController *m_player;
    QToolButton *m_playPause;
    QToolButton *m_back;
    QToolButton *m_forward;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
    QString m_unavailableReason;
    // Set while the slider follows the player, so that only the student's moves seek.
    bool m_followingPlayer = false;
};

} // namespace lectern
