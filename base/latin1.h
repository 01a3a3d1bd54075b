// Latin1Letters: a string function applied one character at a time for text of ASCII and
// the letters U+00C0..U+00FF (German, French, Spanish words), so such text skips ICU.
#ifndef KG_BASE_LATIN1_H_
#define KG_BASE_LATIN1_H_

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace kg {

class Latin1Letters {
 public:
  /// Computes `slow` once for each character U+00C0..U+00FF.
  template <typename Slow>
  explicit Latin1Letters(Slow slow) {
    for (size_t i = 0; i < table_.size(); ++i) {
      const char utf8[2] = {static_cast<char>(0xC3), static_cast<char>(0x80 + i)};
      table_[i] = slow(std::string_view(utf8, 2));
      longest_piece_ = std::max(longest_piece_, table_[i].size());
    }
  }

  /// Sets `*out` to the pieces of `text` one character at a time: `ascii(c)` for a byte
  /// below 0x80 ('\0': nothing), the slow function's result for U+00C0..U+00FF. False, with
  /// `*out` unspecified, when `text` holds any other character. Exact only for functions
  /// that map each character alone, as case folding does; callers test that they agree.
  template <typename Ascii>
  bool Apply(std::string_view text, Ascii ascii, std::string* out) const {
    // Room for the longest result (a two-byte character may become longest_piece_ bytes),
    // written through a pointer rather than appended piece by piece.
    out->resize(text.size() * std::max<size_t>(1, (longest_piece_ + 1) / 2));
    char* const begin = &(*out)[0];
    char* end = begin;
    for (size_t i = 0; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {
        if (const char c = ascii(text[i])) *end++ = c;
        continue;
      }
      const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      if (byte != 0xC3 || next < 0x80 || next > 0xBF) return false;
      const std::string& piece = table_[next - 0x80];
      end = std::copy(piece.begin(), piece.end(), end);
      ++i;
    }
    out->resize(static_cast<size_t>(end - begin));
    return true;
  }

 private:
  std::array<std::string, 64> table_;
  size_t longest_piece_ = 0;  // of the table's strings
};

}  // namespace kg

#endif  // KG_BASE_LATIN1_H_
