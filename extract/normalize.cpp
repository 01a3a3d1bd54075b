#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <bitset>

#include "base/ascii.h"
#include "base/latin1.h"
#include "base/utf8.h"

namespace kg {
namespace {

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// The code points below kLimit that ICU marks NFC_Quick_Check=Yes with combining class 0.
// A text of only these is NFC: none of them composes with a neighbour or is reordered.
// Each code point is asked of ICU when first met, not all of them up front: a corpus
// meets a few hundred.
class NfcStableCodePoints {
 public:
  static constexpr UChar32 kLimit = 0x3000;  // Latin, Greek, Cyrillic, punctuation, symbols
  // The lead byte of U+02C0..U+02FF: every code point of two bytes up to U+02FF (Latin-1,
  // Latin Extended, IPA, modifier letters) is stable, as normalize_test checks, so those
  // are passed over without decoding.
  static constexpr unsigned char kLastStableLead = 0xCB;

  /// Whether every code point of `utf8` is stable; false also for malformed or 4-byte sequences.
  bool AllStable(std::string_view utf8) {
    const auto* begin = reinterpret_cast<const unsigned char*>(utf8.data());
    const unsigned char* end = begin + utf8.size();
    for (size_t i = SkipTwoByteSequences(utf8, 0, kLastStableLead); i < utf8.size();
         i = SkipTwoByteSequences(utf8, i, kLastStableLead)) {
      const unsigned char* p = begin + i;
      UChar32 c = *p;
      const size_t length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (c < 0xC2 || length == 4 || static_cast<size_t>(end - p) < length) return false;
      if ((p[1] & 0xC0) != 0x80 || (length == 3 && (p[2] & 0xC0) != 0x80)) return false;
      c = length == 2 ? (c & 0x1F) << 6 | (p[1] & 0x3F) : (c & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
      if (c < (length == 2 ? 0x80 : 0x800) || c >= kLimit || !Stable(c)) return false;
      i += length;
    }
    return true;
  }

 private:
  bool Stable(UChar32 c) {
    const auto i = static_cast<size_t>(c);
    if (!known_[i]) {
      known_[i] = true;
      stable_[i] = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
    }
    return stable_[i];
  }

  std::bitset<kLimit> known_, stable_;
};

}  // namespace

std::string_view NormalizeNfc(std::string_view utf8, std::string* buffer) {
  thread_local NfcStableCodePoints stable;  // filled as it is asked, so one per thread
  if (stable.AllStable(utf8)) return utf8;  // German and English news: no ICU call
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return utf8;
  const icu::StringPiece in(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(in, status) && U_SUCCESS(status)) return utf8;  // most text: no copy to UTF-16
  status = U_ZERO_ERROR;
  buffer->clear();
  icu::StringByteSink<std::string> sink(buffer, static_cast<int32_t>(utf8.size()));
  nfc->normalizeUTF8(0, in, sink, nullptr, status);
  return U_SUCCESS(status) ? std::string_view(*buffer) : utf8;
}

std::string NormalizeNfc(std::string_view utf8) {
  std::string buffer;
  return std::string(NormalizeNfc(utf8, &buffer));
}

namespace {

// FoldCase of ASCII text: what Latin1Letters::Apply makes of it (AsciiLower, a NUL byte
// dropped), without Apply's test of each byte for Latin-1 (0.3% of a run's instructions).
std::string FoldAscii(std::string_view ascii) {
  std::string folded(ascii);
  size_t kept = 0;
  for (const char c : ascii) {
    folded[kept] = AsciiLower(c);
    kept += c != '\0';
  }
  folded.resize(kept);
  return folded;
}

std::string FoldCaseIcu(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return ToUtf8(s.foldCase());
}

}  // namespace

std::string FoldCase(std::string_view utf8) {
  if (FindNonAscii(utf8, 0) == utf8.size()) return FoldAscii(utf8);  // most words
  static const Latin1Letters latin1(FoldCaseIcu);
  std::string folded;  // fast path for Latin text, most words
  if (latin1.Apply(utf8, AsciiLower, &folded)) return folded;
  return FoldCaseIcu(utf8);
}

}  // namespace kg
