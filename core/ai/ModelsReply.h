#pragma once

#include "ai/GroqModel.h"
#include "ai/GroqReply.h"

namespace lectern {

// GET /models.
class ModelsReply final : public GroqReply
{
    Q_OBJECT

public:
    // Only meaningful when finished without error.
    const QList<GroqModel> &models() const { return m_models; }

private:
    friend class GroqClient;
    explicit ModelsReply(GroqClient *client);

    Result<QNetworkReply *> send(QNetworkAccessManager &network, QNetworkRequest request) override;
    std::optional<GroqFailure> complete(const QByteArray &body) override;

    QList<GroqModel> m_models;
};

} // namespace lectern
