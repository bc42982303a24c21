#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace lectern::fake {

// Decodes an Ogg Opus upload to 16 kHz mono with libopus directly: the audio any Opus player
// would hear, for a small share of the CPU a general decoder pipeline needs per 20 ms packet.
// That keeps the fake's own work small when it takes a whole lecture in chunks, so it does not
// slow down the client it is measured against. Only a plain Opus stream (channel mapping
// family 0, mono or stereo) is read; anything else gives nullopt and is left to the general decoder.
class OggOpusReader
{
public:
    static bool looksLikeOggOpus(const QByteArray &data);
    static std::optional<std::vector<qint16>> decode(const QByteArray &data);
};

} // namespace lectern::fake
