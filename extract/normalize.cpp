#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>


#include "base/ascii.h"
#include "base/latin1.h"

namespace kg {
namespace {

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::string NormalizeNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  const icu::StringPiece in(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(in, status) && U_SUCCESS(status)) return std::string(utf8);  // most text: no copy to UTF-16
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  nfc->normalizeUTF8(0, in, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(utf8);
}

namespace {

std::string FoldCaseIcu(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return ToUtf8(s.foldCase());
}

}  // namespace

std::string FoldCase(std::string_view utf8) {
  static const Latin1Letters latin1(FoldCaseIcu);
  std::string folded;  // fast path for Latin text, most words
  if (latin1.Apply(utf8, AsciiLower, &folded)) return folded;
  return FoldCaseIcu(utf8);
}

}  // namespace kg
