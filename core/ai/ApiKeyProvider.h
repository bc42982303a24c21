#pragma once

#include <QString>

#include <memory>

namespace lectern {

// Where the Groq key comes from. The client asks for it at the start of every request, so a key
// the student adds in Settings is used at once, without a restart. apiKey() is called on the
// client's thread and must not block: a keychain-backed provider loads the key ahead of time
// (QtKeychain's jobs are asynchronous) and answers from memory.
class ApiKeyProvider
{
public:
    virtual ~ApiKeyProvider() = default;
    // The key, or an empty string when there is none.
    virtual QString apiKey() const = 0;
};

// The key in the GROQ_API_KEY environment variable, the same variable Groq's own SDKs read.
// The three providers are tiny and only make sense together, hence one file.
class EnvironmentApiKeyProvider final : public ApiKeyProvider
{
public:
    QString apiKey() const override;
};

// A key known up front (command-line option, tests).
class FixedApiKeyProvider final : public ApiKeyProvider
{
public:
    explicit FixedApiKeyProvider(QString key) : m_key(std::move(key)) {}
    QString apiKey() const override { return m_key; }

private:
    QString m_key;
};

// The first non-empty key of two providers: the app uses GROQ_API_KEY, else the keychain.
class FallbackApiKeyProvider final : public ApiKeyProvider
{
public:
    FallbackApiKeyProvider(std::shared_ptr<const ApiKeyProvider> first, std::shared_ptr<const ApiKeyProvider> second)
        : m_first(std::move(first)), m_second(std::move(second)) {}
    QString apiKey() const override;

private:
    std::shared_ptr<const ApiKeyProvider> m_first;
    std::shared_ptr<const ApiKeyProvider> m_second;
};

} // namespace lectern
