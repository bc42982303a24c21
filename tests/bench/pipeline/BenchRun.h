#pragma once

#include "FakeGroqProcess.h"

#include "ai/GroqConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern::bench {

// What one way of transcribing the benchmark lecture cost, measured the same way for every way.
struct RunFigures
{
    QString error;                   // empty when the run finished
    double wallSeconds = 0;          // from the start of the transcription to its end
    int requests = 0;                // transcription requests the fake server answered
    qint64 bytesUploaded = 0;        // request bodies as the server received them
    double slowestProcessingSeconds = 0; // Groq's time for the longest upload
    int secondsHeard = 0;            // lecture seconds that came back once each, in order
    bool complete = false;           // every second of the lecture came back, once, in order
    double cpuSeconds = 0;           // processor time of the client (this process) meanwhile
    double fakeCpuSeconds = 0;       // processor time of the fake server's process meanwhile
    QList<fake::RecordedRequest> timeline;

    bool ok() const { return error.isEmpty(); }
    // What no schedule can beat on this line: all bytes through the uplink, or Groq's time for
    // the longest piece, whichever is longer.
    double boundSeconds(const NetworkShape &shape) const;
};

// Processor time this process has used so far, all threads, user and system.
double processCpuSeconds();

// The words of a transcript of the time-coded lecture ("s0 s1 ... "): how many of its seconds
// came back in order, each once.
int secondsHeardInOrder(const QStringList &words, int lectureSeconds);

// Fills the figures a run leaves at the fake server: requests, bytes, processing times.
void takeServerFigures(FakeGroqProcess &server, const NetworkShape &shape, RunFigures &figures);

// A GroqClient configuration for the fake, as the app would use it (defaults otherwise).
GroqConfig clientConfig(const FakeGroqProcess &server);

// Lectern's way: the recording is imported into a new library as a student's file would be, then
// a TranscriptionJob with default options transcribes it, with at most `concurrentRequests`
// requests under way at once. Times the job alone.
RunFigures runTranscriptionJob(FakeGroqProcess &server, const NetworkShape &shape, const QString &wavPath,
                               int lectureSeconds, int concurrentRequests);

// The naive way: the WAV cut into equal pieces under Groq's upload limit, no overlap, uploaded one
// after another. Times everything from reading the file to the last answer.
RunFigures runNaive(FakeGroqProcess &server, const NetworkShape &shape, const QString &wavPath, int lectureSeconds,
                    qint64 maxUploadBytes);

} // namespace lectern::bench
