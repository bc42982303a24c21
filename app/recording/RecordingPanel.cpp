#include "recording/RecordingPanel.h"

#include "library/LibraryTreeModel.h"
#include "recording/LevelMeter.h"
#include "recording/LiveTranscript.h"
#include "recording/PcmSource.h"
#include "recording/RecordingIcons.h"
#include "recording/RecordingInputs.h"
#include "shell/Typography.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QString clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return u"%1:%2:%3"_s.arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}
} // namespace

RecordingPanel::RecordingPanel(LibraryTreeModel *courses, RecordingInputs *inputs, const QString &recordingsFolder,
                               QWidget *parent)
    : QWidget(parent)
    , m_courses(courses)
    , m_inputs(inputs)
    , m_recorder(new Recorder(recordingsFolder, this))
    , m_courseBox(new QComboBox(this))
    , m_inputBox(new QComboBox(this))
    , m_stateLabel(new QLabel(this))
    , m_elapsedLabel(new QLabel(this))
    , m_meter(new LevelMeter(this))
    , m_message(new QLabel(this))
    , m_recordButton(new QPushButton(tr("&Record"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_liveLabel(new QLabel(tr("Live transcript (rough; the full transcript follows when you stop)"), this))
    , m_liveText(new QPlainTextEdit(this))
{
    setObjectName(u"recordingPanel"_s);
    m_courseBox->setObjectName(u"recordingCourseBox"_s);
    m_inputBox->setObjectName(u"recordingInputBox"_s);
    m_stateLabel->setObjectName(u"recordingStateLabel"_s);
    m_elapsedLabel->setObjectName(u"recordingElapsedLabel"_s);
    m_message->setObjectName(u"recordingMessage"_s);
    m_recordButton->setObjectName(u"recordButton"_s);
    m_pauseButton->setObjectName(u"pauseRecordingButton"_s);
    m_stopButton->setObjectName(u"stopRecordingButton"_s);
    m_courseBox->setAccessibleName(tr("Course"));
    m_inputBox->setAccessibleName(tr("Microphone"));
    m_courseBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_inputBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_courseBox->setMinimumContentsLength(24);
    m_inputBox->setMinimumContentsLength(24);

    auto *choices = new QFormLayout;
    choices->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    choices->addRow(tr("&Course:"), m_courseBox);
    choices->addRow(tr("&Microphone:"), m_inputBox);

    // The clock is the centre of the panel: large, light, in fixed-width figures so it does not
    // jiggle as it counts.
    QFont clockFont = Typography::heading(font());
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.9);
    clockFont.setWeight(QFont::Light);
    clockFont.setStyleHint(QFont::Monospace);
    m_elapsedLabel->setFont(clockFont);
    m_elapsedLabel->setAlignment(Qt::AlignCenter);
    m_elapsedLabel->setAccessibleName(tr("Time recorded"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_stateLabel->setFont(Typography::subheading(font()));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *stage = new QFrame(this);
    stage->setObjectName(u"recordingStage"_s);
    stage->setFrameShape(QFrame::StyledPanel);
    stage->setBackgroundRole(QPalette::Base);
    stage->setAutoFillBackground(true);
    auto *stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(24, 18, 24, 18);
    stageLayout->setSpacing(10);
    stageLayout->addWidget(m_stateLabel);
    stageLayout->addWidget(m_elapsedLabel);
    stageLayout->addSpacing(4);
    stageLayout->addWidget(m_meter);

    for (QPushButton *button : {m_recordButton, m_pauseButton, m_stopButton}) {
        button->setIconSize(QSize(16, 16));
        button->setMinimumHeight(34);
        button->setMinimumWidth(104);
    }
    m_recordButton->setDefault(true);
    m_recordButton->setToolTip(tr("Start recording from the chosen microphone"));
    m_pauseButton->setToolTip(tr("Stop listening for a while; nothing is recorded until you resume"));
    m_stopButton->setToolTip(tr("End the recording and add it to the course as a lecture"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(choices);
    layout->addWidget(stage);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_liveLabel->setObjectName(u"liveTranscriptLabel"_s);
    m_liveLabel->setForegroundRole(QPalette::PlaceholderText);
    m_liveLabel->setWordWrap(true);
    m_liveText->setObjectName(u"liveTranscriptView"_s);
    m_liveText->setAccessibleName(tr("Live transcript"));
    m_liveText->setReadOnly(true);
    m_liveText->setMinimumHeight(90);
    m_liveText->setPlaceholderText(tr("The first words appear about half a minute into the recording."));
    m_liveLabel->hide();
    m_liveText->hide();
    layout->addWidget(m_liveLabel);
    layout->addWidget(m_liveText, 1);

    connect(m_recordButton, &QPushButton::clicked, this, &RecordingPanel::record);
    connect(m_pauseButton, &QPushButton::clicked, this, &RecordingPanel::togglePause);
    connect(m_stopButton, &QPushButton::clicked, this, &RecordingPanel::stop);
    connect(m_recorder, &Recorder::levelChanged, m_meter, &LevelMeter::setLevel);
    connect(m_recorder, &Recorder::elapsedChanged, this, &RecordingPanel::showElapsed);
    connect(m_recorder, &Recorder::stateChanged, this, [this](Recorder::State state) {
        updateControls();
        if (state == Recorder::State::Idle || state == Recorder::State::Recording)
            emit recordingStateChanged(state == Recorder::State::Recording);
    });
    connect(m_recorder, &Recorder::errorOccurred, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_recorder, &Recorder::finished, this, [this](const RecordingFile &recording) {
        m_meter->reset();
        showMessage(tr("Saved %1 of audio. It is being added to the course.").arg(clockText(m_recorder->elapsedMs())),
                    false);
        emit recordingFinished(recording);
    });
    connect(m_inputs, &RecordingInputs::inputsChanged, this, &RecordingPanel::reloadInputs);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_courses, signal, this, &RecordingPanel::reloadCourses);
    connect(m_courses, &QAbstractItemModel::dataChanged, this, &RecordingPanel::reloadCourses);
    connect(m_courses, &QAbstractItemModel::modelReset, this, &RecordingPanel::reloadCourses);
    connect(m_courses, &LibraryTreeModel::loaded, this, &RecordingPanel::reloadCourses);

    reloadCourses();
    reloadInputs();
    showElapsed(0);
    showMessage(tr("Lectern saves the audio every half second. If it closes unexpectedly, it offers to "
                   "recover the recording the next time it starts."),
                false);
    updateIcons();
    updateControls();
}

RecordingPanel::~RecordingPanel() = default;

void RecordingPanel::selectCourse(const QString &courseId)
{
    m_wantedCourse = courseId;
    if (isRecording())
        return;
    const int index = m_courseBox->findData(courseId);
    m_courseBox->setCurrentIndex(std::max(0, index));
}

QString RecordingPanel::selectedCourse() const
{
    return m_courseBox->currentData().toString();
}

void RecordingPanel::reloadCourses()
{
    const QString current = m_courseBox->count() > 0 ? selectedCourse() : m_wantedCourse;
    const QSignalBlocker blocker(m_courseBox);
    m_courseBox->clear();
    m_courseBox->addItem(tr("No course"), QString());
    for (int row = 0; row < m_courses->rowCount(); ++row) {
        if (const Course *course = m_courses->courseAt(m_courses->index(row, 0)))
            m_courseBox->addItem(m_courses->index(row, 0).data(Qt::DecorationRole).value<QIcon>(), course->name,
                                 course->id);
    }
    m_courseBox->setCurrentIndex(std::max(0, m_courseBox->findData(current)));
}

void RecordingPanel::reloadInputs()
{
    const QString current = m_inputBox->currentData().toString();
    m_inputBox->clear();
    int preferred = -1;
    for (const RecordingInputs::Input &input : m_inputs->inputs()) {
        m_inputBox->addItem(input.name, input.id);
        if (input.id == current || (preferred < 0 && input.isDefault))
            preferred = m_inputBox->count() - 1;
    }
    if (m_inputBox->count() == 0)
        m_inputBox->addItem(tr("No microphone found"), QString());
    m_inputBox->setCurrentIndex(std::max(0, preferred));
    updateControls();
}

void RecordingPanel::record()
{
    const QString inputId = m_inputBox->currentData().toString();
    std::unique_ptr<PcmSource> source = inputId.isEmpty() ? nullptr : m_inputs->open(inputId);
    if (!source) {
        showMessage(tr("Connect a microphone, then choose it above."), true);
        return;
    }
    RecordingDetails details;
    details.courseId = selectedCourse();
    if (const Status started = m_recorder->start(std::move(source), details); !started) {
        showMessage(started.error().message, true);
        return;
    }
    startLiveTranscript(details);
    showMessage(tr("Recording into %1. Pausing leaves out what is said meanwhile.").arg(m_courseBox->currentText()),
                false);
}

void RecordingPanel::startLiveTranscript(const RecordingDetails &details)
{
    if (m_live)
        m_live->deleteLater();
    m_live = m_makeLiveTranscript ? m_makeLiveTranscript(details, this) : nullptr;
    m_liveText->clear();
    m_liveLabel->setVisible(m_live != nullptr);
    m_liveText->setVisible(m_live != nullptr);
    if (!m_live)
        return;
    connect(m_recorder, &Recorder::samplesRecorded, m_live, &LiveTranscript::addSamples);
    connect(m_live, &LiveTranscript::textChanged, m_liveText, [this](const QString &text) {
        m_liveText->setPlainText(text);
        m_liveText->verticalScrollBar()->setValue(m_liveText->verticalScrollBar()->maximum());
    });
    connect(m_live, &LiveTranscript::chunkFailed, this, [this](const QString &message) {
        m_liveLabel->setText(tr("Live transcript paused: %1").arg(message));
    });
}

void RecordingPanel::replaceLiveTranscript(const QString &message)
{
    if (m_live) {
        m_live->deleteLater();
        m_live = nullptr;
    }
    m_liveText->clear();
    m_liveText->hide();
    m_liveLabel->setText(message);
}

void RecordingPanel::togglePause()
{
    if (m_recorder->state() == Recorder::State::Recording)
        m_recorder->pause();
    else if (m_recorder->state() == Recorder::State::Paused)
        m_recorder->resume();
}

void RecordingPanel::stop()
{
    m_recorder->stop();
}

void RecordingPanel::showElapsed(qint64 ms)
{
    m_elapsedLabel->setText(clockText(ms));
}

void RecordingPanel::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    QFont messageFont = font();
    messageFont.setBold(problem);
    m_message->setFont(messageFont);
}

void RecordingPanel::updateControls()
{
    const Recorder::State state = m_recorder->state();
    const bool idle = state == Recorder::State::Idle;
    const bool hasInput = !m_inputBox->currentData().toString().isEmpty();
    m_courseBox->setEnabled(idle);
    m_inputBox->setEnabled(idle && hasInput);
    m_recordButton->setEnabled(idle && hasInput);
    m_pauseButton->setEnabled(state == Recorder::State::Recording || state == Recorder::State::Paused);
    m_stopButton->setEnabled(state == Recorder::State::Recording || state == Recorder::State::Paused);
    m_pauseButton->setText(state == Recorder::State::Paused ? tr("Res&ume") : tr("&Pause"));

    // Only the sign is coloured; the word stays in the text colour, readable in any palette.
    const auto withSign = [](const QString &sign, const QColor &colour, const QString &word) {
        return u"<span style=\"color:%1\">%2</span>&nbsp;&nbsp;%3"_s.arg(colour.name(), sign, word.toHtmlEscaped());
    };
    switch (state) {
    case Recorder::State::Idle:
        m_stateLabel->setText((hasInput ? tr("Ready to record") : tr("No microphone")).toHtmlEscaped());
        break;
    case Recorder::State::Recording:
        m_stateLabel->setText(withSign(u"\u25CF"_s, RecordingIcons::recordColour(), tr("Recording")));
        break;
    case Recorder::State::Paused:
        m_stateLabel->setText(withSign(u"\u275A\u275A"_s, RecordingIcons::pauseColour(), tr("Paused")));
        break;
    case Recorder::State::Finishing:
        m_stateLabel->setText(tr("Saving…").toHtmlEscaped());
        break;
    }
    updateIcons();
}

void RecordingPanel::updateIcons()
{
    m_recordButton->setIcon(RecordingIcons::record(palette()));
    m_pauseButton->setIcon(m_recorder->state() == Recorder::State::Paused ? RecordingIcons::resume(palette())
                                                                          : RecordingIcons::pause(palette()));
    m_stopButton->setIcon(RecordingIcons::stop(palette()));
}

void RecordingPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateControls();
}

} // namespace lectern
