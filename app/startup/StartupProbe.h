#pragma once

class QWidget;

namespace lectern {

// For the start-up benchmark (tests/bench/startup). When the environment variable
// LECTERN_STARTUP_PROBE holds the std::chrono::steady_clock time, in nanoseconds, at which the
// parent launched this process, the first paint of `window` prints one line to stdout
//   startup-probe ms=<since launch> rss-kb=<VmRSS> hwm-kb=<VmHWM>
// and quits the application. Without the variable it does nothing.
//
// The launch time comes from the parent so that the figure includes exec, dynamic linking and
// everything before main(). steady_clock is CLOCK_MONOTONIC on Linux, shared by all processes;
// elsewhere the figure is not comparable and the memory fields are -1.
void installStartupProbe(QWidget *window);

} // namespace lectern
