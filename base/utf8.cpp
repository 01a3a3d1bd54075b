#include "base/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/ascii.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

size_t SkipTwoByteSequences(std::string_view bytes, size_t i, unsigned char max_lead) {
#if defined(__SSE2__)
  // Lead bytes 0xC2..max_lead: x - 0xC2 below their count, shifted by 0x80 to compare
  // signed; continuation bytes 0x80..0xBF are, signed, the ones below 0xC0.
  const __m128i lead_offset = _mm_set1_epi8(static_cast<char>(0x80 - 0xC2));
  const __m128i lead_count = _mm_set1_epi8(static_cast<char>(max_lead - 0xC2 + 1 - 0x80));
  const __m128i continuation_limit = _mm_set1_epi8(static_cast<char>(0xC0));
  for (; i + 16 <= bytes.size(); i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
    const auto non_ascii = static_cast<unsigned>(_mm_movemask_epi8(block));
    if (non_ascii == 0) continue;
    const auto leads = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(block, lead_offset), lead_count)));
    const auto continuations = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(block, continuation_limit)));
    const unsigned paired_leads = leads & continuations >> 1;  // a lead at 15 is not: its pair is in the next block
    const unsigned others = non_ascii & ~(paired_leads | paired_leads << 1);
    if (others != 0) return i + static_cast<size_t>(__builtin_ctz(others));
  }
#else
  (void)max_lead;
#endif
  return FindNonAscii(bytes, i);
}

size_t FindInvalidUtf8(std::string_view bytes) {
  const size_t n = bytes.size();
  constexpr unsigned char kLastTwoByteLead = 0xDF;  // every two-byte sequence from 0xC2 on is valid
  for (size_t i = SkipTwoByteSequences(bytes, 0, kLastTwoByteLead); i < n;
       i = SkipTwoByteSequences(bytes, i, kLastTwoByteLead)) {
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
