#pragma once

#include "HttpResponse.h"

#include <QString>

namespace lectern::fake {

// An error answer in Groq's shape, with the status it goes with.
struct ApiError
{
    ApiError(int status, QString message, QString type = QStringLiteral("invalid_request_error"), QString code = {})
        : status(status), message(std::move(message)), type(std::move(type)), code(std::move(code))
    {
    }

    int status;
    QString message;
    QString type;
    QString code;

    HttpResponse response() const { return HttpResponse::groqError(status, message, type, code); }
};

} // namespace lectern::fake
