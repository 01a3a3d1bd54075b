#include "extract/mentions.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <iterator>
#include <utility>

#include "base/ascii.h"
#include "extract/normalize.h"

namespace kg {
namespace {

constexpr size_t kMaxNameTokens = 7;
constexpr size_t kMaxReservedMentions = 1024;
constexpr std::string_view kInnerPunct = "-.&+/";

// The trigger lists the finders ask of every sentence or of many tokens, by their place in
// DocumentState::list_bits.
enum MentionList : size_t {
  kCompanyHeads, kModelHeads, kNamingWords, kPersonRoles, kPassiveAuxiliaries, kEnglishModelHeads,
  kEnglishDeterminers, kEmployerPrepositions, kAppositionDeterminers, kModelCompoundHeads, kCompanySuffixes,
  kAnaphoraCompany, kAnaphoraDeterminers, kAnaphoraSubject, kAnaphoraPerson, kRaiseVerbs, kInvestVerbs,
  kFundedWords, kFundingNouns, kRoundNouns, kMentionLists
};
constexpr std::string_view kMentionListNames[kMentionLists] = {
    "company_heads", "model_heads", "naming_words", "person_roles", "passive_auxiliaries", "english_model_heads",
    "english_determiners", "employer_prepositions", "apposition_determiners", "model_compound_heads", "company_suffixes",
    "anaphora_company", "anaphora_determiners", "anaphora_subject", "anaphora_person", "raise_verbs", "invest_verbs",
    "funded_words", "funding_nouns", "round_nouns"};

// Looks the bits of the document's lists up, once.
void LookUpLists(const SentenceView& v, DocumentState* state) {
  if (!state->list_bits.empty()) return;
  state->list_bits.reserve(kMentionLists);
  for (std::string_view list : kMentionListNames) state->list_bits.push_back(v.BitOf(list));
}

const ListBit& ListOf(const DocumentState& state, MentionList list) { return state.list_bits[list]; }

const std::vector<Token>& Tokens(const SentenceView& v) { return v.tokens(); }

// The written text of tokens [first, last], in the document.
inline std::string_view SpanText(const SentenceView& v, size_t first, size_t last) {
  return v.text.substr(Tokens(v)[first].begin, Tokens(v)[last].end - Tokens(v)[first].begin);
}

// Drops a genitive ending ("’s", "'s", "s") from a surface form.
std::string StripGenitive(std::string surface) {
  for (const char* suffix : {"\xE2\x80\x99s", "'s", "s"}) {
    const std::string s(suffix);
    if (surface.size() > s.size() && surface.compare(surface.size() - s.size(), s.size(), s) == 0) {
      return surface.substr(0, surface.size() - s.size());
    }
  }
  return surface;
}

bool Overlaps(const SentenceView& v, size_t first, size_t last) {
  for (size_t i = first; i <= last; ++i) {
    if (v.Covered(i)) return true;
  }
  return false;
}

// NameKey of tokens [first, last], whose text is `written`. NameKey keeps only letters and
// digits, one character at a time, and in ASCII text those are all in words: there the
// tokens' keys (NameKeys of their words) joined are the key, and need no folding again.
std::string SpanKey(const SentenceView& v, size_t first, size_t last, std::string_view written) {
  if (FindNonAscii(written, 0) != written.size()) return NameKey(written);
  std::string key(v.keys[first]);
  for (size_t j = first + 1; j <= last; ++j) key += v.keys[j];
  return key;
}

// Records a mention and its span; `canonical` is the known name, if any, and
// `canonical_key` its NameKey (precomputed: KnownEntity::key, Mention::key). Both may view
// a mention of the document: they are copied before the new mention is added.
void AddSpan(SentenceView* v, DocumentState* state, size_t first, size_t last, EntityType type,
             MentionStrength strength, Form form = Form::kName, std::string_view canonical = {},
             std::string_view canonical_key = {}) {
  if (Overlaps(*v, first, last)) return;
  const std::string_view written = SpanText(*v, first, last);
  const bool genitive = form == Form::kGenitive;
  std::string surface = genitive ? StripGenitive(std::string(written)) : std::string(written);
  std::string surface_key = genitive ? NameKey(surface) : SpanKey(*v, first, last, written);
  if ((canonical.empty() ? std::string_view(surface_key) : canonical_key).empty()) return;
  // Strings are constructed, then moved in: assigning text to an empty string costs more.
  std::string key = canonical.empty() ? surface_key : std::string(canonical_key);
  std::string known_name(canonical);
  std::vector<Mention>& mentions = state->doc->mentions;
  Mention& m = mentions.emplace_back();  // built in place: no Mention is moved
  m.surface = std::move(surface);
  m.key = std::move(key);
  m.surface_key = std::move(surface_key);
  m.canonical = std::move(known_name);
  m.type = type;
  m.strength = strength;
  m.begin = Tokens(*v)[first].begin;
  m.end = Tokens(*v)[last].end;
  v->InsertSpan({first, last, mentions.size() - 1, type, form});
}

// The first token in [from, to) for which `pred` holds; `to` when none does. Finders skip
// with it the tokens nothing can start at: its loop only reads, so what it reads stays in
// registers (a finder's own loop, which adds spans, loads it again for every token).
template <typename Predicate>
[[gnu::always_inline]] inline size_t NextToken(size_t from, size_t to, Predicate pred) {
  while (from < to && !pred(from)) ++from;
  return from;
}

// Whether tokens [first, j] may continue as one name at token j.
bool Continues(const SentenceView& v, size_t j) {
  const Token& t = Tokens(v)[j];
  if (!t.space_before) return t.word || v.IsPunct(j, kInnerPunct);
  return t.word;
}

// A known name ending at `last` (genitive allowed on the final token); `key_is_prefix`: the
// key begins a known name's key (every name key does, so when not, only the genitive stem may
// be a name).
const KnownName* LookupKnown(const SentenceView& v, size_t first, size_t last, const std::string& key, bool key_is_prefix,
                             Form* form) {
  auto accept = [&](const std::string& k) -> const KnownName* {
    auto [it, end] = v.knowledge.names.equal_range(k);
    const std::string_view written = it != end ? SpanText(v, first, last) : std::string_view();  // most keys name nothing
    for (; it != end; ++it) {
      const KnownName& n = it->second;
      if (n.exact_case ? written.rfind(n.surface, 0) == 0 : (Tokens(v)[first].upper_initial || Tokens(v)[first].has_digit ||
                                                             written.rfind(n.surface, 0) == 0)) {
        return &n;
      }
    }
    return nullptr;
  };
  *form = Form::kName;
  // Exact-case short forms are the whole written text ("US", not "USB"), as their key is the text's.
  if (const KnownName* n = key_is_prefix ? accept(key) : nullptr) return n;
  if (const std::string stem = GenitiveStem(key, Tokens(v)[last].fold); !stem.empty()) {
    *form = Form::kGenitive;
    return accept(stem);
  }
  return nullptr;
}

// A version token: up to two ASCII letters, digits with an optional ".digits", up to two
// letters ("K2", "V3", "2.5", "K2.5", "4o", "R1").
bool IsVersion(const Token& t) {
  if (!t.word || !t.has_digit) return false;
  const std::string_view s = t.text;
  size_t i = 0;
  auto letters = [&s, &i] {
    const size_t start = i;
    while (i < s.size() && i - start < 3 && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    return i - start;
  };
  if (letters() > 2) return false;
  const size_t digits_start = i;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
  if (i == digits_start || s[digits_start] == '.' || s[i - 1] == '.') return false;
  if (letters() > 2) return false;
  return i == s.size() && (t.has_letter || s.find('.') != std::string_view::npos);
}

// Further hyphen-glued versions and tiers after token `end`: "Qwen3-235B-A22B", "Qwen3-Coder".
size_t GluedParts(const SentenceView& v, size_t end) {
  for (int parts = 0; parts < 3; ++parts) {
    const size_t part = end + 2;
    if (part >= v.size() || !v.Joined(end + 1) || !v.Joined(part) || !v.IsPunct(end + 1, "-") || v.Covered(part)) break;
    const Token& t = Tokens(v)[part];
    const bool named_part = t.upper_initial && Tokens(v)[end].has_digit;  // "GPT-5-Codex"
    if (!t.word || !(IsVersion(t) || named_part || v.MatchAt("model_tiers", part) > 0)) break;
    end = part;
  }
  return end;
}

// A known model followed by a version ("Mistral Large 3", "Gemini 2.5") is a newer model
// of its own: the index of the version token, or `last` when none follows.
size_t VersionSuffix(const SentenceView& v, size_t last) {
  size_t next = last + 1;
  if (next < v.size() && !Tokens(v)[next].space_before && v.IsPunct(next, "-")) ++next;
  if (next >= v.size() || v.Covered(next) || (next == last + 1 && !Tokens(v)[next].space_before)) return last;
  const Token& t = Tokens(v)[next];
  const bool small_number = t.word && !t.has_letter && t.text.size() <= 2;
  size_t end = IsVersion(t) || small_number ? next : last;
  end = GluedParts(v, end);
  const size_t size = end + 1;  // a size after the version: "Llama 3.2 3B", "Gemma 3n E4B"
  if (end != last && size < v.size() && !v.Covered(size) && Tokens(v)[size].space_before && Tokens(v)[size].has_letter &&
      IsVersion(Tokens(v)[size])) {
    end = size;
  }
  // A tier word after the version, or after the name: "Gemini 2.0 Pro", "Llama 4 Maverick",
  // "ChatGPT Enterprise", "GPT-4o mini".
  const size_t tier = end + 1;
  if (tier < v.size() && !v.Covered(tier) && Tokens(v)[tier].space_before && v.MatchAt("model_tiers", tier) > 0) {
    return tier;
  }
  return end;
}

// A known company glued to a version names its model: "Krutrim-2", "Mistral-7B". The
// version's index, else `last`.
size_t CompanyModel(const SentenceView& v, size_t last) {
  const size_t spaced = last + 1;  // "Pika 2.2", "Midjourney V7", "Suno v5", "Runway Gen-4"
  if (spaced < v.size() && Tokens(v)[spaced].space_before && !v.Covered(spaced) && Tokens(v)[spaced].has_digit &&
      IsVersion(Tokens(v)[spaced]) &&
      (Tokens(v)[spaced].text.find('.') != std::string_view::npos || Tokens(v)[spaced].has_letter)) {
    return GluedParts(v, spaced);
  }
  const bool named_version = spaced + 2 < v.size() && Tokens(v)[spaced].space_before && Tokens(v)[spaced].upper_initial &&
                             !v.Covered(spaced) && v.Joined(spaced + 1) && v.IsPunct(spaced + 1, "-") && v.Joined(spaced + 2) &&
                             Tokens(v)[spaced + 2].has_digit &&
                             (IsVersion(Tokens(v)[spaced + 2]) || Tokens(v)[spaced + 2].text.size() <= 2);
  if (named_version) return GluedParts(v, spaced + 2);
  // "Parallax Forge 4", "Vayu Sutra 2": a capitalised word and a small number or version
  const size_t number = spaced + 1;
  const bool named_number = number < v.size() && Tokens(v)[spaced].space_before && Tokens(v)[spaced].upper_initial &&
                            Tokens(v)[spaced].word && !Tokens(v)[spaced].has_digit && !v.Covered(spaced) && !v.NotName(spaced) &&
                            !v.Word(spaced).name_prefix &&  // not "laut Alibaba Llama 4"
                            Tokens(v)[number].space_before && Tokens(v)[number].has_digit &&
                            (IsVersion(Tokens(v)[number]) || (Tokens(v)[number].word && Tokens(v)[number].text.size() <= 2));
  if (named_number) return GluedParts(v, number);
  const size_t version = last + 2;
  if (version >= v.size() || !v.Joined(last + 1) || !v.IsPunct(last + 1, "-") || !v.Joined(version) ||
      v.Covered(version) || !Tokens(v)[version].has_digit) {
    return last;
  }
  const Token& t = Tokens(v)[version];
  if (!IsVersion(t) && (t.has_letter || t.text.size() > 2)) {  // "-2", "-7B", "-R1"; not "-2025"
    return last;
  }
  return GluedParts(v, version);
}

// A known company followed by a company suffix that is not part of its own name ("Kakao
// Ventures", "Samsung Electronics") names another company: the suffix's index, else `last`.
size_t CompanySuffix(const SentenceView& v, size_t last) {
  const size_t next = last + 1;
  if (next >= v.size() || v.Covered(next) || !Tokens(v)[next].space_before || !Tokens(v)[next].upper_initial) return last;
  const size_t n = v.MatchAt("company_suffixes", next);
  return n > 0 && v.MatchAt("droppable_suffixes", next) == 0 ? next + n - 1 : last;
}

// Whether a match over several words joins a lowercase word the known name does not write
// as its own word: "In der" folds to the key of "Inder", "Open AI" may fold to "OpenAI".
bool LowercaseJoin(const SentenceView& v, size_t first, size_t last, const KnownName& name) {
  for (size_t j = first + 1; j <= last; ++j) {
    const Token& t = Tokens(v)[j];
    if (t.space_before && t.word && !t.upper_initial && !t.has_digit) {
      return FoldCase(SpanText(v, first, last)).rfind(FoldCase(name.surface), 0) != 0;
    }
  }
  return false;
}

void FindKnownNames(SentenceView* v, DocumentState* state) {
  const size_t size = v->size();
  std::string key;  // of tokens [i, j]; one buffer for all i, so a long key allocates once
  // The word's own entry first: it rules out nearly every token.
  const auto may_begin_name = [v](size_t i) { return v->Word(i).name_start || v->Word(i).name_prefix; };  // a known name is or begins with the word
  for (size_t i = NextToken(0, size, may_begin_name); i < size; i = NextToken(i + 1, size, may_begin_name)) {
    const Token& first = Tokens(*v)[i];
    if (!first.word || v->Covered(i)) continue;
    const bool lowercase = !first.upper_initial && !first.has_digit;
    if (lowercase && !v->Word(i).lowercase_name) continue;  // "xAI", "eBay" are written lowercase; other words are no names
    key.clear();
    size_t best_last = 0;
    const KnownName* best = nullptr;
    Form best_form = Form::kName;
    for (size_t j = i; j < size && j < i + kMaxNameTokens; ++j) {
      if (j > i && !Continues(*v, j)) break;
      if (!Tokens(*v)[j].word) continue;  // punctuation, whose key is empty
      key += v->keys[j];
      Form form;
      const bool prefix = j == i ? v->Word(i).name_prefix : v->knowledge.name_prefixes.Contains(key);
      const bool may_be_name = j > i || v->Word(i).name_start;  // a single word's lookup is cached
      if (const KnownName* n = may_be_name ? LookupKnown(*v, i, j, key, prefix, &form) : nullptr) {
        best = n;
        best_last = j;
        best_form = form;
      }
      if (!prefix) break;  // no longer name can follow
    }
    if (best == nullptr || LowercaseJoin(*v, i, best_last, *best)) continue;
    const bool common_word = best_last == i && v->NotName(i) && Tokens(*v)[i].fold != FoldCase(best->surface);
    if (common_word) continue;  // "Über" folds to the key of Uber
    // "in Berlin" is a place; "Washington will ..." is the government.
    if (best->metonym && i > 0 && v->MatchAt("locative_prepositions", i - 1) > 0) continue;
    // Asked only of a metonym: a city may stand for its government, other names not.
    const auto city_based = [&] {
      return best_last + 2 < size && v->MatchAt("based_words", best_last + 2) > 0 && v->IsPunct(best_last + 1, "-");
    };
    const auto city_head = [&] {
      return best_last + 1 < size && v->CompoundEndsWith(ListOf(*state, kCompanyHeads), v->CompoundEnd(best_last + 1) - 1);
    };
    if (best->metonym && (city_based() || city_head())) continue;  // "London-based", "a London start-up" are the city
    const bool glued = best_last + 2 < size && v->Joined(best_last + 1) && v->Joined(best_last + 2) && v->IsPunct(best_last + 1, "-");
    if (glued && v->MatchAt("prefix_exceptions", best_last + 2) > 0) continue;  // "US-Dollar" names a currency
    // "Julia Schmidt" is not the known Eric Schmidt: a surname after another name is someone else.
    if (best->surname && i > 0 && Tokens(*v)[i - 1].word && Tokens(*v)[i - 1].upper_initial &&
        !v->NotName(i - 1)) {
      continue;
    }
    const KnownEntity& e = v->knowledge.entities[best->entity];
    if (best->demonym && best_form == Form::kName) best_form = Form::kAdjective;  // "Chinese firms"
    size_t version = best_last;
    EntityType type = e.type;
    if (best_form == Form::kName && e.type == EntityType::kModel) version = VersionSuffix(*v, best_last);
    if (best_form == Form::kName && e.type == EntityType::kCompany) {
      version = CompanyModel(*v, best_last);
      if (version != best_last) type = EntityType::kModel;
      else version = CompanySuffix(*v, best_last);
    }
    const bool named = version == best_last;  // else a model or company of the known one
    AddSpan(v, state, i, version, type, MentionStrength::kGazetteer, best_form, named ? e.name : std::string_view(),
            named ? e.key : std::string_view());
    i = version;
  }
}

inline bool NameWord(const SentenceView& v, const DocumentState& state, size_t i);
size_t NameEnd(const SentenceView& v, const DocumentState& state, size_t i, size_t max_words);
size_t NameEndAfter(const SentenceView& v, const DocumentState& state, size_t i, size_t max_words);

// A product named after the first word(s) of a company, ending at `last`: a version
// ("Corvid 3 Pro") or a further capitalised word with an optional version ("Tessera Vox 2");
// its last token, or `last` when none follows.
size_t ProductOfCompany(const SentenceView& v, const DocumentState& state, size_t last) {
  const size_t version = VersionSuffix(v, last);
  if (version != last) return version;
  const size_t next = last + 1;
  if (next >= v.size() || !Tokens(v)[next].space_before || !NameWord(v, state, next) || Tokens(v)[next].has_digit ||
      v.MatchAt("company_suffixes", next) > 0 || v.FirstName(next)) {
    return last;
  }
  return VersionSuffix(v, NameEnd(v, state, next, 2) - 1);
}

// Marks a key of local_names or local_prefixes in local_key_bits.
void MarkLocalKey(std::string_view key, DocumentState* state) {
  state->local_key_bits.set(std::hash<std::string_view>()(key) % state->local_key_bits.size());
}

// Whether a word may begin a local name: its key is marked (when not, it begins none).
bool MayBeginLocalName(const WordTriggers::Entry& word, const DocumentState& state) {
  return state.local_key_bits[word.key_hash % state.local_key_bits.size()];
}

// Names the document introduced earlier by context or shape, without that context
// now ("Brightloop kündigte an"); genitives join them ("Brightloops").
void FindLocalNames(SentenceView* v, DocumentState* state) {
  if (state->local_names.empty()) return;
  const size_t size = v->size();
  const auto may_begin = [v, state](size_t i) { return MayBeginLocalName(v->Word(i), *state); };  // rules out nearly every token
  for (size_t i = NextToken(0, size, may_begin); i < size; i = NextToken(i + 1, size, may_begin)) {
    const Token& first = Tokens(*v)[i];
    if (!first.word || !(first.upper_initial || first.has_digit) || v->Covered(i)) continue;
    std::string key;
    std::optional<size_t> best_mention;
    size_t best_last = 0;
    Form best_form = Form::kName;
    for (size_t j = i; j < size && j < i + kMaxNameTokens; ++j) {
      if (j > i && !Continues(*v, j)) break;
      if (!Tokens(*v)[j].word) continue;  // punctuation, whose key is empty
      key += v->keys[j];
      if (auto it = state->local_names.find(key); it != state->local_names.end()) {
        best_mention = it->second, best_last = j, best_form = Form::kName;
      } else if (key.size() > 3 && key.back() == 's') {
        if (auto stem = state->local_names.find(key.substr(0, key.size() - 1)); stem != state->local_names.end()) {
          best_mention = stem->second, best_last = j, best_form = Form::kGenitive;
        }
      }
      if (state->local_prefixes.count(key) == 0) break;
    }
    if (!best_mention) continue;
    const Mention& known = state->doc->mentions[*best_mention];  // AddSpan copies what it takes of it
    // Short names keep their case ("MIT" is not "Mit"); single words must not be common words.
    const bool short_name = known.surface.size() <= 4 && SpanText(*v, i, best_last).rfind(known.surface, 0) != 0;
    if (short_name || (best_last == i && v->NotName(i))) continue;
    // The entity's own name, so "Qiantang" and "Haoran" join "Qiantang AI" and "Lin Haoran".
    const std::string& name = known.canonical.empty() ? known.surface : known.canonical;
    size_t model_end = known.type == EntityType::kCompany && best_form == Form::kName ? CompanyModel(*v, best_last) : best_last;
    if (known.type == EntityType::kModel && best_form == Form::kName) model_end = VersionSuffix(*v, best_last);  // "Hibiki 2"
    if (known.type == EntityType::kCompany && best_form == Form::kName && model_end == best_last &&
        SpanKey(*v, i, best_last, SpanText(*v, i, best_last)) != known.key) {
      model_end = ProductOfCompany(*v, *state, best_last);  // "Corvid 3", "Tessera Vox 2" of Corvid Labs, Tessera AI
    }
    if (model_end != best_last) {  // "Nordwind-7B" of the start-up Nordwind AI, a newer version of a model
      AddSpan(v, state, i, model_end, EntityType::kModel, MentionStrength::kShape);
    } else {
      AddSpan(v, state, i, best_last, known.type, MentionStrength::kShape, best_form, name, known.key);
    }
    i = model_end;
  }
}

// (A key added before was marked then: names are added again in every sentence naming them.)
void AddLocalPrefix(const std::string& prefix, DocumentState* state) {
  if (state->local_prefixes.insert(prefix).second) MarkLocalKey(prefix, state);
}

// The name `key`, whose bit the caller marked (as a prefix's), stands for `mention` unless it
// stands for an earlier one.
void AddLocalKey(const std::string& key, size_t mention, DocumentState* state) {
  if (!state->local_names.try_emplace(key, mention).second) return;
  MarkLocalKey(key + "s", state);  // the genitive FindLocalNames also accepts
}

// Adds a local name written `surface` (words separated by spaces) with its folded `key`.
void AddLocalName(const std::string& key, const std::string& surface, size_t mention, DocumentState* state) {
  std::string prefix;
  for (size_t from = 0; from <= surface.size();) {
    const size_t space = std::min(surface.find(' ', from), surface.size());
    prefix += NameKey(surface.substr(from, space - from));
    AddLocalPrefix(prefix, state);
    from = space + 1;
  }
  MarkLocalKey(key, state);
  AddLocalKey(key, mention, state);
}

// Adds one local name: its key and every prefix of it at token boundaries.
void AddLocalName(const SentenceView& v, size_t first, size_t last, size_t mention, DocumentState* state) {
  std::string key;
  for (size_t j = first; j <= last; ++j) {
    if (j > first && v.keys[j].empty()) continue;  // punctuation: the prefix before, added already
    key += v.keys[j];
    AddLocalPrefix(key, state);
  }
  AddLocalKey(key, mention, state);
  if (last > first && v.MatchAt("droppable_suffixes", last) > 0) {  // "Qiantang" for "Qiantang AI"
    std::string short_key;  // the prefix before the last token, added (and marked) above
    for (size_t j = first; j < last; ++j) short_key += v.keys[j];
    if (short_key.size() > 3) AddLocalKey(short_key, mention, state);
  }
}

bool IsHeadWord(const SentenceView& v, const DocumentState& state, size_t i) {
  return v.CompoundEndsWith(ListOf(state, kCompanyHeads), i) || v.CompoundEndsWith(ListOf(state, kModelHeads), i) ||
         v.CompoundEndsWith(ListOf(state, kPersonRoles), i);
}

// Whether the capitalised word at token i is used as no name: it ends in "-based" ("Pune-based")
// or is a head word.
bool UsedAsNoName(const SentenceView& v, const DocumentState& state, size_t i) {
  if (v.Joined(i + 1) && v.Joined(i + 2) && v.MatchAt("based_words", i + 2) > 0 && v.IsPunct(i + 1, "-")) return true;
  return IsHeadWord(v, state, i);
}

// NameWord's tests of the token itself, which rule out most tokens.
inline bool MayBeNameWord(const SentenceView& v, size_t i) {
  const Token& t = Tokens(v)[i];
  return t.word && (t.upper_initial || t.has_digit) && !v.NotName(i) && !v.Covered(i);
}

// Whether token i may start or continue an unknown name. Asked of nearly every token, so
// the token's own tests, which rule out most, come first and inline.
inline bool NameWord(const SentenceView& v, const DocumentState& state, size_t i) {
  return MayBeNameWord(v, i) && !UsedAsNoName(v, state, i);
}

// One past the end of an unknown name whose first word is token i, a name word.
size_t NameEndAfter(const SentenceView& v, const DocumentState& state, size_t i, size_t max_words) {
  size_t end = i + 1, words = 1;
  const size_t size = v.size();
  while (end < size && words < max_words) {
    if (!Tokens(v)[end].space_before && end + 1 < size && Tokens(v)[end + 1].word && !Tokens(v)[end + 1].space_before &&
        !v.Covered(end + 1) && v.IsPunct(end, kInnerPunct)) {
      end += 2;
    } else if (Tokens(v)[end].word && (NameWord(v, state, end) || v.MatchAt(ListOf(state, kCompanySuffixes), end) > 0) &&
               !v.Covered(end)) {
      end += 1;
    } else {
      break;
    }
    ++words;
  }
  return end;
}

// One past the end of an unknown name starting at i (i itself when there is none).
size_t NameEnd(const SentenceView& v, const DocumentState& state, size_t i, size_t max_words) {
  return i < v.size() && NameWord(v, state, i) ? NameEndAfter(v, state, i, max_words) : i;
}

// A capitalised person name of two or three words ("Kat Duffy", "Luong Van Phong").
size_t PersonEnd(const SentenceView& v, const DocumentState& state, size_t i) {
  size_t end = i;
  for (size_t words = 0; end < v.size() && words < 3 && Tokens(v)[end].word && Tokens(v)[end].upper_initial &&
         !Tokens(v)[end].has_digit && !v.Covered(end) && !v.NotName(end) &&
         Tokens(v)[end].space_before && !IsHeadWord(v, state, end) && v.MatchAt(ListOf(state, kCompanySuffixes), end) == 0; ++words) {
    ++end;
    // "Seo-yeon", "Jean-Pierre": a hyphen and a lowercase or capitalised part glued on
    if (end + 1 < v.size() && v.Joined(end) && v.Joined(end + 1) && Tokens(v)[end + 1].word && v.IsPunct(end, "-") &&
        !Tokens(v)[end + 1].has_digit && !v.Covered(end + 1) &&
        (end + 2 >= v.size() || !v.Joined(end + 2) || !Tokens(v)[end + 2].word) &&
        v.MatchAt("based_words", end + 1) == 0) {  // not "San Francisco-based"
      end += 2;
    }
  }
  return end;
}

void FindPersons(SentenceView* v, DocumentState* state) {
  const ListBit& person_roles = ListOf(*state, kPersonRoles);
  const bool roles = v->MayMatch(person_roles);
  const auto cue_at = [v, roles, &person_roles](size_t i) { return v->Honorific(i) || (roles && v->CompoundEndsWith(person_roles, i)); };
  const auto cue_or_first_name = [v, &cue_at](size_t i) { return v->FirstName(i) || cue_at(i); };  // few words are either
  const size_t size = v->size();
  for (size_t i = NextToken(0, size, cue_or_first_name); i < size; i = NextToken(i + 1, size, cue_or_first_name)) {
    const Token& t = Tokens(*v)[i];
    const bool cue = cue_at(i);
    if (!t.word || v->Covered(i)) continue;
    if (cue && i + 1 < size) {
      const size_t end = PersonEnd(*v, *state, i + 1);
      const bool first_name = end > i + 1 && v->FirstName(i + 1);
      if (end >= i + 3 || (end == i + 2 && first_name)) {
        AddSpan(v, state, i + 1, end - 1, EntityType::kPerson, MentionStrength::kContext);
        i = end - 1;
        continue;
      }
    }
    // "die Unternehmensberatung Roland Berger": after a company head (not also a role, as
    // "Investor" is) a first name starts a company's name, not a person's.
    auto company_head = [v, i] {
      return i > 0 && !v->Covered(i - 1) && v->CompoundEndsWith("company_heads", i - 1) && !v->CompoundEndsWith("person_roles", i - 1);
    };
    if (v->FirstName(i) && t.upper_initial && !company_head()) {
      const size_t end = PersonEnd(*v, *state, i);
      size_t words = 1;
      for (size_t j = i + 1; j < end; ++j) words += Tokens(*v)[j].space_before ? 1 : 0;
      if (words >= 2) {  // "Mei-Ling Achterberg", not "Francisco-based"
        AddSpan(v, state, i, end - 1, EntityType::kPerson, MentionStrength::kShape);
        i = end - 1;
      }
    }
  }
}

// "die Großbanken MUFG, SMBC und Mizuho": after a plural head, the further names of the list
// from token i on have the head's type.
void AddListedNames(SentenceView* v, DocumentState* state, size_t i, EntityType type) {
  while (i < v->size()) {
    const size_t gap = i;
    if (v->IsPunct(i, ",")) ++i;
    if (const size_t joiner = i < v->size() ? v->MatchAt("list_joiners", i) : 0; joiner > 0) i += joiner;
    if (i == gap) return;
    const size_t end = NameEnd(*v, *state, i, 4);
    if (end == i) return;
    AddSpan(v, state, i, end - 1, type, MentionStrength::kContext);
    i = end;
  }
}

// The type of entity a head word names ("Start-up" a company, "Sprachmodell" a model);
// the finders ask it of every token, so it holds the lists' bits.
class HeadTypes {
 public:
  HeadTypes(const SentenceView& v, const DocumentState& state)
      : v_(v), companies_(ListOf(state, kCompanyHeads)), models_(ListOf(state, kModelHeads)) {}
  /// Whether the sentence may hold a head word.
  bool any() const { return v_.MayMatch(companies_) || v_.MayMatch(models_); }
  /// The type the compound word ending at token i names as a head word, if it is one.
  std::optional<EntityType> At(size_t i) const {
    if (v_.CompoundEndsWith(companies_, i)) return EntityType::kCompany;
    if (v_.CompoundEndsWith(models_, i)) return EntityType::kModel;
    return std::nullopt;
  }

 private:
  const SentenceView& v_;
  const ListBit companies_, models_;
};

// "das Start-up X", "Modell X", "namens X": the head word gives the type.
void FindByContext(SentenceView* v, DocumentState* state) {
  const HeadTypes heads(*v, *state);
  const ListBit& naming_words = ListOf(*state, kNamingWords);
  const size_t size = v->size();
  if ((!heads.any() && !v->MayMatch(naming_words)) || size < 2) return;
  // A head word's name follows it at once, or after a quote or a comma: never a lowercase word.
  const auto lowercase_word = [v](size_t i) {
    const Token& t = Tokens(*v)[i];
    return t.word && !t.upper_initial && !t.has_digit;
  };
  const auto may_name = [&](size_t i) {  // may be a naming word or is a head word: few words are
    const WordTriggers::Entry& word = v->Word(i);
    return word.single.Has(naming_words) || word.phrase_start.Has(naming_words) || heads.At(i);
  };
  for (size_t i = NextToken(0, size - 1, may_name); i + 1 < size; i = NextToken(i + 1, size - 1, may_name)) {
    const size_t n = v->MatchAt(naming_words, i);
    if (n == 0 && lowercase_word(i + 1)) continue;
    std::optional<EntityType> type = heads.At(i);
    size_t start = i + 1;
    if (!type && n > 0) {
      start = i + n;
      type = EntityType::kCompany;
      for (size_t k = i; k > 0 && k + 4 > i; --k) {
        if (v->CompoundEndsWith("model_heads", k - 1)) type = EntityType::kModel;
      }
    }
    if (!type) continue;
    if (start < size && !Tokens(*v)[start].word && v->IsPunct(start, "\"„“”«»'‚‘’")) ++start;
    // "its second model, Skarv 2": a model head, a comma and a versioned name
    const bool comma = *type == EntityType::kModel && start + 2 < size && !Tokens(*v)[start].word && v->IsPunct(start, ",") &&
                       NameWord(*v, *state, start + 1) && NameEnd(*v, *state, start + 1, 4) > start + 1 &&
                       Tokens(*v)[NameEnd(*v, *state, start + 1, 4) - 1].has_digit;
    if (comma) ++start;
    if (start >= size || !Tokens(*v)[start].space_before) continue;
    const size_t end = NameEnd(*v, *state, start, 4);
    if (end == start || (end == start + 1 && !Tokens(*v)[start].has_letter)) continue;  // "das Start-up 2020" names no one
    AddSpan(v, state, start, end - 1, *type, MentionStrength::kContext);
    if (v->CompoundEndsWith("list_heads", i)) AddListedNames(v, state, end, *type);
  }
}

// "Gegründet wurde Celestra von ...", "Finanziert wird Korvane von ...": the name after a
// fronted founding or funding participle and its auxiliary is a company.
void FindByFrontedPassive(SentenceView* v, DocumentState* state) {
  if (v->size() < 4 || v->MatchAt(ListOf(*state, kPassiveAuxiliaries), 1) == 0) return;
  if (v->MatchAt("founded_words", 0) == 0 && v->MatchAt("funded_words", 0) == 0) return;
  const size_t end = NameEnd(*v, *state, 2, 4);
  if (end > 2) AddSpan(v, state, 2, end - 1, EntityType::kCompany, MentionStrength::kContext);
}

// "the Nova foundation models", "its Helix chatbot": an English name before a model noun.
void FindByTrailingHead(SentenceView* v, DocumentState* state) {
  const size_t size = v->size();
  if (!v->MayMatch(ListOf(*state, kEnglishModelHeads)) || !v->MayMatch(ListOf(*state, kEnglishDeterminers)) || size < 2) return;
  const auto may_be_name = [v](size_t i) { return !Tokens(*v)[i].has_digit && MayBeNameWord(*v, i); };
  for (size_t i = NextToken(1, size - 1, may_be_name); i + 1 < size; i = NextToken(i + 1, size - 1, may_be_name)) {
    if (!NameWord(*v, *state, i) || NameWord(*v, *state, i - 1)) continue;
    size_t head = i + 1;
    while (head < v->size() && head < i + 3 && !v->Covered(head) && Tokens(*v)[head].word && !Tokens(*v)[head].upper_initial &&
           v->MatchAt("english_model_heads", head) == 0) {
      ++head;  // "Nova foundation models"
    }
    if (head < v->size() && v->MatchAt("english_model_heads", head) > 0 && v->MatchAt("english_determiners", i - 1) > 0) {
      AddSpan(v, state, i, i, EntityType::kModel, MentionStrength::kContext);
    }
  }
}

// "Analystin bei Forrester", "an analyst at Jefferies": the name after a role and "bei" works
// there, so it is a company.
void FindByEmployer(SentenceView* v, DocumentState* state) {
  const ListBit& person_roles = ListOf(*state, kPersonRoles);
  if (!v->MayMatch(person_roles) || !v->MayMatch(ListOf(*state, kEmployerPrepositions)) || v->size() < 3) return;
  const auto is_role = [v, &person_roles](size_t i) { return v->CompoundEndsWith(person_roles, i); };  // few words are
  for (size_t i = NextToken(0, v->size() - 2, is_role); i + 2 < v->size(); i = NextToken(i + 1, v->size() - 2, is_role)) {
    if (v->Covered(i) || v->MatchAt("employer_prepositions", i + 1) == 0) continue;
    // only in an apposition to a person: "Priya Natarajan, Analystin bei Forrester"
    size_t role = v->CompoundStart(i);
    while (role > 0 && Tokens(*v)[role - 1].word && !Tokens(*v)[role - 1].upper_initial && !v->Covered(role - 1)) --role;
    const Span* person = role >= 2 && v->IsPunct(role - 1, ",") ? v->SpanAt(role - 2) : nullptr;
    if (person == nullptr || person->type != EntityType::kPerson) continue;
    size_t start = i + 1 + v->MatchAt("employer_prepositions", i + 1);
    while (start < v->size() && v->MatchAt("determiners", start) > 0) ++start;
    const size_t end = NameEnd(*v, *state, start, 3);
    const bool city = start < v->size() && v->IsCity(start);
    if (end > start && !city && !v->Covered(start) && !Tokens(*v)[start].has_digit && (end >= v->size() || !v->Covered(end))) {
      AddSpan(v, state, start, end - 1, EntityType::kCompany, MentionStrength::kContext);
    }
  }
}

// The first token that is an apposition determiner after a comma; the sentence's size when none is.
size_t FirstAppositionDeterminer(const SentenceView& v, const ListBit& determiners) {
  return NextToken(1, v.size(), [&v, &determiners](size_t k) {
    return !Tokens(v)[k - 1].word && v.IsPunct(k - 1, ",") && v.MatchAt(determiners, k) > 0;
  });
}

// "Orrery, a London-based start-up", "Kivi, ein Chatbot aus Singapur": the name an
// apposition's head word types.
void FindByApposition(SentenceView* v, DocumentState* state) {
  const HeadTypes heads(*v, *state);
  const ListBit& determiners = ListOf(*state, kAppositionDeterminers);
  if (!heads.any() || !v->MayMatch(determiners)) return;
  const size_t size = v->size();
  // The head comes after a comma and a determiner ("X, ein Chatbot"): none before the first such pair.
  const auto head = [&heads](size_t i) { return heads.At(i).has_value(); };  // few words are
  for (size_t i = NextToken(std::max<size_t>(3, FirstAppositionDeterminer(*v, determiners) + 1), size, head); i < size;
       i = NextToken(i + 1, size, head)) {
    const std::optional<EntityType> type = heads.At(i);
    if (v->Covered(i)) continue;
    size_t d = v->CompoundStart(i);  // back over the compound, then fillers and cities
    auto modifier = [v](size_t k) {  // "London-based", "chinesisches", "erst 2024 gegründetes"
      if (v->Covered(k)) return v->SpanAt(k)->type == EntityType::kCountry;
      if (v->MatchAt("apposition_determiners", k) > 0) return false;
      const Token& t = Tokens(*v)[k];
      return (t.word && (!t.upper_initial || v->IsCity(k))) || v->IsPunct(k, "-");
    };
    while (d > 0 && d + 6 > i && modifier(d - 1)) --d;
    if (d < 3 || v->MatchAt("apposition_determiners", d - 1) == 0 || !v->IsPunct(d - 2, ",")) continue;
    // After a comma "die", "das" mostly open a relative clause: only "X, das Start-up" or
    // "X, die Pariser Firma" (one modifier) count; "ein", "a" may take more.
    if (v->MatchAt("definite_determiners", d - 1) > 0 && v->CompoundStart(i) > d + 1) continue;
    const size_t last = d - 3;
    size_t first = last;
    while (first > 0 && last - first < 3 && NameWord(*v, *state, first - 1) && Tokens(*v)[first].space_before) --first;
    if (!NameWord(*v, *state, first) || !NameWord(*v, *state, last) ||
        (first > 0 && Tokens(*v)[first - 1].word && Tokens(*v)[first - 1].upper_initial && !v->Covered(first - 1))) {
      continue;
    }
    AddSpan(v, state, first, last, *type, MentionStrength::kContext);
  }
}

// "Spotify-Gründer Daniel Ek", "Ola founder Bhavish Aggarwal": the name before a role
// that a person follows is a company.
void FindByRole(SentenceView* v, DocumentState* state) {
  if (!v->MayMatch(ListOf(*state, kPersonRoles))) return;
  const size_t size = v->size();
  for (size_t i = 0; i + 2 < size; ++i) {
    const Token& t = Tokens(*v)[i];
    if (t.has_digit || !t.has_letter || t.text.size() < 3 || !NameWord(*v, *state, i) || v->IsCity(i)) continue;
    if (v->MatchAt("common_noun_shapes", i) > 0) continue;  // "Infrastruktur-Spezialist": a noun, not a company
    const bool glued = v->Joined(i + 1) && v->IsPunct(i + 1, "-") && v->Joined(i + 2);
    const bool spaced = Tokens(*v)[i + 1].space_before && Tokens(*v)[i + 1].word;
    if (!glued && !spaced) continue;
    const size_t role = glued ? i + 2 : i + 1;
    const size_t end = v->CompoundEnd(role);
    if (v->Covered(role) || !v->CompoundEndsWith("person_roles", end - 1) || end >= size) continue;
    const Span* person = v->SpanAt(end);
    if (person == nullptr || person->type != EntityType::kPerson || person->first != end) continue;
    AddSpan(v, state, i, i, EntityType::kCompany, MentionStrength::kContext);
  }
}

// Whether a token may be or hold a number ("4" in "GLM-4", "2.5", "20b"): a digit, or a
// word without letters.
bool MayBeNumber(const Token& t) { return t.has_digit || (!t.has_letter && t.word); }  // most tokens have letters

// The first token from `from` on that may be a number; the sentence's size when none is.
size_t NextNumber(const SentenceView& v, size_t from) {
  const size_t size = v.size();
  while (from < size && !MayBeNumber(Tokens(v)[from])) ++from;
  return from;
}

// Lowercase model names with a version glued by hyphens: "gpt-oss-20b", "o4-mini",
// "qwen2.5-coder" (a letter first, a digit somewhere, every part glued). `numbers`: a
// token of the sentence may be a number.
void FindLowercaseModels(SentenceView* v, DocumentState* state, bool numbers) {
  const size_t size = v->size();
  if (!numbers || size < 3) return;
  const auto glued_on = [v](size_t i) { return !Tokens(*v)[i + 1].space_before; };  // most tokens have nothing glued on
  for (size_t i = NextToken(0, size - 2, glued_on); i + 2 < size; i = NextToken(i + 1, size - 2, glued_on)) {
    const Token& t = Tokens(*v)[i];
    if (!t.word || t.upper_initial || v->Covered(i) || v->NotName(i) || (i > 0 && v->Joined(i)) || !std::isalpha(static_cast<unsigned char>(t.text[0]))) continue;
    size_t end = i + 1;
    bool digit = t.has_digit;
    while (end + 1 < size && v->Joined(end) && v->Joined(end + 1) && Tokens(*v)[end + 1].word && !Tokens(*v)[end + 1].upper_initial &&
           !v->Covered(end + 1) && v->IsPunct(end, "-")) {
      digit |= Tokens(*v)[end + 1].has_digit;
      end += 2;
    }
    if (end == i + 1 || !digit || (end < size && v->Joined(end) && Tokens(*v)[end].word)) continue;
    AddSpan(v, state, i, end - 1, EntityType::kModel, MentionStrength::kShape);
    i = end - 1;
  }
}

// "die GLM-Modelle", "der MiMo-Chatbot": an unknown acronym glued to a model head names a model.
void FindByModelCompound(SentenceView* v, DocumentState* state) {
  const size_t size = v->size();
  if (!v->MayMatch(ListOf(*state, kModelCompoundHeads)) || size < 3) return;
  const auto glued_on = [v](size_t i) { return !Tokens(*v)[i + 1].space_before && !Tokens(*v)[i + 2].space_before; };  // few tokens
  for (size_t i = NextToken(0, size - 2, glued_on); i + 2 < size; i = NextToken(i + 1, size - 2, glued_on)) {
    const Token& t = Tokens(*v)[i];
    if (v->Joined(i) || !v->IsPunct(i + 1, "-") || !NameWord(*v, *state, i)) continue;
    const bool acronym = t.text.size() >= 2 && std::none_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!acronym || v->Covered(i + 2) || v->CompoundEnd(i + 2) != i + 3 || !v->CompoundEndsWith("model_compound_heads", i + 2)) continue;
    AddSpan(v, state, i, i, EntityType::kModel, MentionStrength::kContext);
  }
}

// Name shapes: "GLM-4", "Qwen 2.5", "Kimi K3" are models; "DGA Group" is a company.
// `number`: the sentence's first token that may be a number (NextNumber).
void FindByShape(SentenceView* v, DocumentState* state, size_t number) {
  constexpr size_t kWords = 4;  // of a run; each after the first adds at most two tokens ("-R")
  const size_t size = v->size();
  const ListBit& company_suffixes = ListOf(*state, kCompanySuffixes);
  if ((number == size && !v->MayMatch(company_suffixes)) || size < 2) return;  // no version, no company suffix
  const auto may_be_suffix = [v, &company_suffixes](size_t i) {
    const WordTriggers::Entry& word = v->Word(i);
    return word.single.Has(company_suffixes) || word.phrase_start.Has(company_suffixes);
  };
  size_t suffix = NextToken(0, size, may_be_suffix);  // the first token that may be a company suffix
  const auto may_start = [v](size_t i) { return MayBeNameWord(*v, i) && !Tokens(*v)[i].has_digit; };
  for (size_t i = NextToken(0, size - 1, may_start); i + 1 < size; i = NextToken(i + 1, size - 1, may_start)) {
    // The cheapest tests first: few name words have a number or company suffix close enough.
    if (number <= i) number = NextNumber(*v, i + 1);
    if (suffix <= i) suffix = NextToken(i + 1, size, may_be_suffix);
    if (std::min(number, suffix) > i + 2 * (kWords - 1)) continue;  // no version or suffix can be in the run
    if (i > 0 && NameWord(*v, *state, i - 1)) continue;  // inside a capitalised run: its start decides
    if (!NameWord(*v, *state, i)) continue;
    if (v->IsCity(i) && NameWord(*v, *state, i + 1)) continue;  // "Londoner X Ventures"
    const size_t end = NameEndAfter(*v, *state, i, kWords);
    // A version anywhere in the run makes it a model: "GLM-4", "Qwen 2.5", "Orrery Lens 3",
    // "Tianmu-R 2.0"; a tier may follow ("Kestrel 1.5 Pro").
    bool version = false;
    for (size_t j = i + 1; j < end; ++j) {
      const Token& t = Tokens(*v)[j];
      const bool hyphen_number = t.has_digit && v->Joined(j) && v->IsPunct(j - 1, "-");
      const auto tier_follows = [&] { return j + 1 < size && v->MatchAt("model_tiers", j + 1) > 0; };  // "Nova 2 Pro"
      const bool small_number = t.word && !t.has_letter && t.text.size() <= 2 && (j >= i + 2 || tier_follows());  // "Orrery Lens 3"
      version |= hyphen_number || (t.space_before && (IsVersion(t) || small_number));
    }
    if (version) {
      size_t last = end - 1;
      if (end < size && !v->Covered(end) && Tokens(*v)[end].space_before && v->MatchAt("model_tiers", end) > 0) last = end;
      AddSpan(v, state, i, last, EntityType::kModel, MentionStrength::kShape);
      i = last;
      continue;
    }
    const bool may_open = i > 0 || v->MatchAt("determiners", 0) == 0;  // not "Die Gruppe ..."
    if (may_open && end > i + 1 && v->MatchAt("company_suffixes", end - 1) > 0 && Tokens(*v)[end - 1].space_before) {
      AddSpan(v, state, i, end - 1, EntityType::kCompany, MentionStrength::kShape);
    }
  }
}

void FindCountryAdjectives(SentenceView* v, DocumentState* state) {
  const size_t size = v->size();
  const auto adjective = [v](size_t i) { return v->Word(i).country_adjective.has_value(); };  // few words are one
  for (size_t i = NextToken(0, size, adjective); i < size; i = NextToken(i + 1, size, adjective)) {
    const std::optional<size_t>& country = v->Word(i).country_adjective;
    if (Tokens(*v)[i].word && !v->Covered(i)) {
      const KnownEntity& e = v->knowledge.entities[*country];
      AddSpan(v, state, i, i, e.type, MentionStrength::kGazetteer, Form::kAdjective, e.name, e.key);
    }
  }
}

// Whether the keys of tokens i and j together are a city's key ("san" "francisco").
bool IsCityKey(const SentenceView& v, size_t i, size_t j) {
  const bool begins_city = v.keys[i].empty() || !Tokens(v)[i].word || v.Word(i).city_prefix;  // a word's key is Word(i).key
  return begins_city && v.knowledge.city_countries.count(std::string(v.keys[i]).append(v.keys[j])) > 0;
}

// "US-" before a glued word is a prefix; "US-amerikanisch" folds into one adjective span.
void MarkPrefixes(SentenceView* v, DocumentState* state) {
  auto& spans = v->spans;
  for (size_t k = 0; k < spans.size(); ++k) {
    Span& s = spans[k];
    const size_t next = s.last + 1;
    if (!(next + 1 < v->size() && v->Joined(next) && v->Joined(next + 1) && v->IsPunct(next, "-"))) continue;
    if (k + 1 < spans.size() && spans[k + 1].first == next + 1 &&
        state->doc->mentions[spans[k + 1].mention].key == state->doc->mentions[s.mention].key) {
      state->doc->mentions[s.mention].end = Tokens(*v)[spans[k + 1].last].end;
      v->MergeSpanWithNext(k);
    } else if (s.form == Form::kName && Tokens(*v)[next + 1].word) {
      s.form = Form::kPrefix;
    }
  }
}

// The tokens [first, last] of "das Unternehmen", "der Suchkonzern" or "the company" at
// token i (a listed phrase, or a determiner and a company head word); after a country
// adjective only the head ("Der chinesische Netzwerkausrüster"), so the adjective stays a span.
std::optional<std::pair<size_t, size_t>> CompanyAnaphorAt(const SentenceView& v, const DocumentState& state, size_t i) {
  if (const size_t n = v.MatchAt(ListOf(state, kAnaphoraCompany), i); n > 0) return std::make_pair(i, i + n - 1);
  if (v.MatchAt(ListOf(state, kAnaphoraDeterminers), i) == 0) return std::nullopt;
  size_t head = i + 1;
  for (; head < v.size() && head < i + 6; ++head) {
    const Token& t = Tokens(v)[head];
    const bool adjective = v.Covered(head) && v.SpanAt(head)->form == Form::kAdjective;
    const auto filler = [&] { return !v.Covered(head) && !t.upper_initial && !IsHeadWord(v, state, head) && (t.word || v.IsPunct(head, "-")); };
    const auto city = [&] {
      return !v.Covered(head) && t.word &&
             (v.IsCity(head) ||  // "The San Francisco-based start-up"
              (head + 1 < v.size() && IsCityKey(v, head, head + 1)) || (head > 0 && IsCityKey(v, head - 1, head)));
    };
    if (!(adjective || filler() || city())) break;
  }
  if (head >= v.size() || v.Covered(head)) return std::nullopt;
  const size_t end = v.CompoundEnd(head);
  if (end == head || !v.CompoundEndsWith("company_heads", end - 1)) return std::nullopt;
  return std::make_pair(head == i + 1 ? i : head, end - 1);
}

// "Das Unternehmen" and a sentence-initial "Es" stand for an earlier mention.
void FindAnaphora(SentenceView* v, DocumentState* state) {
  auto copy = [&](size_t first, size_t last, size_t antecedent) {
    if (Overlaps(*v, first, last)) return;
    Mention m = state->doc->mentions[antecedent];
    m.strength = MentionStrength::kShape;
    m.begin = Tokens(*v)[first].begin;
    m.end = Tokens(*v)[last].end;
    state->doc->mentions.push_back(m);
    v->InsertSpan({first, last, state->doc->mentions.size() - 1, m.type, Form::kAnaphor});
  };
  // The clause opens with the noun phrase, or after a fronted participle and its auxiliary
  // ("Finanziert wird das Unternehmen von ...").
  const size_t start = v->size() > 2 && v->MatchAt(ListOf(*state, kPassiveAuxiliaries), 1) > 0 && !v->Covered(0) ? 2 : 0;
  const auto a = CompanyAnaphorAt(*v, *state, start);
  if (a && !v->Covered(a->second + 1) && state->trailing_name) {
    state->doc->mentions.push_back(*state->trailing_name);  // the name is a company after all
    const size_t named = state->doc->mentions.size() - 1;
    AddLocalName(state->trailing_name->key, state->trailing_name->surface, named, state);
    state->last_company = named;
    state->sentences_since_company = 0;
  }
  if (a && state->last_company && state->sentences_since_company <= 1 && !v->Covered(a->second + 1)) {
    copy(a->first, a->second, *state->last_company);
  } else if (v->MatchAt(ListOf(*state, kAnaphoraSubject), 0) > 0 && state->last_of_sentence) {
    copy(0, 0, *state->last_of_sentence);
  } else if (v->MatchAt(ListOf(*state, kAnaphoraPerson), 0) > 0 && state->last_person) {
    copy(0, 0, *state->last_person);  // "Er wechselt zu Anthropic"
  }
}

// The unknown capitalised name that ends a sentence, as a company mention ("ist Quellwerk.").
std::optional<Mention> TrailingName(const SentenceView& v, const DocumentState& state) {
  size_t last = v.size();
  while (last > 0 && !Tokens(v)[last - 1].word) --last;
  if (last < 2 || last + 1 < v.size()) return std::nullopt;  // only punctuation may follow
  size_t first = last - 1;
  while (first > 1 && last - first < 3 && NameWord(v, state, first - 1) && Tokens(v)[first].space_before) --first;
  for (size_t i = first; i < last; ++i) {
    if (!NameWord(v, state, i) || Tokens(v)[i].has_digit) return std::nullopt;
  }
  if (first == 0 || (Tokens(v)[first - 1].word && Tokens(v)[first - 1].upper_initial)) return std::nullopt;
  if (v.MatchAt("trailing_name_blockers", first - 1) > 0) return std::nullopt;  // "vor der Geldspritze.", "auf Einkaufstour."
  if (first >= 2 && v.MatchAt("trailing_name_blockers", first - 2) > 0 && HasAdjectiveEnding(Tokens(v)[first - 1])) {
    return std::nullopt;  // "nach holprigem Start.", "mit neuem Schwung."
  }
  Mention m;
  m.surface = SpanText(v, first, last - 1);
  m.key = m.surface_key = SpanKey(v, first, last - 1, m.surface);
  m.type = EntityType::kCompany;
  m.strength = MentionStrength::kShape;
  m.begin = Tokens(v)[first].begin;
  m.end = Tokens(v)[last - 1].end;
  return m;
}

// Whether a token of the sentence is a funding word ("Finanzierungsrunde", "raised").
bool SpeaksOfFunding(const SentenceView& v, const DocumentState& state) {
  static constexpr MentionList kFundingLists[] = {kRaiseVerbs, kInvestVerbs, kFundedWords, kFundingNouns};
  ListBit lists[std::size(kFundingLists)];  // those the sentence may match: only they are asked of each token
  ListBit* end = lists;
  for (MentionList list : kFundingLists) {
    if (const ListBit& bit = ListOf(state, list); v.MayMatch(bit)) *end++ = bit;
  }
  const ListBit& rounds = ListOf(state, kRoundNouns);
  if (!v.MayMatch(rounds) && end == lists) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    const auto starts_at_i = [&v, i](const ListBit& list) { return v.MatchAt(list, i) > 0; };
    if (v.CompoundEndsWith(rounds, i) || std::any_of(lists, end, starts_at_i)) return true;
  }
  return false;
}

// Whether span s is the agent of a sentence about funding ("vom Wagniskapitalgeber X"), not
// its subject.
bool IsFundingAgent(const SentenceView& view, const Span& s, const DocumentState& state) {
  if (state.sentences_since_funding != 0) return false;  // the sentence speaks of no funding
  size_t before = s.first;
  while (before > 0 && (view.MatchAt("determiners", before - 1) > 0 || view.CompoundEndsWith("company_heads", before - 1) ||
                        (!Tokens(view)[before - 1].upper_initial && Tokens(view)[before - 1].word &&
                         view.MatchAt("passive_agents", before - 1) == 0))) {
    --before;
  }
  return before > 0 && view.MatchAt("passive_agents", before - 1) > 0;
}

// The number of distinct mention keys among the spans that `counted` selects (a sentence has
// few spans: each is compared with the earlier ones rather than collected).
template <typename Counted>
size_t DistinctKeys(const SentenceView& view, const DocumentState& state, Counted counted) {
  const auto key = [&state](const Span& s) -> const std::string& { return state.doc->mentions[s.mention].key; };
  size_t distinct = 0;
  for (auto s = view.spans.begin(); s != view.spans.end(); ++s) {
    const auto same = [&](const Span& earlier) { return counted(earlier) && key(earlier) == key(*s); };
    if (counted(*s) && std::none_of(view.spans.begin(), s, same)) ++distinct;
  }
  return distinct;
}

}  // namespace

void FindMentions(SentenceView* view, DocumentState* state) {
  // Texts name about one entity per 100 bytes: room for them at once spares the moves of a
  // growing vector of mentions (bounded for long documents, where growth is rare anyway).
  std::vector<Mention>& mentions = state->doc->mentions;
  if (mentions.capacity() == 0) mentions.reserve(std::min(view->text.size() / 64, kMaxReservedMentions));
  LookUpLists(*view, state);
  view->Prepare();
  FindKnownNames(view, state);
  FindLocalNames(view, state);
  FindCountryAdjectives(view, state);  // before names by context: "the Danish investor X"
  FindPersons(view, state);
  FindByContext(view, state);
  FindByFrontedPassive(view, state);
  FindByRole(view, state);
  FindByApposition(view, state);
  FindByEmployer(view, state);
  FindByTrailingHead(view, state);
  FindByModelCompound(view, state);
  const size_t number = NextNumber(*view, 0);
  FindLowercaseModels(view, state, number < view->size());
  FindByShape(view, state, number);
  MarkPrefixes(view, state);
  FindAnaphora(view, state);
}

void RememberMentions(const SentenceView& view, DocumentState* state) {
  ++state->sentences_since_funding;
  if (SpeaksOfFunding(view, *state)) state->sentences_since_funding = 0;
  state->last_of_sentence.reset();
  state->trailing_name = TrailingName(view, *state);
  state->companies_last_sentence = 0;
  ++state->sentences_since_company;
  bool company_seen = false, prefix_only = false;
  for (const Span& s : view.spans) {
    const Mention& m = state->doc->mentions[s.mention];
    if (s.form == Form::kName && m.strength != MentionStrength::kGazetteer && s.type != EntityType::kCountry) {
      AddLocalName(view, s.first, s.last, s.mention, state);
      const bool surname = s.type == EntityType::kPerson && s.last > s.first && Tokens(view)[s.last].upper_initial;
      if (surname) AddLocalName(view, s.last, s.last, s.mention, state);  // "Haoran sagte"
    }
    if (s.form == Form::kAdjective || s.form == Form::kGenitive) continue;
    // The sentence's first company is most likely its subject; a prefix ("Meta-Forscherin")
    // counts only when no company is named in full.
    const bool prefix = s.form == Form::kPrefix;
    if (s.type == EntityType::kCompany && (!company_seen || (prefix_only && !prefix)) && !IsFundingAgent(view, s, *state)) {
      state->last_company = s.mention;
      state->sentences_since_company = 0;
      company_seen = true;
      prefix_only = prefix;
    }
    if (s.type == EntityType::kCompany || s.type == EntityType::kModel) state->last_of_sentence = s.mention;
  }
  state->companies_last_sentence = DistinctKeys(view, *state, [](const Span& s) {
    return s.type == EntityType::kCompany && (s.form == Form::kName || s.form == Form::kAnaphor);  // named in full
  });
  const auto model = std::find_if(view.spans.begin(), view.spans.end(),
                                  [](const Span& s) { return s.type == EntityType::kModel && s.form == Form::kName; });
  if (model != view.spans.end()) state->last_model = model->mention;
  state->last_person.reset();
  const auto person = [](const Span& s) { return s.type == EntityType::kPerson && s.form != Form::kAnaphor; };
  for (const Span& s : view.spans) {
    if (person(s)) state->last_person = s.mention;
  }
  if (DistinctKeys(view, *state, person) != 1) state->last_person.reset();  // "er" is clear only after one person
}

}  // namespace kg
