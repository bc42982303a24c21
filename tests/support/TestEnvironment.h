#pragma once

#include <QString>

namespace lectern::test {

// The root of the source tree (for fixtures under tests/data and ../shared/samples).
QString sourceDir();
// A file from the shared sample set beside the project, e.g. "cell-biology-intro.wav".
QString sampleFile(const QString &name);

// The PostgreSQL server the test script started, as a URL
// (postgresql://user@host:port/database). Empty when the suite was started without it.
QString databaseUrl();

} // namespace lectern::test
