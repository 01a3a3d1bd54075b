// Domain knowledge the extractor reads from data files (RapidJSON): known entities and
// their aliases, country forms (ICU display names plus adjectives), name word lists and
// the trigger words of every rule. Built-in files come first; users add their own.
#ifndef KG_EXTRACT_KNOWLEDGE_H_
#define KG_EXTRACT_KNOWLEDGE_H_

#include <bitset>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/intern_table.h"
#include "base/status.h"
#include "graph/types.h"

namespace kg {

/// A known entity: canonical name, type and aliases.
struct KnownEntity {
  std::string name;
  std::string key;  // NameKey(name), set by LoadKnowledge: the key of the entity's mentions
  EntityType type = EntityType::kCompany;
  std::vector<std::string> aliases;
};

/// One surface form of a known entity, found by its NameKey.
struct KnownName {
  size_t entity = 0;          // index into Knowledge::entities
  std::string surface;        // as written in the data, for exact-case checks
  bool exact_case = false;    // only matches when written exactly so (short forms, "US")
  bool metonym = false;       // a capital standing for its country ("Washington")
  bool demonym = false;       // a people or adjective naming its country ("Chinese")
  bool surname = false;       // a known person's surname alone ("Altman")
};

/// A trigger: one or more words; each word pattern is folded text, where a leading or
/// trailing '*' matches any prefix or suffix ("sanktion*" matches "sanktionen").
using Trigger = std::vector<std::string>;

/// One word pattern of a trigger, split once at load time.
struct WordPattern {
  std::string core;          // the pattern without its '*'
  bool any_prefix = false;   // "*core": the word may start with anything
  bool any_suffix = false;   // "core*": the word may end with anything
  explicit WordPattern(const std::string& pattern);
  bool Matches(std::string_view word) const;
};

/// A named trigger list: its triggers as written, and its multi-word phrases indexed for
/// matching (single words are matched through TriggerWordIndex, for all lists at once).
class TriggerSet {
 public:
  void Add(const Trigger& trigger);
  /// Length in words of the longest trigger matching `words[0, count)` from its start (0:
  /// none); `first_matches`: words[0] alone is a trigger of the list, known to the caller.
  size_t MatchPrefix(const std::string_view* words, size_t count, bool first_matches) const;
  bool empty() const { return triggers_.empty(); }
  /// Position of the list in Knowledge::triggers, for per-word caches (WordTriggers).
  size_t index() const { return index_; }
  void set_index(size_t index) { index_ = index; }
  /// The triggers as written in the data (folded).
  const std::vector<Trigger>& triggers() const { return triggers_; }

 private:
  std::vector<Trigger> triggers_;
  std::vector<std::vector<WordPattern>> phrases_;
  // Indexes into phrases_ by an exact first word, and of the phrases whose first word is a
  // wildcard: MatchPrefix tries only the phrases that can start at the word.
  InternTable<std::vector<size_t>> phrases_by_first_word_;
  std::vector<size_t> phrases_with_wildcard_first_;
  bool MatchesPhrase(size_t phrase, const std::string_view* words, size_t count) const;
  size_t index_ = 0;
};

/// At most this many trigger lists (built-in and user lists together); LoadKnowledge fails beyond.
constexpr size_t kMaxTriggerLists = 128;

using TriggerBits = std::bitset<kMaxTriggerLists>;  // one bit per list (TriggerSet::index)

/// Every list's single-word triggers and phrase openers by word, so that one lookup tells
/// which lists a word belongs to: exact words in one table; the cores of "*core" and "core*"
/// in tables probed with the word's endings and beginnings of each core length; other
/// wildcard words ("*core*") in a short scan.
class TriggerWordIndex {
 public:
  struct Lists {
    TriggerBits single, phrase_start;
    Lists& operator|=(const Lists& other) {
      single |= other.single;
      phrase_start |= other.phrase_start;
      return *this;
    }
  };
  /// Adds a trigger's first word (folded, maybe a wildcard pattern) of list `list`;
  /// `phrase_start`: the trigger has more words.
  void Add(const std::string& word, size_t list, bool phrase_start);
  /// The lists whose triggers the folded word is, or opens.
  Lists Of(std::string_view word) const;

 private:
  // Wildcard cores of one kind by core text, and the distinct core lengths, ascending.
  struct Affixes {
    InternTable<Lists> cores;
    std::vector<size_t> lengths;
    void Add(std::string_view core, size_t list, bool phrase_start);
  };
  struct Wildcard {
    WordPattern pattern;
    size_t list;
    bool phrase_start;
  };
  // Sets the list's bit in the entry of `word`, adding the entry when new.
  static void AddTo(InternTable<Lists>* table, std::string_view word, size_t list, bool phrase_start);
  InternTable<Lists> exact_;
  Affixes suffixes_;  // "*core": words longer than core ending with it
  Affixes prefixes_;  // "core*": words beginning with core
  std::vector<Wildcard> others_;  // by core length, ascending
};

/// Every prefix of the keys added, asked with views (by name matching, to stop extending a
/// span as soon as no name can follow). A prefix is kept as its hash and its place in a copy
/// of the key it came with: adding a key copies the key once, not each of its prefixes.
class PrefixSet {
 public:
  /// Adds `key` and all its prefixes but the empty one.
  void AddWithPrefixes(std::string_view key);
  bool Contains(std::string_view text) const;
  /// How many distinct prefixes the set holds.
  size_t size() const { return size_; }
  void Clear();

 private:
  struct Slot {
    uint64_t hash = 0;
    size_t offset = 0;  // in keys_
    size_t length = 0;  // 0: an empty slot
  };
  std::string_view Text(const Slot& slot) const { return std::string_view(keys_).substr(slot.offset, slot.length); }
  bool Holds(uint64_t hash, std::string_view text) const;
  // Stores keys_[offset, offset + length) unless held already; false when it was.
  bool Insert(uint64_t hash, size_t offset, size_t length);
  void Place(const Slot& slot);
  void Grow();

  std::string keys_;         // the keys added, one after another
  std::vector<Slot> slots_;  // a power of two long, at most half full
  size_t size_ = 0;
};

/// Everything the extractor knows; immutable once loaded, shared by threads.
struct Knowledge {
  std::vector<KnownEntity> entities;
  std::unordered_multimap<std::string, KnownName> names;        // NameKey -> form
  PrefixSet name_prefixes;                                       // every prefix of every name key
  PrefixSet lowercase_prefixes;                                  // same, for forms written lowercase ("xAI")
  std::unordered_map<std::string, size_t> country_adjectives;   // folded stem -> entity
  std::unordered_map<std::string, size_t> city_countries;       // NameKey of a city or its adjective -> country
  PrefixSet city_prefixes;                                       // every prefix of every city key
  std::unordered_set<std::string> first_names, honorifics, not_names;  // folded words
  std::vector<std::string> abbreviations;                       // as written ("Dr.")
  std::vector<std::string> ordinal_nouns;                       // after "1." no sentence ends ("Januar")
  std::map<std::string, TriggerSet, std::less<>> triggers;      // list name -> triggers
  TriggerWordIndex trigger_words;                               // of `triggers`, built by LoadKnowledge

  /// The triggers of a named list; empty when the data has none.
  const TriggerSet& List(std::string_view name) const;
};

/// A data file's name (for messages) and its JSON text.
struct DataFile {
  std::string name;
  std::string text;
};

/// The data files built into the binary (extract/data/*.json).
std::vector<DataFile> BuiltinDataFiles();

/// Reads data files in order into `knowledge` and adds every ISO country with its
/// German and English names from ICU. Sections of a file: "entities", "countries",
/// "cities", "first_names", "honorifics", "not_names", "abbreviations", "ordinal_nouns", "triggers".
/// Cities are never entities; they only tell where a company is based.
/// Error: InvalidInput naming the file and the line/column or the field
/// ("my.json: entities[2].type: unknown type \"firm\"").
Status LoadKnowledge(const std::vector<DataFile>& files, Knowledge* knowledge);

}  // namespace kg

#endif  // KG_EXTRACT_KNOWLEDGE_H_
