#pragma once

#include <QAnyStringView>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace lectern {

// A setting declared once, with its QSettings key and default, so a typo is a compile error and
// the default lives in one place (the pattern KeePassXC's Config and qBittorrent's SettingValue use).
template<typename T>
struct SettingKey
{
    QAnyStringView name;
    T defaultValue;
};

// Every non-secret setting Lectern stores. Secrets (the Groq key, sync tokens) go to the keychain.
namespace Setting {
inline const SettingKey<QString> LibraryLocation{"library/location", QString()};
inline const SettingKey<QString> GroqBaseUrl{"groq/baseUrl", QStringLiteral("https://api.groq.com/openai/v1")};
inline const SettingKey<QString> TranscriptionModel{"groq/transcriptionModel", QStringLiteral("whisper-large-v3-turbo")};
inline const SettingKey<QString> ChatModel{"groq/chatModel", QStringLiteral("llama-3.3-70b-versatile")};
inline const SettingKey<QString> Language{"groq/language", QString()};
inline const SettingKey<int> GroqConcurrency{"groq/concurrency", 4};
inline const SettingKey<QString> UiLanguage{"ui/language", QString()};
inline const SettingKey<QString> Theme{"ui/theme", QStringLiteral("system")};
inline const SettingKey<QByteArray> WindowGeometry{"ui/windowGeometry", QByteArray()};
inline const SettingKey<QByteArray> WindowState{"ui/windowState", QByteArray()};
inline const SettingKey<QString> LastLecture{"ui/lastLecture", QString()};
inline const SettingKey<bool> ShowArchivedCourses{"ui/showArchivedCourses", false};
// How imported recordings are kept: "original" or "opus" (16 kHz mono Ogg Opus).
inline const SettingKey<QString> AudioStorage{"library/audioStorage", QStringLiteral("original")};
// The student chose, knowingly, to keep the Groq key in an unencrypted file readable only by them,
// because no keychain service runs. Off unless they opt in.
inline const SettingKey<bool> GroqKeyInPlainFile{"secrets/groqKeyInPlainFile", false};
} // namespace Setting

// Typed access to QSettings. Without an explicit backend it uses the application's default
// QSettings (organisation and application name set in main()).
class Settings
{
public:
    Settings();
    explicit Settings(QSettings *backend);

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_settings->value(key.name);
        return v.isValid() ? v.template value<T>() : key.defaultValue;
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(key.name, QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const SettingKey<T> &key)
    {
        m_settings->remove(key.name);
    }

    QSettings &backend() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace lectern
