#pragma once

// For tests that use a real keychain: they run only inside tests/support/with-keyring.sh, which
// gives them a throwaway gnome-keyring, so a developer's own keyring is never written to.

#include <gtest/gtest.h>

#include <QByteArray>
#include <QUuid>

#define LECTERN_REQUIRE_TEST_KEYRING()                                                                                \
    do {                                                                                                               \
        if (qgetenv("LECTERN_TEST_KEYRING") != QByteArray("1"))                                                        \
            GTEST_SKIP() << "needs the throwaway keyring of with-keyring.sh";                                          \
    } while (false)

// The other half: tests of a machine without a keychain service, which a throwaway keyring would
// answer.
#define LECTERN_REQUIRE_NO_KEYRING()                                                                                   \
    do {                                                                                                               \
        if (qgetenv("LECTERN_TEST_KEYRING") == QByteArray("1"))                                                        \
            GTEST_SKIP() << "needs a machine without a keychain service";                                              \
    } while (false)

namespace lectern::test {

// A keychain service name no other test run shares.
inline QString uniqueKeychainService()
{
    return QStringLiteral("lectern-tests-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace lectern::test
