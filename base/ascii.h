// Locale-free ASCII character classes, inlined, for the per-byte loops of tokenizing and
// case folding (the C library's versions are calls that consult the locale).
#ifndef KG_BASE_ASCII_H_
#define KG_BASE_ASCII_H_

#include <cstdint>
#include <cstring>

namespace kg {

/// Whether any of the eight bytes at p is not ASCII (one load, for loops that skip ASCII).
inline bool HasHighBit(const char* p) {
  uint64_t eight;
  std::memcpy(&eight, p, sizeof eight);
  return (eight & 0x8080808080808080ull) != 0;
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
