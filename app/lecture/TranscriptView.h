#pragma once

#include <QListView>

namespace lectern {

class TranscriptModel;

// The transcript as the student reads it: timestamp and text per segment, the segment being
// played highlighted and kept in view. A click (or Return) jumps the player there; a double-click
// (or F2) corrects the text in place. With the list focused, the player's keys work: Space or K
// play and pause, J/Left and L/Right jump ten seconds.
class TranscriptView : public QListView
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setTranscriptModel(TranscriptModel *model);
    // The background of the segment being played: the palette's highlight, faint enough that the
    // text keeps its normal colour in light and dark palettes alike.
    static QBrush currentSegmentBrush(const QPalette &palette);

signals:
    void segmentActivated(qint64 startMs);
    void playPauseRequested();
    void skipRequested(qint64 deltaMs);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void followCurrentRow(int row);
};

} // namespace lectern
