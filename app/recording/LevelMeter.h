#pragma once

#include <QElapsedTimer>
#include <QWidget>

namespace lectern {

// How loud the microphone is, as a bar on a decibel scale (-60 dB to 0 dB of full scale): the
// body shows the RMS level, a thin line the recent peak, which falls back slowly so a short loud
// sound stays visible. Green for speech, amber when loud, red near clipping.
class LevelMeter : public QWidget
{
    Q_OBJECT

public:
    explicit LevelMeter(QWidget *parent = nullptr);

    // Linear levels, 0..1 of full scale.
    void setLevel(double rms, double peak);
    void reset();
    // Where on the bar (0..1) a linear level is drawn.
    static double position(double level);

    double rmsPosition() const { return m_rms; }
    double peakPosition() const { return m_peak; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_rms = 0.0;
    double m_peak = 0.0;
    QElapsedTimer m_sincePeak;
};

} // namespace lectern
