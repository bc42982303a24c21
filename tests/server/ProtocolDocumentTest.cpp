// docs/protocol.md against the code: its examples are frames, and it has a section for exactly
// the types the server serves. ProtocolExamplesTest sends the examples to a real server.
#include "ProtocolDocument.h"

#include "protocol/ErrorCode.h"
#include "protocol/Frame.h"
#include "server/LecternServer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;
using protocol::Frame;

namespace {

std::string where(const DocumentedExample &example)
{
    return u"docs/protocol.md:%1"_s.arg(example.line).toStdString();
}

class ProtocolDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = ProtocolDocument::load();
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        m_document = std::move(loaded).value();
        ASSERT_FALSE(m_document.sections.isEmpty());
        ASSERT_FALSE(m_document.examples.isEmpty());
    }

    // The server's vocabulary as registered at construction; nothing is opened before start().
    const server::RequestRouter &router() { return m_server.requests(); }

    ProtocolDocument m_document;
    server::LecternServer m_server{server::ServerConfig{}};
};

TEST_F(ProtocolDocumentTest, EveryExampleIsAFrameThatRoundTrips)
{
    for (const DocumentedExample &example : std::as_const(m_document.examples)) {
        const auto parsed = Frame::parse(example.json);
        ASSERT_TRUE(parsed.ok()) << where(example) << ": " << parsed.error().error.message.toStdString();
        const QJsonObject written = QJsonDocument::fromJson(example.json).object();
        EXPECT_EQ(parsed.frame().json(), written) << where(example);

        const auto again = Frame::parse(parsed.frame().toJson());
        ASSERT_TRUE(again.ok()) << where(example);
        EXPECT_EQ(again.frame(), parsed.frame()) << where(example);
        EXPECT_EQ(again.frame().toJson(), parsed.frame().toJson()) << where(example);
    }
}

TEST_F(ProtocolDocumentTest, ErrorExamplesUseCodesTheCodeKnows)
{
    int errors = 0;
    for (const DocumentedExample &example : std::as_const(m_document.examples)) {
        const auto parsed = Frame::parse(example.json);
        ASSERT_TRUE(parsed.ok()) << where(example);
        if (!parsed.frame().isError())
            continue;
        ++errors;
        const Error error = parsed.frame().error();
        EXPECT_TRUE(protocol::errorCodeFromName(error.code).has_value())
            << where(example) << ": unknown error code " << error.code.toStdString();
        EXPECT_FALSE(error.message.isEmpty()) << where(example);
    }
    EXPECT_GT(errors, 0);
}

TEST_F(ProtocolDocumentTest, ErrorCodeTableNamesOnlyKnownCodes)
{
    // Rows of the table are "| `code` | meaning |"; every code in the table must be real, and
    // every code an example uses must have a row.
    QFile file(ProtocolDocument::path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(u"\n## Error codes"_s);
    ASSERT_GE(start, 0) << "docs/protocol.md has no \"## Error codes\" section";
    const qsizetype end = text.indexOf(u"\n## "_s, start + 1);
    static const QRegularExpression row(u"^\\| `([a-z_]+)` \\|"_s, QRegularExpression::MultilineOption);
    QSet<QString> tabled;
    for (const auto &match : row.globalMatch(text.mid(start, end - start))) {
        const QString code = match.captured(1);
        EXPECT_TRUE(protocol::errorCodeFromName(code).has_value()) << "the table lists an unknown code " << code.toStdString();
        tabled.insert(code);
    }
    EXPECT_TRUE(tabled.contains(u"malformed_json"_s)) << "the table's rows were not found";
    for (const DocumentedExample &example : std::as_const(m_document.examples)) {
        const auto parsed = Frame::parse(example.json);
        if (parsed.ok() && parsed.frame().isError()) {
            EXPECT_TRUE(tabled.contains(parsed.frame().error().code))
                << where(example) << ": " << parsed.frame().error().code.toStdString() << " has no row in the table";
        }
    }
}

TEST_F(ProtocolDocumentTest, EveryTypeTheServerServesHasASection)
{
    const QStringList requests = router().requestTypes();
    ASSERT_TRUE(requests.contains(u"ping"_s)) << "the router lists no requests";
    for (const QString &type : requests) {
        const DocumentedSection *section = m_document.section(type);
        EXPECT_NE(section, nullptr) << "the server serves \"" << type.toStdString()
                                    << "\" but docs/protocol.md has no ### `" << type.toStdString() << "` section";
        if (section) {
            EXPECT_FALSE(section->isEvent) << type.toStdString() << " is a request, its section says server → client";
        }
    }
    const QStringList events = router().eventTypes();
    ASSERT_TRUE(events.contains(u"sync.changed"_s));
    for (const QString &type : events) {
        const DocumentedSection *section = m_document.section(type);
        EXPECT_NE(section, nullptr) << "the server sends \"" << type.toStdString()
                                    << "\" but docs/protocol.md has no ### `" << type.toStdString() << "` section";
        if (section) {
            EXPECT_TRUE(section->isEvent) << type.toStdString() << " is an event, its section must say server → client";
        }
    }
}

TEST_F(ProtocolDocumentTest, EverySectionIsATypeTheServerKnows)
{
    const QStringList requests = router().requestTypes();
    const QStringList events = router().eventTypes();
    QSet<QString> seen;
    for (const DocumentedSection &section : std::as_const(m_document.sections)) {
        EXPECT_TRUE(requests.contains(section.type) || events.contains(section.type))
            << "docs/protocol.md:" << section.line << " documents \"" << section.type.toStdString()
            << "\", which the server neither serves nor sends";
        EXPECT_FALSE(seen.contains(section.type)) << "docs/protocol.md:" << section.line << " repeats a section";
        seen.insert(section.type);
    }
}

TEST_F(ProtocolDocumentTest, EachSectionShowsItsOwnFramesAndEveryRequestHasItsReply)
{
    for (const DocumentedSection &section : std::as_const(m_document.sections)) {
        bool hasOkReply = false;
        bool hasFrame = false;
        for (qsizetype i = 0; i < m_document.examples.size(); ++i) {
            const DocumentedExample &example = m_document.examples[i];
            if (example.section != section.type)
                continue;
            const auto parsed = Frame::parse(example.json);
            ASSERT_TRUE(parsed.ok()) << where(example);
            const Frame &frame = parsed.frame();
            if (section.isEvent) {
                EXPECT_EQ(frame.type(), section.type) << where(example);
                EXPECT_FALSE(frame.hasRid()) << where(example) << ": events carry no rid";
                hasFrame = true;
                continue;
            }
            if (frame.isOk() || frame.isError()) {
                hasOkReply = hasOkReply || frame.isOk();
                continue;
            }
            hasFrame = true;
            EXPECT_EQ(frame.type(), section.type) << where(example) << ": a request in another type's section";
            ASSERT_TRUE(frame.hasRid()) << where(example) << ": a request example needs a rid";
            // Its reply is the next example, with the same rid.
            ASSERT_LT(i + 1, m_document.examples.size()) << where(example) << ": no reply follows";
            const auto reply = Frame::parse(m_document.examples[i + 1].json);
            ASSERT_TRUE(reply.ok()) << where(m_document.examples[i + 1]);
            EXPECT_TRUE(reply.frame().isOk() || reply.frame().isError()) << where(example) << ": no reply follows";
            EXPECT_EQ(reply.frame().rid(), frame.rid()) << where(m_document.examples[i + 1]);
        }
        EXPECT_TRUE(hasFrame) << "docs/protocol.md:" << section.line << " " << section.type.toStdString()
                              << " has no example";
        if (!section.isEvent) {
            EXPECT_TRUE(hasOkReply) << "docs/protocol.md:" << section.line << " " << section.type.toStdString()
                                    << " has no example of its ok reply";
        }
    }
}

TEST(ProtocolDocumentParserTest, FindsSectionsDirectionsExamplesAndStaticMarks)
{
    const ProtocolDocument document = ProtocolDocument::parse(
        u"# Title\n\n```json\n{\"a\":1}\n```\n\n### `x.do`\n\n**Direction:** client → server, request.\n\n"
        "<!-- static example: random -->\n```json\n{\"b\":2}\n```\n\n### `x.done`\n\n"
        "**Direction:** server → client, event.\n\n```json\n{\"c\":3}\n```\n\n## Later\n\n```json\n{}\n```\n"_s);
    ASSERT_EQ(document.sections.size(), 2);
    EXPECT_EQ(document.sections[0].type, u"x.do"_s);
    EXPECT_FALSE(document.sections[0].isEvent);
    EXPECT_TRUE(document.sections[1].isEvent);
    ASSERT_EQ(document.examples.size(), 4);
    EXPECT_EQ(document.examples[0].section, QString());
    EXPECT_EQ(document.examples[1].section, u"x.do"_s);
    EXPECT_TRUE(document.examples[1].isStatic);
    EXPECT_EQ(document.examples[1].json, QByteArray("{\"b\":2}"));
    EXPECT_FALSE(document.examples[2].isStatic);
    EXPECT_EQ(document.examples[2].section, u"x.done"_s);
    EXPECT_EQ(document.examples[3].section, QString()) << "a level-2 heading ends the type's section";
}

} // namespace
