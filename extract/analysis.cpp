#include "extract/analysis.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "extract/normalize.h"

namespace kg {

void SentenceView::InsertSpan(const Span& span) {
  const auto by_first = [](const Span& a, const Span& b) { return a.first < b.first; };
  const auto at = spans.insert(std::upper_bound(spans.begin(), spans.end(), span, by_first), span);
  // Only the spans after the new one move, one place up: the index is updated for their
  // tokens, not rebuilt.
  for (size_t k = static_cast<size_t>(at - spans.begin()); k < spans.size(); ++k) IndexSpan(k);
}

void SentenceView::MergeSpanWithNext(size_t k) {
  spans[k].last = spans[k + 1].last;
  spans[k].form = spans[k + 1].form;
  spans.erase(spans.begin() + static_cast<long>(k) + 1);
  IndexSpans();
}

void SentenceView::IndexSpans() {
  std::fill(span_of_, span_of_ + size_, -1);
  for (size_t k = 0; k < spans.size(); ++k) IndexSpan(k);
}

void SentenceView::IndexSpan(size_t k) {
  for (size_t i = spans[k].first; i <= spans[k].last && i < size_; ++i) span_of_[i] = static_cast<int32_t>(k);
}

bool HasAdjectiveEnding(const Token& t) {
  if (!t.word || t.upper_initial || t.has_digit) return false;
  for (const std::string_view ending : {"e", "en", "er", "es", "em"}) {
    if (t.fold.size() > ending.size() + 2 && t.fold.compare(t.fold.size() - ending.size(), ending.size(), ending) == 0) return true;
  }
  return false;
}

size_t SentenceView::CompoundEnd(size_t i) const {
  size_t j = i + 1;
  while (j + 1 < size() && Joined(j) && IsPunct(j, "-") && Joined(j + 1) && tokens()[j + 1].word) j += 2;
  return j;
}

size_t SentenceView::CompoundStart(size_t i) const {
  while (i >= 2 && Joined(i) && IsPunct(i - 1, "-") && Joined(i - 1) && tokens()[i - 2].word) i -= 2;
  return i;
}

size_t SentenceView::SkipHead(std::string_view list, size_t i) const {
  if (i >= size() || Covered(i) || !tokens()[i].word) return i;
  const size_t end = CompoundEnd(i);
  return CompoundEndsWith(list, end - 1) ? end : i;
}

namespace {

constexpr std::string_view kAdjectiveEndings[] = {"", "e", "en", "er", "es", "em"};

// The country of an adjective: its stem less a German ending names one ("chinesischen").
std::optional<size_t> CountryOfAdjective(const Knowledge& knowledge, std::string_view fold) {
  for (const std::string_view ending : kAdjectiveEndings) {
    if (fold.size() <= ending.size() || fold.substr(fold.size() - ending.size()) != ending) continue;
    auto it = knowledge.country_adjectives.find(std::string(fold.substr(0, fold.size() - ending.size())));
    if (it != knowledge.country_adjectives.end()) return it->second;
  }
  return std::nullopt;
}

}  // namespace

std::string GenitiveStem(std::string_view key, std::string_view fold) {
  const bool genitive = key.size() > 3 && key.back() == 's' && !fold.empty() && fold.back() == 's';
  return genitive ? std::string(key.substr(0, key.size() - 1)) : std::string();
}

bool WordTriggers::IsNameKey(const std::string& key) const {
  // Every name's key is among the name prefixes, whose table rules out most words before
  // the multimap hashes the key.
  return knowledge_.name_prefixes.Contains(key) && knowledge_.names.count(key) > 0;
}

const WordTriggers::Entry& WordTriggers::Of(std::string_view folded) {
  if (const Entry* known = words_.Find(folded)) return *known;
  const std::string word(folded);
  Entry e;
  e.not_name = knowledge_.not_names.count(word) > 0;
  e.first_name = knowledge_.first_names.count(word) > 0;
  e.honorific = knowledge_.honorifics.count(word) > 0;
  e.key = NameKey(word);
  e.key_hash = std::hash<std::string_view>()(e.key);
  const std::string stem = GenitiveStem(e.key, word);
  e.name_prefix = knowledge_.name_prefixes.Contains(e.key);
  e.name_start = (e.name_prefix && knowledge_.names.count(e.key) > 0) || (!stem.empty() && IsNameKey(stem));
  const std::string lowercase_stem = e.key.size() > 1 && e.key.back() == 's' ? e.key.substr(0, e.key.size() - 1) : "";
  e.lowercase_name = knowledge_.lowercase_prefixes.Contains(e.key) ||
                     (!lowercase_stem.empty() && knowledge_.lowercase_prefixes.Contains(lowercase_stem));
  e.country_adjective = CountryOfAdjective(knowledge_, word);
  e.city_prefix = knowledge_.city_prefixes.Contains(e.key);
  if (e.city_prefix) {  // a city's key is a prefix of it
    const auto city = knowledge_.city_countries.find(e.key);
    e.city = city != knowledge_.city_countries.end();
    if (e.city) e.city_country = city->second;
  }
  const TriggerWordIndex::Lists lists = knowledge_.trigger_words.Of(word);
  e.single = ListSet(lists.single);
  e.phrase_start = ListSet(lists.phrase_start);
  const Entry& entry = words_.Insert(word, std::move(e));
  full_ |= words_.size() >= kMaxWords;
  return entry;
}

void WordTriggers::OfTokens(const Token* tokens, size_t count, const Entry** entries) {
  // The table in locals: the stores to `entries` might alias it, which would then be read
  // again for every token. Only a new form changes it.
  const Entry* const* by_form = by_form_.data();
  size_t forms = by_form_.size();
  for (size_t i = 0; i < count; ++i) {
    const uint32_t form = tokens[i].form;
    const Entry* entry = form < forms ? by_form[form] : nullptr;
    if (entry == nullptr) {
      entry = &OfNewForm(tokens[i]);
      by_form = by_form_.data();
      forms = by_form_.size();
    }
    entries[i] = entry;
  }
}

const WordTriggers::Entry& WordTriggers::OfNewForm(const Token& token) {
  if (token.form >= by_form_.size()) by_form_.resize(size_t{token.form} + 1, nullptr);
  const Entry& entry = Of(token.fold);
  by_form_[token.form] = &entry;
  return entry;
}

const WordTriggers::Compound& WordTriggers::AddContinuation(Prefix prefix, const Entry& word, bool is_word,
                                                           std::string_view hyphenated, std::string_view joined) {
  const ListSet ends = ListSet(knowledge_.trigger_words.Of(hyphenated).single) |
                       ListSet(knowledge_.trigger_words.Of(joined).single);
  const Compound& compound = continuations_.Insert({prefix, PrefixOf(word, is_word)}, Compound{ends});
  // Continuations are counted apart: chains of hyphenated words add them without new entries.
  full_ |= continuations_.size() >= kMaxWords;
  return compound;
}

const WordTriggers::Compound& WordTriggers::ContinuationTable::Insert(const Key& key, const Compound& compound) {
  if ((compounds_.size() + 1) * 2 > slots_.size()) {
    const std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 1024 : slots_.size() * 2));
    for (const Slot& s : old) {
      if (s.compound != nullptr) Place(s.key, s.compound);
    }
  }
  compounds_.push_back(compound);
  Place(key, &compounds_.back());
  return compounds_.back();
}

void WordTriggers::ContinuationTable::Place(const Key& key, const Compound* compound) {
  const size_t mask = slots_.size() - 1;
  size_t slot = SlotOf(key) & mask;
  while (slots_[slot].compound != nullptr) slot = (slot + 1) & mask;
  slots_[slot] = {key, compound};
}

void WordTriggers::ContinuationTable::Clear() {
  compounds_.clear();
  slots_.clear();
}

const ListSet& WordTriggers::ComputePhraseSecond(const Entry& entry, std::string_view word) {
  Entry& e = const_cast<Entry&>(entry);  // one of words_, which are not const
  e.phrase_second = ListSet(second_words_.Of(word).single);
  e.phrase_second_known = true;
  return e.phrase_second;
}

void WordTriggers::Clear() {
  words_.Clear();  // entries are recomputed as needed
  by_form_.clear();
  continuations_.Clear();
  full_ = false;
}

WordTriggers::WordTriggers(const Knowledge& knowledge)
    : knowledge_(knowledge), lists_by_index_(knowledge.triggers.size()) {
  for (const auto& [name, list] : knowledge.triggers) {
    lists_by_index_[list.index()] = &list;
    for (const Trigger& trigger : list.triggers()) {
      if (trigger.size() > 1) second_words_.Add(trigger[1], list.index(), false);
    }
  }
}

ListSet::ListSet(const TriggerBits& bits) {
  for (size_t w = 0; w < kWords; ++w) words_[w] = ((bits >> (64 * w)) & TriggerBits(~uint64_t{0})).to_ullong();
}

ListBit WordTriggers::BitOfSlow(std::string_view name) {
  const auto list = knowledge_.triggers.find(name);
  const ListBit bit = list == knowledge_.triggers.end() ? ListBit() : ListBit::Of(list->second.index());
  size_t slot = SlotOf(name);
  for (size_t probes = 0; probes < kListSlots; ++probes, slot = (slot + 1) % kListSlots) {
    ListSlot& s = lists_[slot];
    if (s.name == name.data()) return s.bit;
    if (s.name != nullptr) continue;
    s = {name.data(), bit};
    return bit;
  }
  return bit;  // table full: not cached
}

size_t SentenceView::MatchPhrase(size_t index, size_t i) const {
  const ListBit bit = ListBit::Of(index);
  // Most phrase starts are common words ("im", "mit"): when no phrase of the list goes on
  // with the next word, only the word itself can match.
  if (i + 1 >= size_ || !word_triggers_->PhraseSecond(*word_bits_[i + 1], token_[i + 1].fold).Has(bit)) {
    return word_bits_[i]->single.Has(bit) ? 1 : 0;
  }
  for (const SentenceBuffers::PhraseMatch& known : phrase_matches_) {
    if (known.list == index && known.token == i) return known.length;
  }
  std::string_view words[4];
  size_t count = 0;
  for (size_t j = i; j < size() && count < 4; ++j) words[count++] = tokens()[j].fold;
  const size_t n = word_triggers_->ListAt(index).MatchPrefix(words, count, word_bits_[i]->single.Has(bit));
  phrase_matches_.push_back({index, i, n});
  return n;
}

const WordTriggers::Compound& SentenceView::CompoundAt(size_t i, const WordTriggers::Compound* before) const {
  const WordTriggers::Prefix prefix = ContinuesCompound(i - 2) ? WordTriggers::PrefixOf(*before)
                                                               : WordTriggers::PrefixOf(*word_bits_[i - 2], token_[i - 2].word);
  const Token& t = tokens()[i];
  const WordTriggers::Entry& word = *word_bits_[i];
  if (const WordTriggers::Compound* known = word_triggers_->Continuation(prefix, word, t.word)) return *known;
  size_t start = i - 2;
  while (ContinuesCompound(start)) start -= 2;
  std::string hyphenated(tokens()[start].fold), joined(tokens()[start].word ? tokens()[start].fold : std::string_view());
  for (size_t j = start + 2; j <= i; j += 2) {
    hyphenated.append("-").append(tokens()[j].fold);
    if (tokens()[j].word) joined.append(tokens()[j].fold);
  }
  return word_triggers_->AddContinuation(prefix, word, t.word, hyphenated, joined);
}

void SentenceView::Prepare() {
  phrase_matches_.clear();
  word_triggers_->Trim();
  // The loop writes every token's entries (the constructor sized the tables); no span
  // covers a token yet (the view starts with none). It works on locals: its stores might
  // alias members, which would then be read again for every token.
  const Token* const tokens = token_;
  std::string_view* const key = keys.data();
  const WordTriggers::Entry** const word_bits = word_bits_;
  ListSet* const compound_bits = compound_bits_;
  int32_t* const span_of = span_of_;
  ListSet present;
  // The compound words ending at the last two tokens that continued one: a compound
  // continues from i - 2, which has i's parity.
  const WordTriggers::Compound* compound[2] = {nullptr, nullptr};
  word_triggers_->OfTokens(tokens, size_, word_bits);
  for (size_t i = 0; i < size_; ++i) {
    const Token& t = tokens[i];
    const WordTriggers::Entry& word = *word_bits[i];
    key[i] = t.word ? std::string_view(word.key) : std::string_view();  // NameKey(t.text): keys ignore case
    span_of[i] = -1;
    ListSet ends = word.single;
    if (!t.space_before && ContinuesCompound(i)) {  // most tokens follow a space
      compound[i & 1] = &CompoundAt(i, compound[i & 1]);
      ends |= compound[i & 1]->ends;
    }
    compound_bits[i] = ends;
    present |= ends | word.phrase_start;
  }
  present_ = present;
}

std::optional<size_t> SentenceView::Find(std::string_view list, size_t from, size_t to) const {
  to = std::min(to, size_);
  const size_t i = FirstMatch(word_triggers_->BitOf(list), from, to);
  return i < to ? std::optional<size_t>(i) : std::nullopt;
}

size_t SentenceView::FirstMatch(ListBit bit, size_t from, size_t to) const {
  if (!present_.Has(bit)) return to;  // most sentences: nothing to scan
  for (size_t i = from; i < to; ++i) {
    // MatchAt(list, i) > 0: a single-word trigger matches whatever phrase the word may begin.
    const WordTriggers::Entry& word = *word_bits_[i];
    if (word.single.Has(bit) || (word.phrase_start.Has(bit) && MatchPhrase(bit.index, i) > 0)) return i;
  }
  return to;
}

}  // namespace kg
