#pragma once

#include "FakeGroqProcess.h"

#include <QList>

namespace lectern::bench {

// What a schedule of uploads costs on the benchmark's line, worked out instead of measured, so
// the benchmark can say what other ways of sending the same pieces would give. It follows the
// fake server's rules (FakeGroqProcess): a new connection costs two round trips before its
// request, uploads move through one shared uplink, Groq starts on an upload once all of it is in
// and needs its audio length / speed, and the answer takes one more round trip. A request holds
// its place from its first byte to its answer. The client's own work is left out: every piece
// is ready at the start.
namespace schedule {

struct Piece
{
    qint64 bytes = 0;
    double audioSeconds = 0;
};

enum class Uplink {
    Shared,     // every upload under way gets an equal share, as parallel TCP connections do
    OneAtATime, // uploads go up in order, each at the full speed of the line
};

// Seconds from the first request to the last answer, with at most `concurrent` requests under way
// at once (and as many connections), the pieces started in the order given.
double seconds(const QList<Piece> &pieces, const NetworkShape &shape, int concurrent, Uplink uplink);

} // namespace schedule
} // namespace lectern::bench
