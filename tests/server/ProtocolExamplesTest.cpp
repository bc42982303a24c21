// Sends every request example of docs/protocol.md to a real server over a real WebSocket and
// checks the reply is the one the document shows: its type, its error code and its field names.
#include "ProtocolDocument.h"
#include "SyncFixture.h"

#include "protocol/Frame.h"

#include <QJsonDocument>

#include <algorithm>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;
using protocol::Frame;

namespace {

// The password the document's examples use for the account they act on.
constexpr auto kExamplePassword = "correct horse battery staple";

std::string sortedKeys(const QJsonObject &json)
{
    QStringList keys = json.keys();
    keys.sort();
    return keys.join(u',').toStdString();
}

class ProtocolExamplesTest : public SyncFixture
{
protected:
    // A connection signed in to a new account of its own, so what one example does (signing out,
    // deleting the account, a failed password) cannot change what the next one gets.
    std::unique_ptr<TestClient> signedIn()
    {
        auto client = anonymous();
        const QJsonObject reply = client->request(
            frame(u"auth.register"_s, {{u"username"_s, u"example-%1"_s.arg(++m_accounts)},
                                       {u"password"_s, QString::fromLatin1(kExamplePassword)},
                                       {u"device_name"_s, u"Example"_s}}));
        EXPECT_TRUE(isOk(reply));
        return client;
    }

    int m_accounts = 0;
};

TEST_F(ProtocolExamplesTest, EveryRequestExampleGetsTheDocumentedReply)
{
    start();
    const auto loaded = ProtocolDocument::load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const ProtocolDocument &document = *loaded;
    const server::RequestRouter &router = m_server->requests();

    int sent = 0;
    for (qsizetype i = 0; i + 1 < document.examples.size(); ++i) {
        const DocumentedExample &example = document.examples[i];
        const auto request = Frame::parse(example.json);
        ASSERT_TRUE(request.ok()) << "docs/protocol.md:" << example.line;
        if (!request.frame().hasRid() || request.frame().isOk() || request.frame().isError())
            continue;
        const auto documented = Frame::parse(document.examples[i + 1].json);
        ASSERT_TRUE(documented.ok()) << "docs/protocol.md:" << document.examples[i + 1].line;
        if (example.isStatic)
            continue;

        const QString type = request.frame().type();
        const bool anonymousRequest = router.allowsUnauthenticated(type) || !router.handles(type)
                                      || documented.frame().error().code == u"unauthenticated"_s;
        const std::unique_ptr<TestClient> client = anonymousRequest ? anonymous() : signedIn();
        ASSERT_TRUE(client->isConnected());
        const QJsonObject reply = call(*client, request.frame().json());
        ++sent;

        const std::string context = "docs/protocol.md:" + std::to_string(example.line) + " " + type.toStdString()
                                    + " got " + dump(reply).toStdString();
        EXPECT_EQ(reply.value(u"rid"_s).toString().toStdString(), request.frame().rid().toStdString()) << context;
        EXPECT_EQ(reply.value(u"type"_s).toString().toStdString(), documented.frame().type().toStdString()) << context;
        if (documented.frame().isError()) {
            EXPECT_EQ(reply.value(u"code"_s).toString().toStdString(), documented.frame().error().code.toStdString())
                << context;
        }
        EXPECT_EQ(sortedKeys(reply), sortedKeys(documented.frame().json())) << context;
    }
    EXPECT_GT(sent, 0) << "no example was sent";
}

TEST_F(ProtocolExamplesTest, SyncChangedLooksAsDocumented)
{
    start();
    const auto loaded = ProtocolDocument::load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const auto documented = std::find_if(loaded->examples.cbegin(), loaded->examples.cend(),
                                         [](const DocumentedExample &example) { return example.section == u"sync.changed"_s; });
    ASSERT_NE(documented, loaded->examples.cend()) << "docs/protocol.md shows no sync.changed";
    const auto event = Frame::parse(documented->json);
    ASSERT_TRUE(event.ok());

    Device laptop = registerUser(u"changed-example"_s);
    const std::unique_ptr<TestClient> phone = resume(laptop.token);
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"note"_s, newId(), 1'773'500'966'535, u"00000000000000a1"_s,
                                                  {{u"markdown"_s, u"# Mitosis"_s}})})));
    const QJsonObject received = phone->nextMessage();
    EXPECT_EQ(received.value(u"type"_s).toString().toStdString(), event.frame().type().toStdString()) << dump(received).toStdString();
    EXPECT_EQ(sortedKeys(received), sortedKeys(event.frame().json())) << dump(received).toStdString();
}

} // namespace
