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
