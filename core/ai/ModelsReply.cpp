#include "ai/ModelsReply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lectern {

ModelsReply::ModelsReply(GroqClient *client) : GroqReply(QStringLiteral("/models"), client) {}

Result<QNetworkReply *> ModelsReply::send(QNetworkAccessManager &network, QNetworkRequest request)
{
    return network.get(request);
}

std::optional<GroqFailure> ModelsReply::complete(const QByteArray &body)
{
    Result<QList<GroqModel>> parsed = GroqModel::listFromJson(body);
    if (!parsed)
        return GroqErrors::unreadableAnswer(parsed.error());
    m_models = std::move(parsed).value();
    return std::nullopt;
}

} // namespace lectern
