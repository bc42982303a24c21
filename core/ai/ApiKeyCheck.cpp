#include "ai/ApiKeyCheck.h"

#include "ai/GroqClient.h"
#include "ai/ModelsReply.h"

namespace lectern {

ApiKeyCheck::ApiKeyCheck(GroqClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ApiKeyCheck::~ApiKeyCheck()
{
    cancel();
}

void ApiKeyCheck::start()
{
    cancel();
    m_models.clear();
    m_message.clear();
    m_reply = m_client->listModels();
    connect(m_reply, &GroqReply::finished, this, &ApiKeyCheck::onReplyFinished);
}

void ApiKeyCheck::cancel()
{
    if (!m_reply)
        return;
    ModelsReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->cancel();
    reply->deleteLater();
}

bool ApiKeyCheck::isRunning() const
{
    return !m_reply.isNull();
}

bool ApiKeyCheck::isTranscriptionModel(const QString &id)
{
    return id.contains(u"whisper", Qt::CaseInsensitive);
}

void ApiKeyCheck::onReplyFinished()
{
    ModelsReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->hasError()) {
        const Error &error = reply->error();
        if (error.code == groq::kInvalidApiKey) {
            m_outcome = Outcome::WrongKey;
            m_message = tr("Groq does not accept this key. Check that you copied all of it, or create a new one "
                           "at console.groq.com/keys.");
        } else if (error.code == groq::kNoApiKey) {
            m_outcome = Outcome::NoKey;
            m_message = error.message;
        } else if (error.code == groq::kOffline || error.code == groq::kTimeout || error.code == groq::kNetworkError) {
            m_outcome = Outcome::Offline;
            m_message = tr("Groq could not be reached, so the key was not tested: %1").arg(error.message);
        } else {
            m_outcome = Outcome::Failed;
            m_message = tr("The key could not be tested: %1").arg(error.message);
        }
    } else {
        for (const GroqModel &model : reply->models()) {
            if (model.active)
                m_models.append(model.id);
        }
        m_models.sort();
        m_outcome = Outcome::Works;
        m_message = tr("The key works.");
    }
    emit finished();
}

} // namespace lectern
