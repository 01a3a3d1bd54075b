// UTF-8 checks on raw bytes, done before any text reaches ICU or the extractor.
// All offsets are byte offsets into the checked buffer.
#ifndef KG_BASE_UTF8_H_
#define KG_BASE_UTF8_H_

#include <cstddef>
#include <string_view>

namespace kg {

/// Where a buffer stops being well-formed UTF-8: npos when it is valid.
/// Rejects overlongs, surrogates, code points above U+10FFFF and truncated sequences.
size_t FindInvalidUtf8(std::string_view bytes);

/// The first byte from `i` on that is neither ASCII nor in a well-formed two-byte sequence
/// whose lead byte is at most `max_lead` (0xC2..0xDF), or bytes.size(): sixteen bytes at a
/// time where the CPU can, so that the umlauts of German text are passed over without
/// decoding. It stops, all the same, at a sequence across two blocks or in the last fifteen
/// bytes, and at any sequence where the CPU has no SSE2; always at a character's start
/// when `i` is one.
size_t SkipTwoByteSequences(std::string_view bytes, size_t i, unsigned char max_lead);

/// True when the buffer looks binary: it holds a NUL byte within its first 8 KiB.
bool LooksBinary(std::string_view bytes);

/// Line (1-based) and column (1-based, in bytes) of a byte offset.
struct LineColumn {
  size_t line = 1;
  size_t column = 1;
};
LineColumn LocateOffset(std::string_view text, size_t offset);

}  // namespace kg

#endif  // KG_BASE_UTF8_H_
