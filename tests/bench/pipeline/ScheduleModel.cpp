#include "ScheduleModel.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace lectern::bench::schedule {

namespace {

enum class Phase { Waiting, Connecting, Uploading, Processing, Done };

struct Request
{
    Phase phase = Phase::Waiting;
    double until = 0;       // end of Connecting or Processing
    double bytesLeft = 0;   // while Uploading
    double processing = 0;  // Groq's time plus the answer's round trip
};

constexpr double kNever = std::numeric_limits<double>::infinity();
// Below a byte: floating-point dust, not data still to send.
constexpr double kByteEpsilon = 1e-3;

} // namespace

double seconds(const QList<Piece> &pieces, const NetworkShape &shape, int concurrent, Uplink uplink)
{
    const double roundTrip = double(shape.roundTripMs) / 1000.0;
    const double setup = double(shape.connectionSetupMs()) / 1000.0;
    const double line = double(shape.uplinkBytesPerSecond());
    std::vector<Request> requests(size_t(pieces.size()));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        requests[size_t(i)].bytesLeft = double(pieces[i].bytes);
        requests[size_t(i)].processing = pieces[i].audioSeconds / shape.groqSpeed + roundTrip;
    }

    double now = 0;
    size_t next = 0;      // the first request not started yet
    int underWay = 0;
    int connections = 0;  // opened so far; a free one is reused without a handshake
    for (;;) {
        while (next < requests.size() && underWay < concurrent) {
            Request &r = requests[next++];
            ++underWay;
            if (connections < concurrent) {
                ++connections;
                r.phase = Phase::Connecting;
                r.until = now + setup;
            } else {
                r.phase = Phase::Uploading;
            }
        }

        // Which uploads move now: all of them, sharing the line, or the first one alone.
        const qsizetype uploads = std::count_if(requests.cbegin(), requests.cend(),
                                           [](const Request &r) { return r.phase == Phase::Uploading; });
        const qsizetype moving = uplink == Uplink::Shared ? uploads : std::min<qsizetype>(uploads, 1);
        double nextEvent = kNever;
        for (const Request &r : requests) {
            if (r.phase == Phase::Connecting || r.phase == Phase::Processing)
                nextEvent = std::min(nextEvent, r.until);
        }
        if (moving == 0 && nextEvent == kNever)
            return now;
        const double rate = moving > 0 ? line / double(moving) : 0;
        qsizetype seen = 0;
        for (const Request &r : requests) {
            if (r.phase == Phase::Uploading && seen++ < moving)
                nextEvent = std::min(nextEvent, now + r.bytesLeft / rate);
        }

        const double step = nextEvent - now;
        now = nextEvent;
        seen = 0;
        for (Request &r : requests) {
            if (r.phase != Phase::Uploading || seen++ >= moving)
                continue;
            r.bytesLeft -= rate * step;
            if (r.bytesLeft <= kByteEpsilon) {
                r.phase = Phase::Processing;
                r.until = now + r.processing;
            }
        }
        for (Request &r : requests) {
            if (r.phase == Phase::Connecting && r.until <= now) {
                r.phase = Phase::Uploading;
            } else if (r.phase == Phase::Processing && r.until <= now) {
                r.phase = Phase::Done;
                --underWay;
            }
        }
    }
}

} // namespace lectern::bench::schedule
