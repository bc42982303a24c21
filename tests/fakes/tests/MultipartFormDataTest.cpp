#include "MultipartFormData.h"

#include <gtest/gtest.h>

using namespace lectern::fake;

namespace {
const char kRawBody[] = "preamble to ignore\r\n"
                         "--XyZ\r\n"
                         "Content-Disposition: form-data; name=\"file\"; filename=\"lecture; part 1.ogg\"\r\n"
                         "Content-Type: audio/ogg\r\n"
                         "\r\n"
                         "OggS\r\n--not-the-boundary\r\n\x00\x01"
                         "\r\n--XyZ\r\n"
                         "Content-Disposition: form-data; name=\"model\"\r\n"
                         "\r\n"
                         "whisper-large-v3-turbo"
                         "\r\n--XyZ\r\n"
                         "Content-Disposition: form-data; name=\"timestamp_granularities[]\"\r\n\r\nsegment"
                         "\r\n--XyZ\r\n"
                         "Content-Disposition: form-data; name=\"timestamp_granularities[]\"\r\n\r\nword"
                         "\r\n--XyZ\r\n"
                         "Content-Disposition: form-data; name=\"prompt\"\r\n\r\n"
                         "\r\n--XyZ--\r\n";
// Built with an explicit size: the file part contains a NUL byte.
const QByteArray kBody(kRawBody, sizeof kRawBody - 1);
}

TEST(MultipartFormData, SplitsFilesAndFieldsAndKeepsBinaryDataIntact)
{
    auto form = MultipartFormData::parse("multipart/form-data; boundary=\"XyZ\"", kBody);
    ASSERT_TRUE(form.ok()) << form.error().message.toStdString();
    ASSERT_EQ(form->parts().size(), 5);
    const MultipartPart *file = form->part(QStringLiteral("file"));
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->isFile);
    EXPECT_EQ(file->fileName, QStringLiteral("lecture; part 1.ogg"));
    EXPECT_EQ(file->contentType, "audio/ogg");
    EXPECT_EQ(file->data, QByteArray("OggS\r\n--not-the-boundary\r\n\x00\x01", 28));
    EXPECT_EQ(form->value(QStringLiteral("model")), QStringLiteral("whisper-large-v3-turbo"));
    EXPECT_EQ(form->values(QStringLiteral("timestamp_granularities[]")), (QStringList{QStringLiteral("segment"), QStringLiteral("word")}));
    EXPECT_TRUE(form->value(QStringLiteral("prompt")).isEmpty());
    EXPECT_NE(form->part(QStringLiteral("prompt")), nullptr);
}

TEST(MultipartFormData, ExplainsWhatIsWrongWithABrokenBody)
{
    auto noBoundary = MultipartFormData::parse("multipart/form-data", kBody);
    ASSERT_FALSE(noBoundary.ok());
    EXPECT_TRUE(noBoundary.error().message.contains(QStringLiteral("boundary")));

    auto wrongType = MultipartFormData::parse("application/json", "{}");
    ASSERT_FALSE(wrongType.ok());
    EXPECT_TRUE(wrongType.error().message.contains(QStringLiteral("application/json")));

    auto unterminated = MultipartFormData::parse("multipart/form-data; boundary=XyZ",
                                                 "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue without end");
    ASSERT_FALSE(unterminated.ok());
    EXPECT_TRUE(unterminated.error().message.contains(QStringLiteral("not closed")));
}

TEST(MultipartFormData, ReadsHeaderParametersWithQuotesAndEscapes)
{
    const QByteArray value = R"(form-data; name="file"; filename="say \"hi\".wav")";
    EXPECT_EQ(headerParameter(value, "name"), "file");
    EXPECT_EQ(headerParameter(value, "filename"), "say \"hi\".wav");
    EXPECT_EQ(headerParameter("multipart/form-data; boundary=abc", "boundary"), "abc");
    EXPECT_TRUE(headerParameter(value, "missing").isEmpty());
}
