// Sentence boundaries by the rules of Unicode UAX #29 (SB1-SB998, placed as ICU 72's
// root-locale sentence iterator places them), in our own code and far cheaper than ICU's.
#ifndef KG_EXTRACT_SENTENCE_BREAK_H_
#define KG_EXTRACT_SENTENCE_BREAK_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace kg {

/// The end of the line that starts at byte `begin`: just after its line feed, or
/// text.size(). Every line end is a sentence boundary (UAX #29 SB4), and no rule looks
/// across one, so lines can be split one by one and by different means.
size_t LineEnd(std::string_view text, size_t begin);

/// Appends to `breaks` the sentence boundaries of the lines text[begin, end): byte offsets
/// in (begin, end], increasing, the last one `end` (none when begin == end); returns `end`.
/// requires: `text` is valid UTF-8; `begin` is 0 or follows a line feed, `end` is
/// text.size() or follows a line feed.
/// At the first line that holds a character of class Extend or Format (combining marks,
/// the soft hyphen, joiners), which rule SB5 makes transparent and this code leaves to
/// ICU, it stops and returns that line's start: the boundaries of the lines before it
/// are appended, none of its own.
size_t AppendSentenceBreaks(std::string_view text, size_t begin, size_t end, std::vector<size_t>* breaks);

}  // namespace kg

#endif  // KG_EXTRACT_SENTENCE_BREAK_H_
