// Sentence and word segmentation of a UTF-8 document by the UAX #29 rules (our own code,
// or ICU's break iterators for other scripts); every offset is a byte offset into it.
#ifndef KG_EXTRACT_SEGMENT_H_
#define KG_EXTRACT_SEGMENT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kg {

/// A word, a number, or one punctuation character. `text` lives in the document; `fold`
/// in the Segmenter's vocabulary, valid until its next Split.
struct Token {
  size_t begin = 0, end = 0;  // bytes into the document, half-open
  std::string_view text;
  std::string_view fold;      // case-folded text
  uint32_t form = 0;          // the same for every token of the same text and kind, within
                              // one vocabulary epoch of the Segmenter (see Segmenter::epoch)
  bool word = false;          // letters or digits (else punctuation)
  bool space_before = false;  // whitespace (or the sentence start) precedes it
  bool upper_initial = false; // first character is upper or title case
  bool has_digit = false;
  bool has_letter = false;
};

/// A sentence: its byte range (trimmed of whitespace) and its tokens.
struct Sentence {
  size_t begin = 0, end = 0;
  std::vector<Token> tokens;
};

/// Splits documents into sentences and tokens. Creating one is costly (ICU rules);
/// reuse it. Not thread-safe: use one per thread.
class Segmenter {
 public:
  /// `abbreviations` are words ending in "." after which no sentence ends ("Dr.", "z.B.");
  /// nor does one end at a number of one or two digits and a "." before one of
  /// `ordinal_nouns` or a lowercase word ("am 1. Januar", "der 2. Platz", "zum 3. mal").
  /// Sentences and words are split by UAX #29 rules, in our own code where it knows the
  /// characters (sentences: a line without Extend or Format characters; words: letters
  /// of Latin, Greek, Cyrillic and Armenian, digits and common punctuation) and by ICU
  /// for anything else;
  /// `Breaker::kIcu` sends all text to ICU (the tests compare both).
  enum class Breaker { kFastThenIcu, kIcu };
  explicit Segmenter(const std::vector<std::string>& abbreviations, const std::vector<std::string>& ordinal_nouns = {},
                     Breaker breaker = Breaker::kFastThenIcu);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// Error only when ICU cannot create its break iterators.
  Status status() const;
  /// Sentences of `text` (valid UTF-8, must outlive the result). Line breaks always
  /// end a sentence, so headlines and list items stand alone; a sentence longer than
  /// 4 KiB is cut at a space, so no input makes processing superlinear.
  std::vector<Sentence> Split(std::string_view text);
  /// Takes back the sentences of an earlier Split once they are no longer needed, so that
  /// the next Split reuses their memory instead of allocating a token vector per sentence.
  void Recycle(std::vector<Sentence>&& sentences);
  /// Changes when Split forgets the forms it has seen (bounding memory on hostile input);
  /// until then a Token::form number stands for one text.
  uint64_t epoch() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

#endif  // KG_EXTRACT_SEGMENT_H_
