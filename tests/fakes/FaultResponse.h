#pragma once

#include "FaultRule.h"
#include "HttpResponse.h"

namespace lectern::fake {

// The answer Groq gives for an injected HTTP error: its JSON error body for the status (401
// invalid_api_key, 429 rate_limit_exceeded with retry-after, 498 capacity_exceeded, ...), or the
// HTML page its edge serves for a 502. `audio` picks the model named in a rate-limit message.
HttpResponse faultResponse(const FaultRule &rule, bool audio);

} // namespace lectern::fake
