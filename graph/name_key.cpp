#include "graph/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>


#include "base/ascii.h"
#include "base/latin1.h"

namespace kg {

namespace {

// Keeps the letters and digits of `text`, as UTF-8.
std::string LettersAndDigits(const icu::UnicodeString& text) {
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    if (u_isalnum(c)) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

// NFKC + case folding, then NFD when `strip_marks` (so diacritics drop out).
std::string FoldedKey(std::string_view utf8, bool strip_marks) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string();
  const icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = fold->normalize(in, status);
  if (strip_marks) folded = nfd->normalize(folded, status);
  return U_SUCCESS(status) ? LettersAndDigits(folded) : std::string();
}

// The key of an ASCII character: itself lower-cased if a letter or digit, else none.
char AsciiKeyChar(char c) {
  return IsAsciiAlnum(static_cast<unsigned char>(c)) ? AsciiLower(c) : '\0';
}

}  // namespace

std::string NameKey(std::string_view utf8) {
  static const Latin1Letters latin1([](std::string_view c) { return FoldedKey(c, true); });
  std::string key;  // fast path for Latin text: lower-cased letters and digits, "ä" -> "a"
  if (latin1.Apply(utf8, AsciiKeyChar, &key)) return key;
  return FoldedKey(utf8, true);
}
std::string GoldKey(std::string_view utf8) { return FoldedKey(utf8, false); }

}  // namespace kg
