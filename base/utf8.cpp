#include "base/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/ascii.h"

namespace kg {
namespace {

// Length of the sequence starting at lead byte b, or 0 when b cannot start one.
size_t SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Checks the second byte's range, which rules out overlongs, surrogates and > U+10FFFF.
bool SecondByteOk(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
  return IsContinuation(second);
}

}  // namespace

size_t FindInvalidUtf8(std::string_view bytes) {
  const size_t n = bytes.size();
  for (size_t i = FindNonAscii(bytes, 0); i < n; i = FindNonAscii(bytes, i)) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const size_t len = SequenceLength(lead);
    if (len == 0 || i + len > n) return i;
    if (!SecondByteOk(lead, static_cast<unsigned char>(bytes[i + 1]))) return i;
    for (size_t k = 2; k < len; ++k) {
      if (!IsContinuation(static_cast<unsigned char>(bytes[i + k]))) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 8192);
  return head.find('\0') != std::string_view::npos;
}

LineColumn LocateOffset(std::string_view text, size_t offset) {
  LineColumn at;
  const size_t end = std::min(offset, text.size());
  for (size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
  }
  return at;
}

}  // namespace kg
