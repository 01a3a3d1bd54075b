#include "graph/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>

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

}  // namespace

std::string NameKey(std::string_view utf8) {
  std::string ascii;  // fast path for ASCII text: lower-cased letters and digits
  for (char c : utf8) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) return FoldedKey(utf8, true);
    if (std::isalnum(u)) ascii += static_cast<char>(std::tolower(u));
  }
  return ascii;
}
std::string GoldKey(std::string_view utf8) { return FoldedKey(utf8, false); }

}  // namespace kg
