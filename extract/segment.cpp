#include "extract/segment.h"

#include <algorithm>
#include <array>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "base/ascii.h"
#include "base/intern_table.h"
#include "extract/sentence_break.h"
#include "extract/vocabulary.h"

namespace kg {
namespace {
constexpr size_t kMaxSentenceBytes = 4096;  // longer "sentences" are cut (see AddPieces)
}  // namespace

namespace {

// A set of words (abbreviations, nouns) asked with views: the checks at each candidate
// sentence boundary build no strings.
class WordSet {
 public:
  explicit WordSet(const std::vector<std::string>& words);
  bool Contains(std::string_view word) const { return words_.Contains(word); }
  /// Whether `first` and `second` joined by one space are in the set ("z. B.").
  bool ContainsPhrase(std::string_view first, std::string_view second) const;
  /// Whether any word has a space (else ContainsPhrase is always false).
  bool HasPhrases() const { return max_phrase_size_ > 0; }

 private:
  StringSet words_;
  size_t max_phrase_size_ = 0;  // of any word with a space, in bytes: longer phrases are not joined to be asked
  mutable std::string phrase_;  // ContainsPhrase's scratch, kept for its capacity
};

WordSet::WordSet(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    words_.Insert(word);
    if (word.find(' ') != std::string::npos) max_phrase_size_ = std::max(max_phrase_size_, word.size());
  }
}

bool WordSet::ContainsPhrase(std::string_view first, std::string_view second) const {
  if (first.size() + 1 + second.size() > max_phrase_size_) return false;
  phrase_.assign(first);
  phrase_ += ' ';
  phrase_ += second;
  return Contains(phrase_);
}

}  // namespace

struct Segmenter::Impl {
  Impl(const std::vector<std::string>& abbreviation_list, const std::vector<std::string>& ordinal_noun_list,
       Breaker breaker_kind)
      : abbreviations(abbreviation_list), ordinal_nouns(ordinal_noun_list), breaker(breaker_kind) {}

  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
  // Whole words after which no sentence ends. ICU's FilteredBreakIterator matches them as
  // suffixes ("al." of "et al." suppressed the break after "Capital."), so they are checked here.
  WordSet abbreviations;
  WordSet ordinal_nouns;
  Breaker breaker;
  Vocabulary vocabulary;
  Status status;
  // Scratch space of Split, reused so that it keeps its capacity.
  std::vector<size_t> candidates;               // candidate sentence boundaries
  // What Recycle took back: empty token vectors with their capacity (at most
  // kMaxSpareTokenVectors), and an empty vector of sentences.
  std::vector<std::vector<Token>> spare_tokens;
  std::vector<Sentence> spare_sentences;
  static constexpr size_t kMaxSpareTokenVectors = 1024;

  void SentenceBreaks(std::string_view text, std::vector<size_t>* breaks);
  void AppendIcuSentenceBreaks(std::string_view text, size_t begin, size_t end, std::vector<size_t>* breaks);
  bool EndsSentence(std::string_view text, size_t at) const;
  bool EndsWithAbbreviation(std::string_view text, size_t end) const;

  void AddTokens(std::string_view text, size_t begin, size_t end, Sentence* sentence);
  bool AddTokensFast(std::string_view text, size_t begin, size_t end, Sentence* sentence);
  void AddTokensIcu(std::string_view text, size_t begin, size_t end, Sentence* sentence);
  bool AddPunctuation(std::string_view text, size_t begin, size_t end, bool space_before, Sentence* sentence);
  bool AddCharacter(std::string_view text, size_t i, size_t length, bool space, bool space_before, Sentence* sentence);
  void AddWord(std::string_view text, size_t a, size_t b, bool space_before, Sentence* sentence);
  void AddPieces(std::string_view text, size_t begin, size_t end, std::vector<Sentence>* out);
};

Segmenter::Segmenter(const std::vector<std::string>& abbreviations, const std::vector<std::string>& ordinal_nouns,
                     Breaker breaker)
    : impl_(std::make_unique<Impl>(abbreviations, ordinal_nouns, breaker)) {
  UErrorCode st = U_ZERO_ERROR;
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), st));
  if (U_SUCCESS(st)) impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("de"), st));
  if (U_FAILURE(st)) impl_->status = Status::Unsupported(std::string("ICU break iterators: ") + u_errorName(st));
}

Segmenter::~Segmenter() = default;
Status Segmenter::status() const { return impl_->status; }

namespace {

// White space as ICU defines it, and the byte-order mark; ASCII without ICU's lookup.
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c) || c == 0xFEFF;
}
bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// First and one-past-last non-space byte in [begin, end).
std::pair<size_t, size_t> Trim(std::string_view text, size_t begin, size_t end) {
  while (begin < end) {
    int32_t i = static_cast<int32_t>(begin);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
    if (!IsSpace(c)) break;
    begin = static_cast<size_t>(i);
  }
  while (end > begin) {
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(text.data(), 0, i, c);
    if (!IsSpace(c)) break;
    end = static_cast<size_t>(i);
  }
  return {begin, end};
}

// Whether whitespace, or the sentence start, precedes byte `begin`.
bool SpaceBefore(std::string_view text, size_t begin, size_t sentence_begin) {
  if (begin == sentence_begin) return true;
  int32_t i = static_cast<int32_t>(begin);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return IsSpace(c);
}

// Appends the token text[begin, end) of `form`; `word`: letters or digits (a punctuation
// form has none of the letter flags, so they are copied for either kind). Inline: it
// runs for every token.
inline void AppendToken(std::string_view text, size_t begin, size_t end, const TokenForm& form, bool word,
                        bool space_before, Sentence* sentence) {
  sentence->tokens.push_back(Token{begin, end, std::string_view(text.data() + begin, end - begin), form.fold,
                                   form.number, word, space_before, form.upper_initial, form.has_digit,
                                   form.has_letter});
}

// Whether the character at text[i] (i < end) is white space, and its length in bytes.
// Inline: AddTokensFast asks it of every punctuation character.
inline bool SpaceAt(std::string_view text, size_t i, size_t end, size_t* length) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {  // most punctuation and spaces: no decoding
    *length = 1;
    return byte == ' ' || (byte >= '\t' && byte <= '\r');
  }
  int32_t next = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(text.data(), next, static_cast<int32_t>(end), c);
  *length = static_cast<size_t>(next) - i;
  return IsSpace(c);
}

}  // namespace

// Adds the character text[i, i + length) as punctuation unless it is white space (`space`);
// returns `space`. Inline: most punctuation is one ASCII character between words.
inline bool Segmenter::Impl::AddCharacter(std::string_view text, size_t i, size_t length, bool space, bool space_before,
                                          Sentence* sentence) {
  if (!space) {
    const TokenForm& form = vocabulary.Punctuation(std::string_view(text.data() + i, length));
    AppendToken(text, i, i + length, form, false, space_before, sentence);
  }
  return space;
}

// Adds each character of [begin, end) but white space as a punctuation token; `space_before`:
// whether white space (or the sentence start) precedes `begin`. Returns whether it
// precedes `end`.
bool Segmenter::Impl::AddPunctuation(std::string_view text, size_t begin, size_t end, bool space_before,
                                     Sentence* sentence) {
  for (size_t i = begin, length = 0; i < end; i += length) {
    const bool space = SpaceAt(text, i, end, &length);
    space_before = AddCharacter(text, i, length, space, space_before, sentence);
  }
  return space_before;
}

// Adds the word text[a, b) to the sentence.
void Segmenter::Impl::AddWord(std::string_view text, size_t a, size_t b, bool space_before, Sentence* sentence) {
  AppendToken(text, a, b, vocabulary.Word(std::string_view(text.data() + a, b - a)), true, space_before, sentence);
}

namespace {

// The UAX #29 word-break classes of the characters AddTokensFast handles (those of Latin text
// and other alphabets, see ClassAt); kUnhandled: any other character, whose text goes to ICU.
enum class WordClass { kUnhandled, kLetter, kDigit, kMidNumLet, kMidNum, kOther };

WordClass AsciiWordClass(unsigned char c) {
  if (IsAsciiAlpha(c) || c == '@') return WordClass::kLetter;  // ICU counts '@' a letter (e-mail addresses)
  if (IsAsciiDigit(c)) return WordClass::kDigit;
  if (c == '.' || c == '\'') return WordClass::kMidNumLet;
  if (c == ',' || c == ';') return WordClass::kMidNum;
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || (c > 0x20 && c < 0x7f && c != '_')) return WordClass::kOther;
  return WordClass::kUnhandled;  // controls, and '_' (ExtendNumLet)
}

// AsciiWordClass of every ASCII byte: a lookup instead of a chain of tests per character.
const std::array<WordClass, 128> kAsciiWordClasses = [] {
  std::array<WordClass, 128> table{};
  for (unsigned char c = 0; c < 128; ++c) table[c] = AsciiWordClass(c);
  return table;
}();

// The class of the character at text[i] by ICU's Word_Break property, for two kinds of
// characters whose words ICU splits as it does Latin ones: letters of the alphabets in
// U+0100..U+058F and U+1E00..U+1FFF (Latin Extended, Vietnamese, Greek, Cyrillic,
// Armenian; no dictionary), and General Punctuation that no rule joins ("•", "‑"; an
// emoji among it joins only after a ZWJ, which goes to ICU).
WordClass PropertyClassAt(std::string_view text, size_t i, size_t* length) {
  int32_t next = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(text.data(), next, static_cast<int32_t>(text.size()), c);
  *length = static_cast<size_t>(next) - i;
  const int32_t type = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  const bool alphabet = (c >= 0x100 && c < 0x590) || (c >= 0x1E00 && c < 0x2000);
  if (alphabet) return type == U_WB_ALETTER ? WordClass::kLetter : WordClass::kUnhandled;
  const bool punctuation = c >= 0x2010 && c < 0x2060;
  return punctuation && type == U_WB_OTHER ? WordClass::kOther : WordClass::kUnhandled;
}

// Whether text[i] starts one of U+00C0..U+00FF, the letters of German and French beyond
// ASCII (ä, ö, ü, ß, é), and × and ÷.
bool IsLatin1Supplement(std::string_view text, size_t i) {
  return text[i] == '\xC3' && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80;
}

// The class of the character of U+00C0..U+00FF at text[i]: letters but for × and ÷.
WordClass Latin1SupplementClass(std::string_view text, size_t i) {
  return text[i + 1] == '\x97' || text[i + 1] == '\xB7' ? WordClass::kOther : WordClass::kLetter;
}

// ClassAt of a character beyond ASCII and U+00C0..U+00FF: the common ones by their bytes,
// others by ICU.
WordClass NonAsciiClassAt(std::string_view text, size_t i, size_t* length) {
  const auto c = static_cast<unsigned char>(text[i]);
  *length = 1;
  const auto byte = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
  const bool latin1_other = byte(1) == 0xA0 || byte(1) == 0xAB || byte(1) == 0xBB || byte(1) == 0xA7 || byte(1) == 0xB0;
  if (c == 0xC2 && latin1_other) {  // no-break space (white space, not a token), « » § °
    *length = 2;
    return WordClass::kOther;
  }
  if (c == 0xE2 && byte(1) == 0x80) {
    *length = 3;
    const unsigned char last = byte(2);
    if (last == 0x98 || last == 0x99) return WordClass::kMidNumLet;  // ‘ ’
    const bool dash_or_quote = last == 0x93 || last == 0x94 || (last >= 0x9C && last <= 0x9E) || last == 0xA6;
    if (dash_or_quote) return WordClass::kOther;  // – — “ ” „ …
  }
  if (c == 0xE2 && byte(1) == 0x82 && byte(2) == 0xAC) {  // €
    *length = 3;
    return WordClass::kOther;
  }
  return PropertyClassAt(text, i, length);
}

// The class of the character at text[i] and its length in bytes; U+00C0..U+00FF without a call.
inline WordClass ClassAt(std::string_view text, size_t i, size_t* length) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c >= 0x80) {
    if (IsLatin1Supplement(text, i)) {
      *length = 2;
      return Latin1SupplementClass(text, i);
    }
    size_t non_ascii_length;  // not `length`, so that the caller's can stay in a register
    const WordClass type = NonAsciiClassAt(text, i, &non_ascii_length);
    *length = non_ascii_length;
    return type;
  }
  *length = 1;
  return kAsciiWordClasses[c];
}

// Whether a word goes on across a middle character `mid` between `before` and `after`
// (UAX #29 WB6, WB7, WB11, WB12: "t3n.de", "Nvidia’s", "3.5", "1,000").
bool JoinsAcross(WordClass before, WordClass mid, WordClass after) {
  if (before == WordClass::kLetter && after == WordClass::kLetter) return mid == WordClass::kMidNumLet;
  if (before == WordClass::kDigit && after == WordClass::kDigit)
    return mid == WordClass::kMidNumLet || mid == WordClass::kMidNum;
  return false;
}

bool InWord(WordClass c) { return c == WordClass::kLetter || c == WordClass::kDigit; }
bool IsMiddle(WordClass c) { return c == WordClass::kMidNumLet || c == WordClass::kMidNum; }

// Whether each byte is an ASCII letter or digit (by kAsciiWordClasses): a run of them
// stays in one word (WB5, WB8-WB10), whatever comes after it.
const std::array<bool, 256> kAsciiWordBytes = [] {
  std::array<bool, 256> table{};
  for (unsigned char c = 0; c < 128; ++c) table[c] = InWord(kAsciiWordClasses[c]);
  return table;
}();

// The end of the run of ASCII letters and digits from byte i on. `stopped_at_end`: the
// text's last byte is ASCII and no letter or digit, so the run ends before it without a
// check of the bound at every byte.
size_t AsciiWordRunEnd(std::string_view text, size_t i, bool stopped_at_end) {
  if (stopped_at_end) {
    while (kAsciiWordBytes[static_cast<unsigned char>(text[i])]) ++i;
  } else {
    while (i < text.size() && kAsciiWordBytes[static_cast<unsigned char>(text[i])]) ++i;
  }
  return i;
}

// The class of the letter or digit that ends at byte i: beyond ASCII, ClassAt knows only letters.
WordClass ClassOfWordCharacterBefore(std::string_view text, size_t i) {
  const auto byte = static_cast<unsigned char>(text[i - 1]);
  return byte < 0x80 ? kAsciiWordClasses[byte] : WordClass::kLetter;
}

// The end of the word whose letters or digits run from byte i on: it goes on across
// letters and digits (WB5, WB8-WB10) and across a middle character between two like ones
// (JoinsAcross); `stopped_at_end` as for AsciiWordRunEnd.
size_t WordEnd(std::string_view range, size_t i, bool stopped_at_end) {
  for (;;) {
    i = AsciiWordRunEnd(range, i, stopped_at_end);
    if (i >= range.size()) return i;
    size_t length;
    const WordClass type = ClassAt(range, i, &length);
    if (InWord(type)) {  // a letter beyond ASCII
      i += length;
      continue;
    }
    if (!IsMiddle(type) || i + length >= range.size()) return i;
    size_t after_length;
    const WordClass after = ClassAt(range, i + length, &after_length);
    if (!JoinsAcross(ClassOfWordCharacterBefore(range, i), type, after)) return i;
    i += length + after_length;
  }
}

}  // namespace

void Segmenter::Impl::AddTokens(std::string_view text, size_t begin, size_t end, Sentence* sentence) {
  if (breaker == Breaker::kIcu || !AddTokensFast(text, begin, end, sentence)) AddTokensIcu(text, begin, end, sentence);
}

// The tokens of [begin, end): words by UAX #29 (see WordEnd), and each other character
// but white space as punctuation, in one pass. At a character ClassAt does not handle it
// takes back the tokens and the forms they added, and returns false.
bool Segmenter::Impl::AddTokensFast(std::string_view text, size_t begin, size_t end, Sentence* sentence) {
  const Vocabulary::Mark before = vocabulary.Now();
  const std::string_view range = text.substr(0, end);
  const auto last_byte = static_cast<unsigned char>(text[end - 1]);  // most sentences end in punctuation
  const bool stopped_at_end = last_byte < 0x80 && !kAsciiWordBytes[last_byte];
  bool space_before = true;  // the sentence start
  for (size_t i = begin, length = 0; i < end; i += length) {
    if (text[i] == ' ') {  // most characters between words: no class lookup
      length = 1;
      space_before = true;
      continue;
    }
    const WordClass type = ClassAt(range, i, &length);
    if (type == WordClass::kUnhandled) {
      sentence->tokens.clear();
      vocabulary.Forget(before);
      return false;
    }
    if (!InWord(type)) {
      const bool space = SpaceAt(text, i, end, &length);  // the same length as ClassAt's
      space_before = AddCharacter(text, i, length, space, space_before, sentence);
      continue;
    }
    const size_t word_end = WordEnd(range, i + length, stopped_at_end);
    AppendToken(text, i, word_end, vocabulary.Word(std::string_view(text.data() + i, word_end - i)), true, space_before,
                sentence);
    space_before = false;
    length = word_end - i;
  }
  return true;
}

void Segmenter::Impl::AddTokensIcu(std::string_view text, size_t begin, size_t end, Sentence* sentence) {
  UErrorCode st = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &st);
  if (U_FAILURE(st)) return;
  words->setText(ut, st);
  int32_t from = words->first();
  for (int32_t to = words->next(); to != icu::BreakIterator::DONE; from = to, to = words->next()) {
    const size_t a = begin + static_cast<size_t>(from), b = begin + static_cast<size_t>(to);
    // ICU's words may end in a Format character that counts as space (U+FEFF), so the
    // character before each is looked at again.
    const bool space_before = SpaceBefore(text, a, sentence->begin);
    if (words->getRuleStatus() == UBRK_WORD_NONE) {
      AddPunctuation(text, a, b, space_before, sentence);
    } else {
      AddWord(text, a, b, space_before, sentence);
    }
  }
  utext_close(ut);
}

// Whether the text before a break at `end` ends with a listed abbreviation as a whole word
// ("Dr.", "z. B."), after opening brackets or quotes.
bool Segmenter::Impl::EndsWithAbbreviation(std::string_view text, size_t end) const {
  size_t e = end;
  while (e > 0 && IsSpaceByte(text[e - 1])) --e;
  if (e == 0 || text[e - 1] != '.') return false;
  auto word_start = [&text](size_t i) {
    while (i > 0 && !IsSpaceByte(text[i - 1])) --i;
    return i;
  };
  size_t b = word_start(e - 1);
  while (b < e && (text[b] == '(' || text[b] == '"' || text[b] == '\'')) ++b;
  const std::string_view word = text.substr(b, e - b);
  if (abbreviations.Contains(word)) return true;
  const bool ordinal = word.size() >= 2 && word.size() <= 3 &&  // "am 1. Januar", "der 12. Platz"
                       std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
  if (!ordinal && !abbreviations.HasPhrases()) return false;  // most candidates: no word around to look at
  size_t next = e;  // the first half of "z. B.": the break after "z."
  while (next < text.size() && text[next] == ' ') ++next;
  size_t next_end = next;
  while (next_end < text.size() && !IsSpaceByte(text[next_end])) ++next_end;
  if (ordinal && next < text.size()) {
    std::string_view following = text.substr(next, next_end - next);
    while (!following.empty() && std::string_view(".,;:!?)").find(following.back()) != std::string_view::npos) {
      following.remove_suffix(1);
    }
    const bool lowercase = !following.empty() && following.front() >= 'a' && following.front() <= 'z';
    if (lowercase || ordinal_nouns.Contains(following)) return true;
  }
  if (next > e && abbreviations.ContainsPhrase(word, text.substr(next, next_end - next))) return true;
  size_t gap = b;  // a two-word abbreviation written with a space: "z. B.", "u. a."
  while (gap > 0 && text[gap - 1] == ' ') --gap;
  if (gap == b || gap == 0 || gap + 1 != b) return false;
  const size_t first = word_start(gap);
  return abbreviations.ContainsPhrase(text.substr(first, gap - first), word);
}

// Cuts [begin, end) into sentences of at most kMaxSentenceBytes, at a space where possible,
// so that a file without punctuation (one 50 MB line) stays linear to process.
void Segmenter::Impl::AddPieces(std::string_view text, size_t begin, size_t end, std::vector<Sentence>* out) {
  while (begin < end) {
    size_t cut = end;
    if (end - begin > kMaxSentenceBytes) {
      cut = begin + kMaxSentenceBytes;
      const size_t space = text.rfind(' ', cut);
      if (space != std::string_view::npos && space > begin) cut = space;
      while (cut < end && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;  // not inside a character
    }
    auto [a, b] = Trim(text, begin, cut);
    begin = cut;
    if (a == b) continue;
    Sentence& sentence = out->emplace_back();
    sentence.begin = a;
    sentence.end = b;
    if (!spare_tokens.empty()) {
      sentence.tokens = std::move(spare_tokens.back());
      spare_tokens.pop_back();
    }
    // Room for the tokens of most sentences (news text has a token per five or six bytes),
    // so that the vector is seldom reallocated as it grows, nor copied.
    sentence.tokens.reserve((b - a) / 5 + 4);
    AddTokens(text, a, b, &sentence);
    if (sentence.tokens.empty()) {
      spare_tokens.push_back(std::move(sentence.tokens));
      out->pop_back();
    }
  }
}

uint64_t Segmenter::epoch() const { return impl_->vocabulary.epoch(); }

// The sentence boundaries of UAX #29, ICU's or ours, before Split's own exceptions.
void Segmenter::Impl::SentenceBreaks(std::string_view text, std::vector<size_t>* breaks) {
  breaks->clear();
  if (breaker == Breaker::kIcu) {
    AppendIcuSentenceBreaks(text, 0, text.size(), breaks);
    return;
  }
  // Our code scans up to a line it leaves to ICU, ICU splits that line, and ours goes on after it.
  for (size_t begin = AppendSentenceBreaks(text, 0, text.size(), breaks); begin < text.size();) {
    const size_t end = LineEnd(text, begin);
    AppendIcuSentenceBreaks(text, begin, end, breaks);
    begin = AppendSentenceBreaks(text, end, text.size(), breaks);
  }
}

void Segmenter::Impl::AppendIcuSentenceBreaks(std::string_view text, size_t begin, size_t end,
                                              std::vector<size_t>* breaks) {
  UErrorCode st = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &st);
  if (U_FAILURE(st)) return;
  sentences->setText(ut, st);
  sentences->first();
  for (int32_t to = sentences->next(); to != icu::BreakIterator::DONE; to = sentences->next()) {
    breaks->push_back(begin + static_cast<size_t>(to));
  }
  utext_close(ut);
}

// Whether a sentence ends at the boundary `at` of UAX #29, which does not know names
// and abbreviations.
bool Segmenter::Impl::EndsSentence(std::string_view text, size_t at) const {
  if (at == text.size()) return true;
  // A break with no space after it ("01.AI", "t3n.de") is inside a name, not between sentences.
  if (at > 0 && text[at - 1] == '.' && !IsSpaceByte(text[at])) return false;
  const bool line_end = at > 0 && text[at - 1] == '\n';
  return line_end || !EndsWithAbbreviation(text, at);
}

std::vector<Sentence> Segmenter::Split(std::string_view text) {
  std::vector<Sentence> out = std::move(impl_->spare_sentences);
  out.clear();
  if (!impl_->status.ok()) return out;
  impl_->vocabulary.Trim();
  impl_->SentenceBreaks(text, &impl_->candidates);
  out.reserve(impl_->candidates.size());  // most candidates end a sentence
  size_t from = 0;
  for (const size_t to : impl_->candidates) {
    if (!impl_->EndsSentence(text, to)) continue;
    impl_->AddPieces(text, from, to, &out);
    from = to;
  }
  return out;
}

void Segmenter::Recycle(std::vector<Sentence>&& sentences) {
  for (Sentence& sentence : sentences) {
    if (impl_->spare_tokens.size() == Impl::kMaxSpareTokenVectors) break;
    sentence.tokens.clear();
    impl_->spare_tokens.push_back(std::move(sentence.tokens));
  }
  sentences.clear();
  impl_->spare_sentences = std::move(sentences);
}

}  // namespace kg
