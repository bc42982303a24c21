#include "lecture/PlayerBar.h"

#include "export/Timecode.h"
#include "lecture/PlaybackController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QEvent>
#include <QPainter>
#include <QSlider>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QToolButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

enum class Symbol { Play, Pause, Back, Forward };

// Drawn in the palette's button text colour: the styles' own media pixmaps are black, which
// disappears on a dark palette.
QIcon symbolIcon(Symbol symbol, const QColor &colour)
{
    constexpr int kSize = 16;
    constexpr qreal kScale = 2;
    QPixmap pixmap(int(kSize * kScale), int(kSize * kScale));
    pixmap.setDevicePixelRatio(kScale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const auto triangle = [&](qreal left, qreal right) {
        painter.drawPolygon(QPolygonF({QPointF(left, 3), QPointF(right, 8), QPointF(left, 13)}));
    };
    switch (symbol) {
    case Symbol::Play:
        triangle(4, 13);
        break;
    case Symbol::Pause:
        painter.drawRect(QRectF(4, 3, 3, 10));
        painter.drawRect(QRectF(9, 3, 3, 10));
        break;
    case Symbol::Back:
        triangle(8, 1);
        triangle(15, 8);
        break;
    case Symbol::Forward:
        triangle(1, 8);
        triangle(8, 15);
        break;
    }
    return QIcon(pixmap);
}
} // namespace

PlayerBar::PlayerBar(PlaybackController *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_playPause(makeButton(u"playPauseButton"_s, this))
    , m_back(makeButton(u"skipBackButton"_s, this))
    , m_forward(makeButton(u"skipForwardButton"_s, this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
{
    setObjectName(u"playerBar"_s);
    setAccessibleName(tr("Player"));

    m_back->setText(tr("10 s"));
    m_back->setAccessibleName(tr("Back 10 seconds"));
    m_back->setToolTip(tr("Back 10 seconds (J or Left in the transcript)"));
    m_forward->setText(tr("10 s"));
    m_forward->setAccessibleName(tr("Forward 10 seconds"));
    m_forward->setToolTip(tr("Forward 10 seconds (L or Right in the transcript)"));

    m_speed->setObjectName(u"speedBox"_s);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (double speed : speeds())
        m_speed->addItem(tr("%L1×").arg(speed), speed);
    m_speed->setCurrentIndex(int(speeds().indexOf(1.0)));

    m_slider->setObjectName(u"positionSlider"_s);
    m_slider->setAccessibleName(tr("Position in the recording"));
    m_slider->setRange(0, 0);
    m_slider->setSingleStep(5'000);
    m_slider->setPageStep(int(kSkipMs * 6));

    m_time->setObjectName(u"timeLabel"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setForegroundRole(QPalette::PlaceholderText);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"0:00:00 / 0:00:00"_s));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_back);
    layout->addWidget(m_playPause);
    layout->addWidget(m_forward);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_speed);

    connect(m_playPause, &QToolButton::clicked, m_player, &PlaybackController::togglePlayback);
    connect(m_back, &QToolButton::clicked, m_player, [this] { m_player->skip(-kSkipMs); });
    connect(m_forward, &QToolButton::clicked, m_player, [this] { m_player->skip(kSkipMs); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_player->setPlaybackRate(m_speed->itemData(index).toDouble());
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_followingPlayer)
            m_player->seek(value);
    });

    connect(m_player, &PlaybackController::sourceChanged, this, &PlayerBar::updateEnabled);
    connect(m_player, &PlaybackController::playingChanged, this, &PlayerBar::updatePlaying);
    connect(m_player, &PlaybackController::positionChanged, this, &PlayerBar::updatePosition);
    connect(m_player, &PlaybackController::durationChanged, this, &PlayerBar::updateDuration);
    connect(m_player, &PlaybackController::playbackRateChanged, this, &PlayerBar::updateRate);

    updateIcons();
    updateDuration(m_player->duration());
    updatePosition(m_player->position());
    updateRate(m_player->playbackRate());
    updateEnabled();
}

QList<double> PlayerBar::speeds()
{
    return {0.75, 1.0, 1.25, 1.5, 2.0};
}

QString PlayerBar::timeText() const
{
    return m_time->text();
}

void PlayerBar::setUnavailableReason(const QString &reason)
{
    m_unavailableReason = reason;
    updateTime();
}

void PlayerBar::updateEnabled()
{
    const bool loaded = !m_player->source().isEmpty();
    for (QWidget *control : {static_cast<QWidget *>(m_playPause), static_cast<QWidget *>(m_back),
                             static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_slider)})
        control->setEnabled(loaded);
    updateTime();
}

void PlayerBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void PlayerBar::updateIcons()
{
    const QColor colour = palette().color(QPalette::ButtonText);
    m_back->setIcon(symbolIcon(Symbol::Back, colour));
    m_forward->setIcon(symbolIcon(Symbol::Forward, colour));
    updatePlaying(m_player->isPlaying());
}

void PlayerBar::updatePlaying(bool playing)
{
    m_playPause->setIcon(symbolIcon(playing ? Symbol::Pause : Symbol::Play, palette().color(QPalette::ButtonText)));
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_playPause->setToolTip(playing ? tr("Pause (Space or K in the transcript)")
                                    : tr("Play (Space or K in the transcript)"));
}

void PlayerBar::updatePosition(qint64 positionMs)
{
    if (!m_slider->isSliderDown()) {
        m_followingPlayer = true;
        m_slider->setValue(int(positionMs));
        m_followingPlayer = false;
    }
    updateTime();
}

void PlayerBar::updateDuration(qint64 durationMs)
{
    m_followingPlayer = true;
    m_slider->setRange(0, int(std::max<qint64>(durationMs, 0)));
    m_followingPlayer = false;
    updateTime();
}

void PlayerBar::updateRate(double rate)
{
    const int index = m_speed->findData(rate);
    if (index >= 0 && index != m_speed->currentIndex()) {
        const QSignalBlocker blocker(m_speed);
        m_speed->setCurrentIndex(index);
    }
}

void PlayerBar::updateTime()
{
    if (m_player->source().isEmpty() && !m_unavailableReason.isEmpty()) {
        m_time->setText(m_unavailableReason);
        return;
    }
    const qint64 duration = m_player->duration();
    const QString position = Timecode::duration(m_player->position());
    m_time->setText(duration > 0 ? tr("%1 / %2").arg(position, Timecode::duration(duration)) : position);
    m_slider->setAccessibleDescription(m_time->text());
}

} // namespace lectern
