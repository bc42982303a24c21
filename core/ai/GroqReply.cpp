#include "ai/GroqReply.h"

#include "ai/GroqClient.h"

namespace lectern {

GroqReply::GroqReply(QString path, GroqClient *client)
    : QObject(client), m_client(client), m_path(std::move(path))
{
    m_inactivityTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
}

GroqReply::~GroqReply()
{
    if (m_client)
        m_client->forget(this);
}

void GroqReply::cancel()
{
    if (m_client)
        m_client->cancel(this);
}

} // namespace lectern
