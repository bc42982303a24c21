#pragma once

#include "FakeGroqServer.h"

#include <QByteArray>
#include <QtGlobal>

namespace lectern::fake {

// Sets an environment variable while it lives (a null value unsets it), then puts back what was
// there before.
class ScopedEnvironmentVariable
{
public:
    ScopedEnvironmentVariable(const char *name, const QByteArray &value) : m_name(name), m_saved(qgetenv(name))
    {
        set(value);
    }
    ~ScopedEnvironmentVariable() { set(m_saved); }
    Q_DISABLE_COPY_MOVE(ScopedEnvironmentVariable)

private:
    void set(const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, value);
    }

    const char *m_name;
    QByteArray m_saved;
};

// Points the code under test at `server` the way a student points Lectern at Groq: GROQ_BASE_URL,
// and GROQ_API_KEY set to the key the server expects (or unset, for the keychain and no-key paths).
class GroqEnvironment
{
public:
    enum class Key { FromServer, Unset };

    explicit GroqEnvironment(const FakeGroqServer &server, Key key = Key::FromServer)
        : m_url("GROQ_BASE_URL", server.baseUrl().toString().toUtf8())
        , m_key("GROQ_API_KEY", key == Key::FromServer ? server.options().apiKey.toUtf8() : QByteArray())
    {
    }

private:
    ScopedEnvironmentVariable m_url;
    ScopedEnvironmentVariable m_key;
};

} // namespace lectern::fake
