#pragma once

#include <QLocale>

class QObject;

namespace lectern {

class Settings;

// The language the user interface speaks: the "ui/language" setting when the student chose one
// (a code such as "de" or "en_GB"), otherwise the system locale.
QLocale uiLocale(const Settings &settings);

// Installs translators for `locale`: Lectern's own strings (compiled into the program under
// :/i18n) and Qt's (qtbase_<lang>.qm from Qt's translations directory, for standard buttons,
// context menus and dialogs). It also makes `locale` the default QLocale, so dates and numbers
// follow the interface's language. The translators are children of `owner`, so destroying it
// uninstalls them and restores the previous default locale. Returns false when Lectern does not speak that language and falls back to English.
bool installTranslations(const QLocale &locale, QObject *owner);

} // namespace lectern
