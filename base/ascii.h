// Locale-free ASCII character classes, inlined, for the per-byte loops of tokenizing and
// case folding (the C library's versions consult the locale), and a skip over ASCII runs.
#ifndef KG_BASE_ASCII_H_
#define KG_BASE_ASCII_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kg {

/// Whether any of the eight bytes at p is not ASCII (one load, for loops that skip ASCII).
inline bool HasHighBit(const char* p) {
  uint64_t eight;
  std::memcpy(&eight, p, sizeof eight);
  return (eight & 0x8080808080808080ull) != 0;
}

/// The first byte from `i` on that is not ASCII, or bytes.size(): sixteen bytes at a time
/// where the CPU can (most of a text is ASCII), else eight.
inline size_t FindNonAscii(std::string_view bytes, size_t i) {
  const size_t n = bytes.size();
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i)));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(high)));
  }
#endif
  while (i + 8 <= n && !HasHighBit(bytes.data() + i)) i += 8;
  while (i < n && static_cast<unsigned char>(bytes[i]) < 0x80) ++i;
  return i;
}

inline bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(unsigned char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(unsigned char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiLower(char c) {
  return IsAsciiUpper(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace kg

#endif  // KG_BASE_ASCII_H_
