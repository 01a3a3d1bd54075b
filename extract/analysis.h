// The extractor's working view of one sentence: tokens, the entity spans found in it,
// and trigger matching. Shared by mention finding (mentions.cpp) and relation rules
// (relations.cpp); not part of the public API.
#ifndef KG_EXTRACT_ANALYSIS_H_
#define KG_EXTRACT_ANALYSIS_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <string>
#include <vector>

#include "base/intern_table.h"
#include "extract/knowledge.h"
#include "extract/segment.h"
#include "graph/types.h"

namespace kg {

/// How a span names its entity; relation rules read different forms differently.
enum class Form {
  kName,       // "DeepSeek", "China"
  kGenitive,   // "Alibabas", "OpenAI’s" (possessor)
  kAdjective,  // "chinesische" (a country as modifier)
  kPrefix,     // "US-" in "US-Unternehmen" (a name as compound modifier)
  kAnaphor,    // "das Unternehmen", "Es" standing for an earlier mention
};

/// An entity mention within a sentence: tokens [first, last] (inclusive).
struct Span {
  size_t first = 0, last = 0;
  size_t mention = 0;  // index into DocumentExtraction::mentions
  EntityType type = EntityType::kCompany;
  Form form = Form::kName;
};

/// The name key less a genitive "s" when the written word ends in one ("orrerys" of
/// "Orrerys" -> "orrery"; `fold` is the word's folded text, also the last word of a name);
/// empty otherwise. Known names are looked up under both keys.
std::string GenitiveStem(std::string_view key, std::string_view fold);

/// One trigger list's place in a ListSet, found once per list name: testing a set is then a
/// load and a mask, and a name that is no list has no bit (mask 0), so it needs no test of its own.
struct ListBit {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t index = kNone;  // TriggerSet::index
  size_t word = 0;
  uint64_t mask = 0;
  static ListBit Of(size_t index) { return {index, index / 64, uint64_t{1} << (index % 64)}; }
};

/// A set of trigger lists (TriggerBits as 64-bit words, tested with a ListBit).
class ListSet {
 public:
  ListSet() = default;
  explicit ListSet(const TriggerBits& bits);
  bool Has(const ListBit& bit) const { return (words_[bit.word] & bit.mask) != 0; }
  ListSet& operator|=(const ListSet& other) {
    for (size_t w = 0; w < kWords; ++w) words_[w] |= other.words_[w];
    return *this;
  }
  ListSet operator|(const ListSet& other) const { return ListSet(*this) |= other; }

 private:
  static_assert(kMaxTriggerLists % 64 == 0, "whole words");
  static constexpr size_t kWords = kMaxTriggerLists / 64;
  uint64_t words_[kWords] = {};
};

/// What the knowledge says of each folded word: the trigger lists it matches, as a single
/// word and as the first word of a phrase, and its lookups in the name tables; computed
/// once per distinct word and kept for the Extractor's lifetime (one per thread), so
/// matching a token against a list is a bit test.
class WordTriggers {
 public:
  struct Entry {
    ListSet single, phrase_start;
    bool not_name = false, first_name = false, honorific = false;  // the lexicon's word lists
    std::string key;  // NameKey of the word (the same for every case of it)
    size_t key_hash = 0;          // std::hash of key: per-document filters test a word without hashing it
    bool name_start = false;      // a known name's key is the word's, also less a genitive "s"
    bool name_prefix = false;     // the key begins a known name's key
    bool lowercase_name = false;  // the key, also less a genitive "s", begins a lowercase name ("xAI")
    bool city_prefix = false;     // the key begins a city's key ("san" of San Francisco)
    bool city = false;            // the key is a city's key ("london", "londoner")
    size_t city_country = 0;      // then the city's country (an entity)
    std::optional<size_t> country_adjective;  // the country of an adjective ("chinesischen")
    // The lists with a phrase whose second word this is, once PhraseSecond computed them
    // (few words follow a phrase's first word: most entries never need them).
    ListSet phrase_second;
    bool phrase_second_known = false;
  };
  explicit WordTriggers(const Knowledge& knowledge);
  /// The entry of a folded word; valid until the next Trim().
  const Entry& Of(std::string_view word);
  /// The entries of tokens [0, count)'s folded words, into `entries`: each found by its form
  /// number after the first time.
  void OfTokens(const Token* tokens, size_t count, const Entry** entries);
  /// The lists with a phrase whose second word is `word` (folded; `entry` is its entry): no
  /// other list's phrase goes on with it.
  const ListSet& PhraseSecond(const Entry& entry, std::string_view word) {
    return entry.phrase_second_known ? entry.phrase_second : ComputePhraseSecond(entry, word);
  }
  /// A compound word ending at a token: the lists whose single-word triggers it is,
  /// hyphenated as written ("ki-start-up") or joined without hyphens and punctuation
  /// ("kistartup"). Only these bits are kept: no entry is made for a compound.
  struct Compound {
    ListSet ends;
  };
  /// What a compound continues: a compound Continuation or AddContinuation gave, or the
  /// word that opens one (`is_word`: not punctuation, which the joined form leaves out).
  /// Either determines the compound's texts.
  using Prefix = uintptr_t;
  static Prefix PrefixOf(const Compound& compound) { return reinterpret_cast<uintptr_t>(&compound); }
  static Prefix PrefixOf(const Entry& word, bool is_word) {
    return reinterpret_cast<uintptr_t>(&word) | uintptr_t{is_word};  // entries are aligned: the low bit is free
  }
  /// The compound `prefix` continued by a hyphen and a token whose entry is `word`
  /// (`is_word` as for PrefixOf), if AddContinuation told it; valid until the next Trim().
  const Compound* Continuation(Prefix prefix, const Entry& word, bool is_word) const {
    return continuations_.Find({prefix, PrefixOf(word, is_word)});
  }
  /// Remembers, and returns, the continuation whose texts are `hyphenated` and `joined`.
  const Compound& AddContinuation(Prefix prefix, const Entry& word, bool is_word, std::string_view hyphenated,
                                  std::string_view joined);
  /// Drops every entry and continuation once there are too many (bounds memory on hostile input); call only
  /// when no Entry reference is held, i.e. between sentences.
  void Trim() {
    if (__builtin_expect(full_, 0)) Clear();  // tested for every sentence: a flag the insertions set
  }
  /// Forgets which entry each form number has; call when the Segmenter's epoch changes.
  void ForgetForms() { by_form_.clear(); }
  /// The bit of the trigger list `name` (a string literal: keyed by address). Inlined: every
  /// trigger test starts with it, and a call would cost as much as the lookup.
  [[gnu::always_inline]] ListBit BitOf(std::string_view name) {
    const ListSlot& first = lists_[SlotOf(name)];
    if (__builtin_expect(first.name != name.data(), 0)) return BitOfSlow(name);  // rare: the hit falls through
    return first.bit;
  }
  /// The trigger list of a ListBit's index (BitOf(name).index, when not ListBit::kNone).
  const TriggerSet& ListAt(size_t index) const { return *lists_by_index_[index]; }

 private:
  static size_t SlotOf(std::string_view name) { return (reinterpret_cast<uintptr_t>(name.data()) >> 3) % kListSlots; }
  ListBit BitOfSlow(std::string_view name);
  const ListSet& ComputePhraseSecond(const Entry& entry, std::string_view word);
  const Entry& OfNewForm(const Token& token);
  void Clear();
  bool IsNameKey(const std::string& key) const;  // whether a known name has the key
  static constexpr size_t kMaxWords = size_t{1} << 20;  // bounds memory on hostile input
  // List bits by name address, open addressing: callers pass few distinct literals.
  static constexpr size_t kListSlots = 512;
  struct ListSlot {
    const char* name = nullptr;
    ListBit bit;
  };
  // Continuations by what they continue and the word they add: Prepare looks compounds up
  // without building their texts, at every hyphen, so the two addresses are mixed into a
  // slot of an open-addressed table. Compounds do not move: a compound is a Prefix.
  class ContinuationTable {
   public:
    using Key = std::array<uintptr_t, 2>;
    const Compound* Find(const Key& key) const {
      if (slots_.empty()) return nullptr;
      const size_t mask = slots_.size() - 1;
      for (size_t slot = SlotOf(key) & mask;; slot = (slot + 1) & mask) {
        const Slot& s = slots_[slot];
        if (s.compound == nullptr || (s.key[0] == key[0] && s.key[1] == key[1])) return s.compound;
      }
    }
    // `key` must not be stored yet.
    const Compound& Insert(const Key& key, const Compound& compound);
    size_t size() const { return compounds_.size(); }
    void Clear();

   private:
    struct Slot {
      Key key{};
      const Compound* compound = nullptr;  // nullptr: empty
    };
    static size_t SlotOf(const Key& key) {
      const uint64_t h = (key[0] ^ (key[1] * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
      return static_cast<size_t>(h ^ (h >> 32));  // the high bits depend on every bit of both addresses
    }
    void Place(const Key& key, const Compound* compound);
    std::deque<Compound> compounds_;
    std::vector<Slot> slots_;  // a power of two long, at most half full
  };
  const Knowledge& knowledge_;
  TriggerWordIndex second_words_;  // the second words of every list's phrases
  InternTable<Entry> words_;
  ContinuationTable continuations_;
  std::vector<const Entry*> by_form_;  // by Token::form; nullptr: not asked yet
  bool full_ = false;  // words_ or continuations_ reached kMaxWords: Trim clears them
  ListSlot lists_[kListSlots];
  std::vector<const TriggerSet*> lists_by_index_;  // by TriggerSet::index
};

/// A document's own names: the key of each name it introduced -> the mention that did.
using LocalNames = std::unordered_map<std::string, size_t, StringHash>;

/// Whether a token is a lowercase word with a German adjective ending ("junge", "neuen",
/// "holprigem"): a modifier before a noun.
bool HasAdjectiveEnding(const Token& t);

/// SentenceView's per-token tables, kept by the caller from one sentence to the next so
/// that their memory is reused rather than allocated for every sentence.
struct SentenceBuffers {
  // MatchAt's answers where a phrase of a list may start (few per sentence: a short list
  // searched in order is cheaper than a table cleared for every list and token).
  struct PhraseMatch {
    size_t list, token, length;
  };
  std::vector<std::string_view> keys;
  std::vector<Span> spans;
  std::vector<const WordTriggers::Entry*> word_bits;
  std::vector<ListSet> compound_bits;
  std::vector<int32_t> span_of;
  std::vector<PhraseMatch> phrase_matches;
};

/// One sentence under analysis; its tables live in `buffers`, which one view uses at a time.
struct SentenceView {
  SentenceView(std::string_view document, const Sentence& s, const Knowledge& k, WordTriggers* word_triggers,
               SentenceBuffers* buffers)
      : text(document),
        sentence(s),
        knowledge(k),
        keys(buffers->keys),
        spans(buffers->spans),
        size_(s.tokens.size()),
        token_(s.tokens.data()),
        word_triggers_(word_triggers),
        word_bits_(Sized(&buffers->word_bits, size_)),
        compound_bits_(Sized(&buffers->compound_bits, size_)),
        span_of_(Sized(&buffers->span_of, size_)),
        phrase_matches_(buffers->phrase_matches) {
    keys.resize(size_);
    spans.clear();
  }
  const std::string_view text;  // the whole document
  const Sentence& sentence;
  const Knowledge& knowledge;
  std::vector<std::string_view>& keys;  // NameKey of each token
  std::vector<Span>& spans;       // sorted by first token, non-overlapping; changed only by
                                  // InsertSpan and MergeSpanWithNext, which keep SpanAt's index

  /// Computes keys, the lists each word and compound word matches and the tables of
  /// spans; call once before matching.
  void Prepare();

 private:
  // The per-token tables are sized once, by the constructor, and then read through plain
  // pointers: nearly every test reads them, and so saves a load.
  template <typename T>
  static T* Sized(std::vector<T>* table, size_t size) {
    table->resize(size);
    return table->data();
  }
  const size_t size_;    // sentence.tokens.size()
  const Token* token_;   // sentence.tokens.data()
  WordTriggers* word_triggers_;
  // Per token: the lists its folded word matches, and those its compound forms match.
  const WordTriggers::Entry** const word_bits_;
  ListSet* const compound_bits_;
  // The lists any token may match (as a word, a phrase start or a compound's end).
  ListSet present_;
  // Per token: the index in `spans` of the span covering it, or -1.
  int32_t* const span_of_;
  void IndexSpans();
  void IndexSpan(size_t k);  // marks spans[k]'s tokens
  // Whether a hyphen joins token i to the compound word ending at i - 2 ("up" of "KI-Start-up").
  bool ContinuesCompound(size_t i) const { return i >= 2 && Joined(i) && IsPunct(i - 1, "-") && Joined(i - 1); }
  // The compound word ending at token i, which continues one; `before` is the compound
  // ending at i - 2 when that continues one too.
  const WordTriggers::Compound& CompoundAt(size_t i, const WordTriggers::Compound* before) const;
  std::vector<SentenceBuffers::PhraseMatch>& phrase_matches_;  // MatchPhrase adds to it
  // MatchAt's answer where a phrase of the list may start, remembered in phrase_matches_.
  // Takes the list's index, not its ListBit: MatchAt then passes it in a register.
  size_t MatchPhrase(size_t index, size_t i) const;
  // The first token in [from, to) (to <= size_) where a trigger of the list starts, else `to`.
  size_t FirstMatch(ListBit bit, size_t from, size_t to) const;

 public:
  const std::vector<Token>& tokens() const { return sentence.tokens; }
  size_t size() const { return size_; }
  /// The span covering token i, if any.
  const Span* SpanAt(size_t i) const {
    return i < size_ && span_of_[i] >= 0 ? &spans[static_cast<size_t>(span_of_[i])] : nullptr;
  }
  /// Adds a span over tokens no span covers, in order.
  void InsertSpan(const Span& span);
  /// Extends spans[k] over spans[k + 1], which it replaces, taking its form.
  void MergeSpanWithNext(size_t k);
  /// Whether token i's folded word is in the lexicon's not_names, first_names, honorifics.
  bool NotName(size_t i) const { return word_bits_[i]->not_name; }
  bool FirstName(size_t i) const { return word_bits_[i]->first_name; }
  bool Honorific(size_t i) const { return word_bits_[i]->honorific; }
  /// Everything the knowledge says of token i's word.
  const WordTriggers::Entry& Word(size_t i) const { return *word_bits_[i]; }
  /// Whether token i is a word whose key is a city's (Word(i).city).
  bool IsCity(size_t i) const { return token_[i].word && word_bits_[i]->city; }
  /// Whether token i is covered by a span.
  bool Covered(size_t i) const { return SpanAt(i) != nullptr; }
  /// False when no token of the sentence can match `list`, as a word, phrase or compound
  /// end (MatchAt, Find, CompoundEndsWith are then 0 everywhere): rules anchored on a
  /// trigger skip the sentence. Inlined: relation rules test dozens for every sentence.
  [[gnu::always_inline]] bool MayMatch(std::string_view list) const {
    return MayMatch(word_triggers_->BitOf(list));
  }
  /// Length in tokens of a trigger of `list` starting at token i (0: none).
  [[gnu::always_inline]] size_t MatchAt(std::string_view list, size_t i) const {
    return MatchAt(word_triggers_->BitOf(list), i);
  }
  /// Whether the compound word ending at token i (hyphen-joined, no spaces) ends with
  /// a trigger word of `list` ("Internetunternehmens" ends with "unternehmens").
  bool CompoundEndsWith(std::string_view list, size_t i) const {
    return CompoundEndsWith(word_triggers_->BitOf(list), i);
  }
  /// The bit of the trigger list `list` (a string literal), for the overloads below: a loop
  /// asking a list of every token looks its bit up once, not at every token.
  ListBit BitOf(std::string_view list) const { return word_triggers_->BitOf(list); }
  [[gnu::always_inline]] bool MayMatch(const ListBit& bit) const { return present_.Has(bit); }
  [[gnu::always_inline]] size_t MatchAt(const ListBit& bit, size_t i) const {
    if (i >= size()) return 0;
    const WordTriggers::Entry& word = *word_bits_[i];
    if (!word.phrase_start.Has(bit)) return word.single.Has(bit) ? 1 : 0;
    return MatchPhrase(bit.index, i);
  }
  bool CompoundEndsWith(const ListBit& bit, size_t i) const { return i < size() && compound_bits_[i].Has(bit); }
  /// First token index in [from, to) where a trigger of `list` starts.
  std::optional<size_t> Find(std::string_view list, size_t from, size_t to) const;
  /// First token index from `from` on where a trigger of `list` starts, else size(): rules
  /// step from trigger to trigger with it, looking the list up once a step, not per token.
  size_t NextMatch(std::string_view list, size_t from) const {
    return FirstMatch(word_triggers_->BitOf(list), from, size_);
  }
  /// Whether tokens i-1 and i are glued together (no space, hyphen or similar between).
  bool Joined(size_t i) const { return i > 0 && i < size_ && !token_[i].space_before; }
  /// Whether token i is punctuation, one of `chars` (each a character, not a string).
  bool IsPunct(size_t i, std::string_view chars) const {
    if (i >= size_ || token_[i].word) return false;
    const std::string_view t = token_[i].text;
    if (t.size() != 1) return chars.find(t) != std::string_view::npos;
    if (chars.size() > 4) return chars.find(t[0]) != std::string_view::npos;
    // Callers pass literals: a few characters unroll into compares, cheaper than a call to memchr.
    for (const char c : chars) {
      if (c == t[0]) return true;
    }
    return false;
  }
  /// The first token of the compound word that ends at token i ("KI" for "KI-Start-up").
  size_t CompoundStart(size_t i) const;
  /// The first index after the compound word that starts at token i.
  size_t CompoundEnd(size_t i) const;
  /// When the compound word starting at token i is a trigger of `list` ("Start-up",
  /// "Internetunternehmens"), the index after it; else i.
  size_t SkipHead(std::string_view list, size_t i) const;
};


}  // namespace kg

#endif  // KG_EXTRACT_ANALYSIS_H_
