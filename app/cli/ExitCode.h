#pragma once

namespace lectern::cli {

// Exit codes scripts can rely on: they tell apart "you called me wrong", "your input is bad" and
// "a service (the library, Groq, the network) failed", so a script knows whether retrying helps.
enum ExitCode : int {
    Success = 0,
    UsageError = 2,   // unknown command or option, missing argument
    InputError = 3,   // a file, id or value the user gave cannot be used
    ServiceError = 4, // the library, Groq or the network failed; retrying later may help
};

} // namespace lectern::cli
