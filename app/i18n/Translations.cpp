#include "i18n/Translations.h"

#include "base/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "lectern.i18n")

namespace lectern {

QLocale uiLocale(const Settings &settings)
{
    const QString chosen = settings.value(Setting::UiLanguage).trimmed();
    if (chosen.isEmpty())
        return QLocale::system();
    const QLocale locale(chosen);
    // QLocale falls back to "C" for codes it does not know; a typo in the setting should not
    // switch the interface to untranslated English when the system language would have worked.
    if (locale.language() == QLocale::C) {
        qCWarning(lcI18n) << "Ignoring unknown interface language" << chosen << "from the settings";
        return QLocale::system();
    }
    return locale;
}

static bool installTranslator(const QLocale &locale, const QString &fileName, const QString &directory,
                              QObject *owner)
{
    auto *translator = new QTranslator(owner);
    // load(QLocale, ...) tries every language of locale.uiLanguages(), so "de_AT" finds "_de".
    if (!translator->load(locale, fileName, u"_"_s, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcI18n) << "Installed" << translator->filePath() << "for" << locale.name();
    return true;
}

namespace {
// Puts the default locale back when the translators' owner goes.
class DefaultLocaleGuard : public QObject
{
public:
    static constexpr QLatin1StringView kName{"defaultLocaleGuard"};
    explicit DefaultLocaleGuard(QObject *owner) : QObject(owner) { setObjectName(kName); }
    ~DefaultLocaleGuard() override { QLocale::setDefault(m_previous); }

private:
    const QLocale m_previous;
};
} // namespace

bool installTranslations(const QLocale &locale, QObject *owner)
{
    // Dates, times and numbers in the interface's language too: a German interface writing
    // "2 Dec 2026" in the sidebar would look half translated.
    // Only the first call for an owner remembers the locale to go back to.
    if (!owner->findChild<QObject *>(DefaultLocaleGuard::kName, Qt::FindDirectChildrenOnly))
        new DefaultLocaleGuard(owner);
    QLocale::setDefault(locale);
    installTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath), owner);
    if (installTranslator(locale, u"lectern"_s, u":/i18n"_s, owner))
        return true;
    // The source strings are English, but their plural forms ("%n lecture(s)") come from
    // lectern_en.qm, so a language Lectern does not speak falls back to that file.
    qCDebug(lcI18n) << "No translation of Lectern for" << locale.uiLanguages() << "- using English";
    installTranslator(QLocale(QLocale::English), u"lectern"_s, u":/i18n"_s, owner);
    return false;
}

} // namespace lectern
