// Locale-free ASCII character classes, inlined, for the per-byte loops of tokenizing and
// case folding (the C library's versions are calls that consult the locale).
#ifndef KG_BASE_ASCII_H_
#define KG_BASE_ASCII_H_

namespace kg {

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
