#include "extract/sentence_break.h"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg {
namespace {

// The UAX #29 sentence-break classes. The ones from kATerm on end a sentence or a line,
// so the scan stops at them; kTransparent stands for Extend and Format.
enum class SentenceClass : unsigned char {
  kOther, kLower, kUpper, kOLetter, kNumeric, kClose, kSp, kSContinue,
  kATerm, kSTerm, kCR, kLF, kSep, kTransparent
};

// The class of a code point, from ICU's character data (which its own rules use).
SentenceClass ClassOf(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_LOWER: return SentenceClass::kLower;
    case U_SB_UPPER: return SentenceClass::kUpper;
    case U_SB_OLETTER: return SentenceClass::kOLetter;
    case U_SB_NUMERIC: return SentenceClass::kNumeric;
    case U_SB_CLOSE: return SentenceClass::kClose;
    case U_SB_SP: return SentenceClass::kSp;
    case U_SB_SCONTINUE: return SentenceClass::kSContinue;
    case U_SB_ATERM: return SentenceClass::kATerm;
    case U_SB_STERM: return SentenceClass::kSTerm;
    case U_SB_CR: return SentenceClass::kCR;
    case U_SB_LF: return SentenceClass::kLF;
    case U_SB_SEP: return SentenceClass::kSep;
    case U_SB_EXTEND:
    case U_SB_FORMAT: return SentenceClass::kTransparent;
    default: return SentenceClass::kOther;
  }
}

// ClassOf, remembered per thread for the code points below U+3000 (the alphabets and
// punctuation of most text), each asked of ICU once.
SentenceClass CachedClassOf(UChar32 c) {
  constexpr UChar32 kCached = 0x3000;
  if (c < 0 || c >= kCached) return ClassOf(c);
  thread_local std::array<unsigned char, kCached> known{};  // the class + 1; 0: not asked yet
  unsigned char& entry = known[static_cast<size_t>(c)];
  if (entry == 0) entry = static_cast<unsigned char>(static_cast<unsigned char>(ClassOf(c)) + 1);
  return static_cast<SentenceClass>(entry - 1);
}

// ClassOf for every ASCII byte, looked up once: most text is ASCII.
const std::array<SentenceClass, 128>& AsciiClasses() {
  static const std::array<SentenceClass, 128> classes = [] {
    std::array<SentenceClass, 128> table{};
    for (UChar32 c = 0; c < 128; ++c) table[static_cast<size_t>(c)] = ClassOf(c);
    return table;
  }();
  return classes;
}

bool IsCased(SentenceClass c) { return c == SentenceClass::kUpper || c == SentenceClass::kLower; }

// Finds the boundaries of lines text[begin, end) (see AppendSentenceBreaks) in one pass.
// Between terminators it only classifies characters; at each "." "!" "?" (ATerm, STerm)
// it applies rules SB6-SB11 to the run that follows.
class SentenceScanner {
 public:
  SentenceScanner(std::string_view text, size_t begin, size_t end)
      : text_(text), begin_(begin), end_(end), ascii_(AsciiClasses()) {}

  /// Appends the boundaries and returns end_, or, at a transparent character, the start
  /// of its line, with the boundaries of that line taken back.
  size_t Scan(std::vector<size_t>* breaks) const;

 private:
  // The first byte from i on that is not an ASCII character that SB998 passes over
  // (nor, within blocks, a Latin letter: see LatinLeadBytes): the hot loop, so it reads
  // bytes without decoding.
  size_t SkipPlainAscii(size_t i) const;
  // Where SkipPlainAscii may stop, from i on, found sixteen bytes at a time where the CPU
  // can (at a character's start); i itself elsewhere.
  size_t SkipPlainAsciiBlocks(size_t i) const;
  // The class of the character at byte i (< end_) and its length in bytes.
  SentenceClass ClassAt(size_t i, size_t* length) const {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte >= 0x80) {
      size_t non_ascii_length;  // not `length`, so that the caller's can stay in a register
      const SentenceClass type = NonAsciiClassAt(i, &non_ascii_length);
      *length = non_ascii_length;
      return type;
    }
    *length = 1;
    return ascii_[byte];
  }
  SentenceClass NonAsciiClassAt(size_t i, size_t* length) const;
  // The class of the character ending at byte i; kOther at the start of the lines.
  SentenceClass ClassBefore(size_t i) const;
  // The end of the run of characters of class `skipped` from byte i.
  size_t Skip(size_t i, SentenceClass skipped) const;
  // Handles the terminator at [term, after): appends the boundary that ends its run
  // "Term Close* Sp*" unless a rule forbids it; returns where the scan goes on.
  size_t AfterTerminator(size_t term, size_t after, SentenceClass kind, std::vector<size_t>* breaks) const;
  // Whether a sentence ends at byte `at`, after the terminator at [term, after) and
  // its run of closing punctuation and spaces.
  bool BreaksAt(size_t term, size_t after, SentenceClass kind, size_t at) const;
  // SB8: whether a lowercase letter follows byte i before any letter, terminator or line end.
  bool LowercaseFollows(size_t i) const;

  std::string_view text_;
  size_t begin_, end_;
  const std::array<SentenceClass, 128>& ascii_;
};

SentenceClass SentenceScanner::NonAsciiClassAt(size_t i, size_t* length) const {
  int32_t next = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(text_.data(), next, static_cast<int32_t>(end_), c);
  *length = static_cast<size_t>(next) - i;
  return CachedClassOf(c);
}

SentenceClass SentenceScanner::ClassBefore(size_t i) const {
  if (i == begin_) return SentenceClass::kOther;
  size_t start = i - 1;
  while (start > begin_ && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) --start;
  size_t length;
  return ClassAt(start, &length);
}

size_t SentenceScanner::Skip(size_t i, SentenceClass skipped) const {
  size_t length;
  while (i < end_ && ClassAt(i, &length) == skipped) i += length;
  return i;
}

bool SentenceScanner::LowercaseFollows(size_t i) const {
  while (i < end_) {
    size_t length;
    const SentenceClass c = ClassAt(i, &length);
    if (c == SentenceClass::kLower) return true;
    if (IsCased(c) || c == SentenceClass::kOLetter || c >= SentenceClass::kATerm) return false;
    i += length;
  }
  return false;
}

bool SentenceScanner::BreaksAt(size_t term, size_t after, SentenceClass kind, size_t at) const {
  size_t length;
  const SentenceClass next = ClassAt(at, &length);
  // SB9, SB10: not before a line end (SB4 breaks after it). SB8a: not before another
  // terminator or a continuing comma, colon or dash. A transparent character: the
  // line goes to ICU anyway.
  if (next == SentenceClass::kSContinue || next >= SentenceClass::kATerm) return false;
  if (kind != SentenceClass::kATerm) return true;  // SB11
  if (at == after) {  // right after the "."
    if (next == SentenceClass::kNumeric) return false;                                  // SB6: "3.5"
    if (next == SentenceClass::kUpper && IsCased(ClassBefore(term))) return false;  // SB7: "U.S"
  }
  return !LowercaseFollows(at);  // SB8: "etc. and"
}

size_t SentenceScanner::AfterTerminator(size_t term, size_t after, SentenceClass kind,
                                        std::vector<size_t>* breaks) const {
  const size_t at = Skip(Skip(after, SentenceClass::kClose), SentenceClass::kSp);
  if (at < end_ && BreaksAt(term, after, kind, at)) breaks->push_back(at);
  return at;  // the end of the text is a boundary anyway (SB2)
}

#if defined(__SSE2__)
// The lead bytes 0xC3..0xCB of the sixteen bytes in `block`, each 0xFF (else 0): they
// start the two-byte characters U+00C0..U+02FF (Latin-1 letters, Latin Extended, IPA,
// modifier letters), none of them in a class from kATerm on, as the test of each of them
// against ICU's data checks. SB998 passes over them as over plain ASCII.
__m128i LatinLeadBytes(__m128i block) {
  // x in [0xC3, 0xCB]: x - 0xC3 below 9, wrapped to a byte and shifted by 0x80 to compare signed.
  const __m128i shifted = _mm_add_epi8(block, _mm_set1_epi8(static_cast<char>(0x80 - 0xC3)));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(9 - 0x80)));
}
#endif

inline size_t SentenceScanner::SkipPlainAsciiBlocks(size_t i) const {
#if defined(__SSE2__)
  // The ASCII bytes that ICU's data puts in the classes from kATerm on: ATerm ".",
  // STerm "!" "?", CR, LF. Any other in a block would also be found by the test of
  // every ASCII byte at every place of a block (sentence_break_test).
  const __m128i period = _mm_set1_epi8('.'), exclamation = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
  const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
  unsigned continued = 0;  // 1: the block starts with the second byte of a Latin character
  for (; i + 16 <= end_; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + i));
    const __m128i terminators = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, period), _mm_cmpeq_epi8(block, exclamation)),
                                             _mm_cmpeq_epi8(block, question));
    const __m128i line_ends = _mm_or_si128(_mm_cmpeq_epi8(block, cr), _mm_cmpeq_epi8(block, lf));
    const auto stops = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(terminators, line_ends)));
    const auto latin = static_cast<unsigned>(_mm_movemask_epi8(LatinLeadBytes(block)));
    const unsigned latin_bytes = latin | latin << 1 | continued;
    const auto non_ascii = static_cast<unsigned>(_mm_movemask_epi8(block));
    const unsigned hits = stops | (non_ascii & ~latin_bytes);
    if (hits != 0) return i + static_cast<size_t>(__builtin_ctz(hits));
    continued = latin >> 15;
  }
  return i + continued;  // not inside a character
#else
  return i;
#endif
}

inline size_t SentenceScanner::SkipPlainAscii(size_t i) const {
  i = SkipPlainAsciiBlocks(i);
  const SentenceClass* ascii = ascii_.data();
  for (; i < end_; ++i) {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte >= 0x80 || ascii[byte] >= SentenceClass::kATerm) break;
  }
  return i;
}

size_t SentenceScanner::Scan(std::vector<size_t>* breaks) const {
  size_t line_begin = begin_, line_breaks = breaks->size();  // the line being scanned
  for (size_t i = SkipPlainAscii(begin_); i < end_; i = SkipPlainAscii(i)) {
    size_t length;
    const SentenceClass c = ClassAt(i, &length);
    if (c < SentenceClass::kATerm) {  // SB998
      i += length;
      continue;
    }
    if (c == SentenceClass::kTransparent) {
      breaks->resize(line_breaks);
      return line_begin;
    }
    if (c == SentenceClass::kATerm || c == SentenceClass::kSTerm) {
      i = AfterTerminator(i, i + length, c, breaks);
      continue;
    }
    i += length;  // SB4: after a line end; SB3: CR LF is one
    if (c == SentenceClass::kCR && i < end_ && text_[i] == '\n') ++i;
    breaks->push_back(i);
    if (text_[i - 1] == '\n') {
      line_begin = i;
      line_breaks = breaks->size();
    }
  }
  return end_;
}

}  // namespace

size_t LineEnd(std::string_view text, size_t begin) {
  const void* lf = std::memchr(text.data() + begin, '\n', text.size() - begin);
  return lf == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(lf) - text.data()) + 1;
}

size_t AppendSentenceBreaks(std::string_view text, size_t begin, size_t end, std::vector<size_t>* breaks) {
  const size_t done = SentenceScanner(text, begin, end).Scan(breaks);
  if (done == end && begin < end && (breaks->empty() || breaks->back() != end)) breaks->push_back(end);  // SB2
  return done;
}

}  // namespace kg
