#include "extract/knowledge.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

#include "base/utf8.h"
#include "extract/normalize.h"

const std::map<std::string, std::string_view>& embedded_extract_data();  // generated

namespace kg {

WordPattern::WordPattern(const std::string& pattern) {
  any_prefix = !pattern.empty() && pattern.front() == '*';
  any_suffix = pattern.size() > 1 && pattern.back() == '*';
  const size_t skip_front = any_prefix ? 1 : 0;
  core = pattern.substr(skip_front, pattern.size() - skip_front - (any_suffix ? 1 : 0));
}

bool WordPattern::Matches(std::string_view word) const {
  if (core.empty()) return true;
  if (any_prefix && any_suffix) return word.find(core) != std::string_view::npos;
  if (any_prefix) return word.size() > core.size() && word.compare(word.size() - core.size(), core.size(), core) == 0;
  if (any_suffix) return word.size() >= core.size() && word.compare(0, core.size(), core) == 0;
  return word == core;
}

void TriggerWordIndex::AddTo(InternTable<Lists>* table, std::string_view word, size_t list, bool phrase_start) {
  Lists* known = table->Find(word);
  Lists& lists = known != nullptr ? *known : table->Insert(word, Lists());
  (phrase_start ? lists.phrase_start : lists.single).set(list);
}

void TriggerWordIndex::Affixes::Add(std::string_view core, size_t list, bool phrase_start) {
  AddTo(&cores, core, list, phrase_start);
  if (std::find(lengths.begin(), lengths.end(), core.size()) == lengths.end()) {
    lengths.insert(std::upper_bound(lengths.begin(), lengths.end(), core.size()), core.size());
  }
}

void TriggerWordIndex::Add(const std::string& word, size_t list, bool phrase_start) {
  if (word.find('*') == std::string::npos) return AddTo(&exact_, word, list, phrase_start);
  const WordPattern pattern(word);
  const bool plain_core = !pattern.core.empty() && pattern.core.find('*') == std::string::npos;
  if (plain_core && pattern.any_prefix && !pattern.any_suffix) return suffixes_.Add(pattern.core, list, phrase_start);
  if (plain_core && pattern.any_suffix && !pattern.any_prefix) return prefixes_.Add(pattern.core, list, phrase_start);
  const auto longer = std::upper_bound(others_.begin(), others_.end(), pattern.core.size(),
                                       [](size_t size, const Wildcard& w) { return size < w.pattern.core.size(); });
  others_.insert(longer, {pattern, list, phrase_start});
}

TriggerWordIndex::Lists TriggerWordIndex::Of(std::string_view word) const {
  Lists out;
  if (const Lists* exact = exact_.Find(word)) out = *exact;
  for (const size_t length : suffixes_.lengths) {
    if (length >= word.size()) break;  // "*core" wants something before the core
    if (const Lists* lists = suffixes_.cores.Find(word.substr(word.size() - length))) out |= *lists;
  }
  for (const size_t length : prefixes_.lengths) {
    if (length > word.size()) break;
    if (const Lists* lists = prefixes_.cores.Find(word.substr(0, length))) out |= *lists;
  }
  for (const Wildcard& w : others_) {
    if (w.pattern.core.size() > word.size()) break;  // no pattern matches a word shorter than its core
    if (w.pattern.Matches(word)) (w.phrase_start ? out.phrase_start : out.single).set(w.list);
  }
  return out;
}

void TriggerSet::Add(const Trigger& trigger) {
  triggers_.push_back(trigger);
  if (trigger.size() == 1) return;  // single words: TriggerWordIndex
  std::vector<WordPattern> phrase;
  for (const std::string& word : trigger) phrase.emplace_back(word);
  const size_t index = phrases_.size();
  phrases_.push_back(std::move(phrase));
  if (trigger.front().find('*') != std::string::npos) {
    phrases_with_wildcard_first_.push_back(index);
  } else if (std::vector<size_t>* same_start = phrases_by_first_word_.Find(trigger.front())) {
    same_start->push_back(index);
  } else {
    phrases_by_first_word_.Insert(trigger.front(), {index});
  }
}

size_t TriggerSet::MatchPrefix(const std::string_view* words, size_t count, bool first_matches) const {
  if (count == 0) return 0;
  size_t best = first_matches ? 1 : 0;
  auto try_phrase = [&](size_t phrase) {
    if (phrases_[phrase].size() > best && MatchesPhrase(phrase, words, count)) best = phrases_[phrase].size();
  };
  if (const std::vector<size_t>* same_start = phrases_by_first_word_.Find(words[0])) {
    for (const size_t phrase : *same_start) try_phrase(phrase);
  }
  for (const size_t phrase : phrases_with_wildcard_first_) try_phrase(phrase);
  return best;
}

bool TriggerSet::MatchesPhrase(size_t index, const std::string_view* words, size_t count) const {
  const std::vector<WordPattern>& phrase = phrases_[index];
  if (phrase.size() > count) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (!phrase[k].Matches(words[k])) return false;
  }
  return true;
}

const TriggerSet& Knowledge::List(std::string_view name) const {
  static const TriggerSet kEmpty;
  auto it = triggers.find(name);
  return it == triggers.end() ? kEmpty : it->second;
}

std::vector<DataFile> BuiltinDataFiles() {
  std::vector<DataFile> files;
  for (const auto& [name, bytes] : embedded_extract_data()) files.push_back({"builtin:" + name, std::string(bytes)});
  return files;
}

namespace {

using Json = rapidjson::Value;

// The country entities by ISO code, their first alias (which never changes once added):
// the first such entity, as a scan of the entities in order would find it.
class CountryCodes {
 public:
  /// The country whose code is `code`, or k.entities.size(); indexes the entities added
  /// since the last call first.
  size_t Find(const Knowledge& k, const std::string& code) {
    for (; indexed_ < k.entities.size(); ++indexed_) {
      const KnownEntity& e = k.entities[indexed_];
      if (e.type == EntityType::kCountry && !e.aliases.empty()) by_code_.emplace(e.aliases.front(), indexed_);
    }
    const auto it = by_code_.find(code);
    return it == by_code_.end() ? k.entities.size() : it->second;
  }

 private:
  std::unordered_map<std::string, size_t> by_code_;
  size_t indexed_ = 0;  // entities [0, indexed_) are in by_code_
};

// A field's place in a data file ("entities[2].aliases"), spelled out only for a message.
struct FieldPath {
  static constexpr size_t kNoIndex = ~size_t{0};
  std::string_view section;  // "entities", "triggers"
  size_t index;              // the entry of a list section
  std::string_view member;   // of the entry, or of an object section

  explicit FieldPath(std::string_view section_name, size_t entry = kNoIndex, std::string_view member_name = {})
      : section(section_name), index(entry), member(member_name) {}
  FieldPath Member(std::string_view name) const { return FieldPath(section, index, name); }
  std::string ToString() const {
    std::string out(section);
    if (index != kNoIndex) out += "[" + std::to_string(index) + "]";
    if (!member.empty()) out.append(".").append(member);
    return out;
  }
};

// The member `name` of a JSON object, or nullptr.
const Json* Member(const Json& object, const char* name) {
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// Reads one data file into Knowledge; `where` prefixes every message.
class FileLoader {
 public:
  FileLoader(const std::string& name, Knowledge* k, CountryCodes* countries) : name_(name), k_(k), countries_(countries) {}
  Status Load(const std::string& text);

 private:
  Status Error(const FieldPath& field, const std::string& what) const { return Error(field.ToString(), what); }
  Status Error(const std::string& field, const std::string& what) const {
    return Status::InvalidInput(name_ + ": " + field + ": " + what);
  }
  // Calls `use` with each string of the list `v`, up to the first that is not one.
  template <typename Use>
  Status ForEachString(const Json& v, const FieldPath& field, Use use) const;
  Status Strings(const Json& v, const FieldPath& field, std::vector<std::string>* out) const;
  Status Entities(const Json& v);
  Status Countries(const Json& v);
  Status Cities(const Json& v);
  Status Triggers(const Json& v);
  Status Words(const Json& v, const FieldPath& field, std::unordered_set<std::string>* out) const;

  std::string name_;
  Knowledge* k_;
  CountryCodes* countries_;  // shared by the files of one LoadKnowledge
};

// How a form names its entity.
enum class NameKind { kName, kMetonym, kDemonym, kSurname };

void AddName(Knowledge* k, size_t entity, const std::string& surface, NameKind kind = NameKind::kName) {
  std::string key = NameKey(surface);
  if (key.empty()) return;
  auto [it, end] = k->names.equal_range(key);
  for (; it != end; ++it) {
    if (it->second.entity == entity) return;
  }
  // Short all-caps forms ("US", "UK") must be written exactly so: "us" is a pronoun.
  const bool exact = key.size() <= 3;
  k->names.emplace(std::move(key), KnownName{entity, surface, exact, kind == NameKind::kMetonym, kind == NameKind::kDemonym,
                                    kind == NameKind::kSurname});
}

size_t AddEntity(Knowledge* k, KnownEntity e) {
  k->entities.push_back(std::move(e));
  const size_t id = k->entities.size() - 1;
  AddName(k, id, k->entities[id].name);
  for (const std::string& alias : k->entities[id].aliases) AddName(k, id, alias);
  return id;
}

template <typename Use>
Status FileLoader::ForEachString(const Json& v, const FieldPath& field, Use use) const {
  if (!v.IsArray()) return Error(field, "expected a list of strings");
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    if (!v[i].IsString()) return Error(field.ToString() + "[" + std::to_string(i) + "]", "expected a string");
    use(std::string_view(v[i].GetString(), v[i].GetStringLength()));
  }
  return Status::Ok();
}

Status FileLoader::Strings(const Json& v, const FieldPath& field, std::vector<std::string>* out) const {
  return ForEachString(v, field, [out](std::string_view s) { out->emplace_back(s); });
}

Status FileLoader::Words(const Json& v, const FieldPath& field, std::unordered_set<std::string>* out) const {
  return ForEachString(v, field, [out](std::string_view w) { out->insert(FoldCase(w)); });
}

Status FileLoader::Entities(const Json& v) {
  if (!v.IsArray()) return Error("entities", "expected a list");
  k_->entities.reserve(k_->entities.size() + v.Size());
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    const FieldPath field("entities", i);
    const Json& e = v[i];
    const Json* name = e.IsObject() ? Member(e, "name") : nullptr;
    if (name == nullptr || !name->IsString()) return Error(field, "expected {\"name\": ..., \"type\": ...}");
    KnownEntity known;
    known.name = name->GetString();
    const Json* type = Member(e, "type");
    if (type == nullptr || !type->IsString() || !ParseEntityType(type->GetString(), &known.type)) {
      return Error(field.Member("type"), "expected one of company, model, person, country");
    }
    if (const Json* aliases = Member(e, "aliases")) {
      Status s = Strings(*aliases, field.Member("aliases"), &known.aliases);
      if (!s.ok()) return s;
    }
    AddEntity(k_, std::move(known));
  }
  return Status::Ok();
}

Status FileLoader::Countries(const Json& v) {
  if (!v.IsArray()) return Error("countries", "expected a list");
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    const FieldPath field("countries", i);
    const Json& c = v[i];
    const Json* code = c.IsObject() ? Member(c, "code") : nullptr;
    if (code == nullptr || !code->IsString()) return Error(field, "expected {\"code\": \"CN\", ...}");
    const size_t id = countries_->Find(*k_, code->GetString());
    if (id == k_->entities.size()) return Error(field.Member("code"), std::string("unknown ISO region \"") + code->GetString() + "\"");
    if (const Json* name = Member(c, "name")) {  // the German short name where ICU's is not it ("UK" -> "Großbritannien")
      if (!name->IsString() || name->GetStringLength() == 0) return Error(field.Member("name"), "expected a name");
      KnownEntity& e = k_->entities[id];
      e.aliases.push_back(e.name);
      e.name = name->GetString();
      AddName(k_, id, e.name);
    }
    constexpr std::pair<const char*, NameKind> kFormLists[] = {
        {"aliases", NameKind::kName}, {"demonyms", NameKind::kDemonym}, {"metonyms", NameKind::kMetonym}};
    for (const auto& [list, kind] : kFormLists) {
      const Json* forms_json = Member(c, list);
      if (forms_json == nullptr) continue;
      std::vector<std::string> forms;
      Status s = Strings(*forms_json, field.Member(list), &forms);
      if (!s.ok()) return s;
      for (const std::string& f : forms) AddName(k_, id, f, kind);
    }
    if (const Json* adjectives = Member(c, "adjectives")) {
      std::vector<std::string> stems;
      Status s = Strings(*adjectives, field.Member("adjectives"), &stems);
      if (!s.ok()) return s;
      for (const std::string& stem : stems) k_->country_adjectives[FoldCase(stem)] = id;
    }
  }
  return Status::Ok();
}

Status FileLoader::Cities(const Json& v) {
  if (!v.IsArray()) return Error("cities", "expected a list");
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    const FieldPath field("cities", i);
    const Json& c = v[i];
    const Json* name = c.IsObject() ? Member(c, "name") : nullptr;
    const Json* country_code = c.IsObject() ? Member(c, "country") : nullptr;
    if (name == nullptr || !name->IsString() || country_code == nullptr || !country_code->IsString()) {
      return Error(field, "expected {\"name\": ..., \"country\": \"FR\", ...}");
    }
    const size_t country = countries_->Find(*k_, country_code->GetString());
    if (country == k_->entities.size()) {
      return Error(field.Member("country"), std::string("unknown ISO region \"") + country_code->GetString() + "\"");
    }
    std::vector<std::string> forms = {name->GetString()};
    for (const char* list : {"aliases", "adjectives"}) {
      const Json* more = Member(c, list);
      if (more == nullptr) continue;
      Status s = Strings(*more, field.Member(list), &forms);
      if (!s.ok()) return s;
    }
    for (const std::string& form : forms) k_->city_countries[NameKey(form)] = country;
  }
  return Status::Ok();
}

// The words of a phrase, split at the blanks of the C locale's isspace (as reading it with
// operator>> would, without building a stream per phrase).
Trigger SplitWords(std::string_view phrase) {
  constexpr std::string_view kBlanks = " \t\n\v\f\r";
  Trigger words;
  for (size_t begin = phrase.find_first_not_of(kBlanks); begin != std::string_view::npos;) {
    const size_t end = std::min(phrase.find_first_of(kBlanks, begin), phrase.size());
    words.emplace_back(phrase.substr(begin, end - begin));
    begin = phrase.find_first_not_of(kBlanks, end);
  }
  return words;
}

Status FileLoader::Triggers(const Json& v) {
  if (!v.IsObject()) return Error("triggers", "expected an object of lists");
  for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
    const std::string list = m->name.GetString();
    std::vector<std::string> phrases;
    Status s = Strings(m->value, FieldPath("triggers", FieldPath::kNoIndex, list), &phrases);
    if (!s.ok()) return s;
    TriggerSet* set = nullptr;  // made for the list's first trigger
    for (const std::string& phrase : phrases) {
      const Trigger words = SplitWords(FoldCase(phrase));
      if (words.empty()) continue;
      if (set == nullptr) set = &k_->triggers[list];
      set->Add(words);
    }
  }
  return Status::Ok();
}

// Parses JSON in place (the document's strings point into `text`, which it may rewrite, and
// end at its first NUL as they would in a copy), without recursion, checking that strings
// are UTF-8. RapidJSON checks them a byte at a time; a text that is valid UTF-8 as a whole
// cannot fail that check, so only a text that is not pays for it (and gets RapidJSON's
// message and offset).
rapidjson::ParseResult ParseJsonInPlace(std::string* text, rapidjson::Document* doc) {
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag;
  if (FindInvalidUtf8(*text) == std::string_view::npos) return doc->ParseInsitu<kFlags>(text->data());
  return doc->ParseInsitu<kFlags | rapidjson::kParseValidateEncodingFlag>(text->data());
}

Status FileLoader::Load(const std::string& text) {
  rapidjson::Document doc;
  std::string parsed = text;  // the document's strings live here
  if (rapidjson::ParseResult r = ParseJsonInPlace(&parsed, &doc); !r) {
    const LineColumn at = LocateOffset(text, r.Offset());
    return Status::InvalidInput(name_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                                rapidjson::GetParseError_En(r.Code()));
  }
  if (!doc.IsObject()) return Error("top level", "expected a JSON object");
  for (auto m = doc.MemberBegin(); m != doc.MemberEnd(); ++m) {
    const std::string section = m->name.GetString();
    const Json& v = m->value;
    Status s;
    if (section == "version") continue;
    if (section == "entities") s = Entities(v);
    else if (section == "countries") s = Countries(v);
    else if (section == "cities") s = Cities(v);
    else if (section == "triggers") s = Triggers(v);
    else if (section == "first_names") s = Words(v, FieldPath(section), &k_->first_names);
    else if (section == "honorifics") s = Words(v, FieldPath(section), &k_->honorifics);
    else if (section == "not_names") s = Words(v, FieldPath(section), &k_->not_names);
    else if (section == "abbreviations") s = Strings(v, FieldPath(section), &k_->abbreviations);
    else if (section == "ordinal_nouns") s = Strings(v, FieldPath(section), &k_->ordinal_nouns);
    else s = Error(section, "unknown section (expected entities, countries, cities, triggers, first_names, honorifics, not_names, abbreviations or ordinal_nouns)");
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

std::string DisplayName(const icu::LocaleDisplayNames& names, const char* code) {
  icu::UnicodeString out;
  names.regionDisplayName(code, out);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

// Every ISO country from ICU: canonical name is the short German form ("USA").
// The ISO code is kept as the first alias so countries files can refer to it.
void AddIcuCountries(Knowledge* k) {
  UDisplayContext short_names[] = {UDISPCTX_LENGTH_SHORT};
  std::unique_ptr<icu::LocaleDisplayNames> de_short(icu::LocaleDisplayNames::createInstance(icu::Locale("de"), short_names, 1));
  std::unique_ptr<icu::LocaleDisplayNames> en_short(icu::LocaleDisplayNames::createInstance(icu::Locale("en"), short_names, 1));
  std::unique_ptr<icu::LocaleDisplayNames> de(icu::LocaleDisplayNames::createInstance(icu::Locale("de")));
  std::unique_ptr<icu::LocaleDisplayNames> en(icu::LocaleDisplayNames::createInstance(icu::Locale("en")));
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    KnownEntity e;
    e.type = EntityType::kCountry;
    e.name = DisplayName(*de_short, *c);
    e.aliases = {*c};
    for (auto* names : {de.get(), en.get(), en_short.get()}) {
      const std::string n = DisplayName(*names, *c);
      if (n != e.name) e.aliases.push_back(n);
    }
    const size_t id = k->entities.size();
    k->entities.push_back(std::move(e));
    for (size_t i = 0; i < k->entities[id].aliases.size(); ++i) {
      if (i > 0) AddName(k, id, k->entities[id].aliases[i]);  // not the bare ISO code
    }
    AddName(k, id, k->entities[id].name);
  }
}

}  // namespace

// "Moonshot AI" is also written "Moonshot": a company name ending in a droppable suffix
// gets the shorter form, unless that is a common word or names something else.
void AddShortForms(Knowledge* k) {
  std::set<std::string> suffixes;
  for (const Trigger& t : k->List("droppable_suffixes").triggers()) suffixes.insert(t.front());
  const size_t count = k->entities.size();
  for (size_t id = 0; id < count; ++id) {
    const KnownEntity& e = k->entities[id];
    const size_t space = e.name.rfind(' ');
    if (e.type != EntityType::kCompany || space == std::string::npos) continue;
    if (suffixes.count(FoldCase(e.name.substr(space + 1))) == 0) continue;
    const std::string short_form = e.name.substr(0, space);
    const std::string key = NameKey(short_form);
    if (key.size() < 4 || k->names.count(key) > 0 || k->not_names.count(FoldCase(short_form)) > 0) continue;
    AddName(k, id, short_form);
  }
}

// "Altman" for "Sam Altman": a known person's surname, unless short, common or taken.
void AddSurnames(Knowledge* k) {
  const size_t count = k->entities.size();
  for (size_t id = 0; id < count; ++id) {
    const KnownEntity& e = k->entities[id];
    const size_t space = e.name.rfind(' ');
    if (e.type != EntityType::kPerson || space == std::string::npos) continue;
    const std::string surname = e.name.substr(space + 1);
    const std::string key = NameKey(surname);
    const std::string fold = FoldCase(surname);
    if (key.size() < 4 || k->names.count(key) > 0 || k->not_names.count(fold) > 0 || k->first_names.count(fold) > 0) {
      continue;  // "Chen" or "Lee" could be anyone
    }
    AddName(k, id, surname, NameKind::kSurname);
  }
}

// Longest prefix first: the set holds the shorter prefixes of any prefix it holds (they came
// with it), so the walk stops at the first known one; the copy of a key whose prefixes were
// all known is dropped again.
void PrefixSet::AddWithPrefixes(std::string_view key) {
  const size_t offset = keys_.size();
  keys_.append(key);
  size_t length = key.size();
  while (length > 0 && Insert(HashString(key.substr(0, length)), offset, length)) --length;
  if (length == key.size()) keys_.resize(offset);
}

bool PrefixSet::Contains(std::string_view text) const {
  return !text.empty() && Holds(HashString(text), text);
}

bool PrefixSet::Holds(uint64_t hash, std::string_view text) const {
  if (slots_.empty()) return false;
  for (size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
    const Slot& slot = slots_[i];
    if (slot.length == 0) return false;
    if (slot.hash == hash && Text(slot) == text) return true;
  }
}

void PrefixSet::Clear() {
  keys_.clear();
  slots_.clear();
  size_ = 0;
}

bool PrefixSet::Insert(uint64_t hash, size_t offset, size_t length) {
  if (Holds(hash, std::string_view(keys_).substr(offset, length))) return false;
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  Place({hash, offset, length});
  ++size_;
  return true;
}

void PrefixSet::Place(const Slot& slot) {
  size_t i = slot.hash & (slots_.size() - 1);
  while (slots_[i].length != 0) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = slot;
}

void PrefixSet::Grow() {
  const std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.empty() ? 1024 : slots_.size() * 2));
  for (const Slot& slot : old) {
    if (slot.length != 0) Place(slot);
  }
}

// Prefix sets let name matching stop extending a span as soon as no name can follow.
void IndexNamePrefixes(Knowledge* k) {
  k->name_prefixes.Clear();
  k->lowercase_prefixes.Clear();
  k->city_prefixes.Clear();
  for (const auto& [key, country] : k->city_countries) k->city_prefixes.AddWithPrefixes(key);
  for (const auto& [key, name] : k->names) {
    k->name_prefixes.AddWithPrefixes(key);
    const bool lowercase = !name.surface.empty() && std::islower(static_cast<unsigned char>(name.surface[0]));
    if (lowercase) k->lowercase_prefixes.AddWithPrefixes(key);
  }
}

namespace {

// Fills knowledge->trigger_words from the indexed trigger lists.
void IndexTriggerWords(Knowledge* k) {
  k->trigger_words = {};
  for (const auto& [name, list] : k->triggers) {
    for (const Trigger& trigger : list.triggers()) k->trigger_words.Add(trigger.front(), list.index(), trigger.size() > 1);
  }
}

}  // namespace

Status LoadKnowledge(const std::vector<DataFile>& files, Knowledge* knowledge) {
  if (knowledge->entities.empty()) AddIcuCountries(knowledge);
  CountryCodes countries;
  for (const DataFile& file : files) {
    Status s = FileLoader(file.name, knowledge, &countries).Load(file.text);
    if (!s.ok()) return s;
  }
  AddShortForms(knowledge);
  AddSurnames(knowledge);
  for (KnownEntity& e : knowledge->entities) e.key = NameKey(e.name);  // names are final now
  IndexNamePrefixes(knowledge);
  if (knowledge->triggers.size() > kMaxTriggerLists) {
    return Status::InvalidInput("triggers: " + std::to_string(knowledge->triggers.size()) + " lists, at most " +
                                std::to_string(kMaxTriggerLists) + " are supported");
  }
  size_t index = 0;
  for (auto& [name, list] : knowledge->triggers) list.set_index(index++);
  IndexTriggerWords(knowledge);
  return Status::Ok();
}

}  // namespace kg
