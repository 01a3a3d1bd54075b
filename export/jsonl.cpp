#include "export/jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using JsonValue = rapidjson::Value;

// A plain member written and read under `name`; one table per struct drives both ways.
template <typename T, typename V>
struct Field {
  const char* name;
  V T::*member;
};

const Field<Mention, std::string> kMentionTexts[] = {{"surface", &Mention::surface},
                                                     {"key", &Mention::key},
                                                     {"surface_key", &Mention::surface_key},
                                                     {"canonical", &Mention::canonical}};
const Field<Mention, size_t> kMentionOffsets[] = {{"begin", &Mention::begin}, {"end", &Mention::end}};
const Field<RelationMention, size_t> kRelationEnds[] = {{"source", &RelationMention::source},
                                                        {"target", &RelationMention::target}};
const Field<Evidence, std::string> kEvidenceTexts[] = {
    {"document", &Evidence::document}, {"sentence", &Evidence::sentence}, {"rule", &Evidence::rule}};
const Field<Evidence, size_t> kEvidenceOffsets[] = {
    {"sentence_begin", &Evidence::sentence_begin}, {"sentence_end", &Evidence::sentence_end},
    {"source_begin", &Evidence::source_begin},     {"source_end", &Evidence::source_end},
    {"target_begin", &Evidence::target_begin},     {"target_end", &Evidence::target_end}};

// MentionStrength 1, 2, 3 by name.
const char* const kStrengthNames[] = {"shape", "context", "gazetteer"};

std::string_view StrengthName(MentionStrength strength) { return kStrengthNames[static_cast<int>(strength) - 1]; }

bool ParseStrength(std::string_view text, MentionStrength* strength) {
  for (int i = 0; i < 3; ++i) {
    if (text == kStrengthNames[i]) {
      *strength = static_cast<MentionStrength>(i + 1);
      return true;
    }
  }
  return false;
}

// ---- writing

void Put(JsonWriter& w, std::string_view text) { w.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }
void Put(JsonWriter& w, size_t value) { w.Uint64(value); }

template <typename T, typename V, size_t N>
void PutFields(JsonWriter& w, const T& item, const Field<T, V> (&fields)[N]) {
  for (const auto& field : fields) {
    w.Key(field.name);
    Put(w, item.*field.member);
  }
}

void PutMention(JsonWriter& w, const Mention& m) {
  w.StartObject();
  PutFields(w, m, kMentionTexts);
  w.Key("type");
  Put(w, ToString(m.type));
  w.Key("strength");
  Put(w, StrengthName(m.strength));
  PutFields(w, m, kMentionOffsets);
  w.EndObject();
}

void PutRelation(JsonWriter& w, const RelationMention& r) {
  w.StartObject();
  PutFields(w, r, kRelationEnds);
  w.Key("relation");
  Put(w, ToString(r.relation));
  w.Key("evidence");
  w.StartObject();
  PutFields(w, r.evidence, kEvidenceTexts);
  PutFields(w, r.evidence, kEvidenceOffsets);
  w.Key("confidence");
  w.Double(r.evidence.confidence);
  w.EndObject();
  w.EndObject();
}

// ---- reading

// Reads the fields of one line; the first problem is kept, naming the field's path
// ("mentions[3].key"). Every accessor returns false once a problem was found.
class FieldReader {
 public:
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  bool Fail(const std::string& path, const std::string& problem) {
    if (ok()) error_ = path + ": " + problem;
    return false;
  }

  const JsonValue* Member(const JsonValue& object, const std::string& path) {
    const std::string_view name = Leaf(path);
    auto it = object.FindMember(rapidjson::StringRef(name.data(), name.size()));
    if (it != object.MemberEnd()) return &it->value;
    if (ok()) error_ = "missing field " + path;
    return nullptr;
  }

  bool Read(const JsonValue& object, const std::string& path, std::string* out) {
    const JsonValue* v = Member(object, path);
    if (v == nullptr) return false;
    if (!v->IsString()) return Fail(path, "expected a string");
    out->assign(v->GetString(), v->GetStringLength());
    return true;
  }

  bool Read(const JsonValue& object, const std::string& path, size_t* out) {
    const JsonValue* v = Member(object, path);
    if (v == nullptr) return false;
    if (!v->IsUint64()) return Fail(path, "expected an unsigned integer");
    *out = static_cast<size_t>(v->GetUint64());
    return true;
  }

  bool Read(const JsonValue& object, const std::string& path, double* out) {
    const JsonValue* v = Member(object, path);
    if (v == nullptr) return false;
    if (!v->IsNumber()) return Fail(path, "expected a number");
    *out = v->GetDouble();
    return true;
  }

  // A string member parsed by `parse` into `out`; `what` names the vocabulary in errors.
  template <typename Enum>
  bool ReadName(const JsonValue& object, const std::string& path, bool (*parse)(std::string_view, Enum*),
                const char* what, Enum* out) {
    std::string text;
    if (!Read(object, path, &text)) return false;
    return parse(text, out) || Fail(path, std::string("unknown ") + what + " \"" + text + "\"");
  }

  const JsonValue* Typed(const JsonValue& object, const std::string& path, bool array) {
    const JsonValue* v = Member(object, path);
    if (v == nullptr) return nullptr;
    if (array ? v->IsArray() : v->IsObject()) return v;
    Fail(path, array ? "expected a list" : "expected an object");
    return nullptr;
  }

 private:
  // The last component of a path: "key" of "mentions[3].key".
  static std::string_view Leaf(std::string_view path) {
    const size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
  }

  std::string error_;
};

std::string Child(const std::string& path, const char* name) { return path.empty() ? name : path + "." + name; }
std::string Item(const std::string& path, size_t index) { return path + "[" + std::to_string(index) + "]"; }

template <typename T, typename V, size_t N>
bool ReadFields(FieldReader& r, const JsonValue& object, const std::string& path, const Field<T, V> (&fields)[N],
                T* item) {
  for (const auto& field : fields) {
    if (!r.Read(object, Child(path, field.name), &(item->*field.member))) return false;
  }
  return true;
}

bool ReadMention(FieldReader& r, const JsonValue& v, const std::string& path, Mention* m) {
  if (!v.IsObject()) return r.Fail(path, "expected an object");
  return ReadFields(r, v, path, kMentionTexts, m) &&
         r.ReadName(v, Child(path, "type"), &ParseEntityType, "entity type", &m->type) &&
         r.ReadName(v, Child(path, "strength"), &ParseStrength, "mention strength", &m->strength) &&
         ReadFields(r, v, path, kMentionOffsets, m);
}

bool ReadEvidence(FieldReader& r, const JsonValue& relation, const std::string& path, Evidence* e) {
  const JsonValue* v = r.Typed(relation, path, false);
  return v != nullptr && ReadFields(r, *v, path, kEvidenceTexts, e) && ReadFields(r, *v, path, kEvidenceOffsets, e) &&
         r.Read(*v, Child(path, "confidence"), &e->confidence);
}

bool ReadRelation(FieldReader& r, const JsonValue& v, const std::string& path, size_t mentions,
                  RelationMention* rel) {
  if (!v.IsObject()) return r.Fail(path, "expected an object");
  if (!ReadFields(r, v, path, kRelationEnds, rel)) return false;
  for (const auto& end : kRelationEnds) {
    const size_t index = rel->*end.member;
    if (index >= mentions) {
      return r.Fail(Child(path, end.name),
                    "no mention " + std::to_string(index) + " (the document has " + std::to_string(mentions) + ")");
    }
  }
  return r.ReadName(v, Child(path, "relation"), &ParseRelationType, "relation", &rel->relation) &&
         ReadEvidence(r, v, Child(path, "evidence"), &rel->evidence);
}

// Reads the list `name` of `line`, one item per element, through `read_item`.
template <typename T, typename ReadItem>
bool ReadList(FieldReader& r, const JsonValue& line, const char* name, std::vector<T>* out, ReadItem read_item) {
  const JsonValue* list = r.Typed(line, name, true);
  if (list == nullptr) return false;
  out->resize(list->Size());
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    if (!read_item((*list)[i], Item(name, i), &(*out)[i])) return false;
  }
  return true;
}

bool ReadDocument(FieldReader& r, const JsonValue& line, DocumentExtraction* doc, size_t* sentences) {
  if (!r.Read(line, "document", &doc->document) || !r.Read(line, "sentences", sentences)) return false;
  auto mention = [&r](const JsonValue& v, const std::string& path, Mention* m) { return ReadMention(r, v, path, m); };
  if (!ReadList(r, line, "mentions", &doc->mentions, mention)) return false;
  const size_t count = doc->mentions.size();
  auto relation = [&r, count](const JsonValue& v, const std::string& path, RelationMention* rel) {
    return ReadRelation(r, v, path, count, rel);
  };
  return ReadList(r, line, "relations", &doc->relations, relation);
}

// Parses one non-blank line; `where` ("parts.jsonl:12") starts every message.
Status ParseLine(const std::string& where, const std::string& text, DocumentExtraction* doc, size_t* sentences) {
  rapidjson::Document line;
  constexpr unsigned kFlags = rapidjson::kParseFullPrecisionFlag | rapidjson::kParseIterativeFlag;  // no recursion
  if (rapidjson::ParseResult p = line.Parse<kFlags>(text.data(), text.size()); !p) {
    return Status::InvalidInput(where + ": invalid JSON at column " + std::to_string(p.Offset() + 1) + ": " +
                                rapidjson::GetParseError_En(p.Code()));
  }
  if (!line.IsObject()) return Status::InvalidInput(where + ": expected a JSON object");
  FieldReader reader;
  if (!ReadDocument(reader, line, doc, sentences)) return Status::InvalidInput(where + ": " + reader.error());
  return Status::Ok();
}

bool IsBlank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

}  // namespace

Status WriteJsonlDocument(const DocumentExtraction& document, size_t sentences, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("document");
  Put(w, document.document);
  w.Key("sentences");
  Put(w, sentences);
  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : document.mentions) PutMention(w, m);
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const RelationMention& r : document.relations) PutRelation(w, r);
  w.EndArray();
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out.put('\n');
  return out ? Status::Ok() : Status::IoError("cannot write a JSONL line");
}

Status ReadJsonl(const std::string& name, std::istream& in, const JsonlSink& sink) {
  std::string text;
  for (size_t line = 1; std::getline(in, text); ++line) {
    if (IsBlank(text)) continue;
    DocumentExtraction doc;
    size_t sentences = 0;
    if (Status s = ParseLine(name + ":" + std::to_string(line), text, &doc, &sentences); !s.ok()) return s;
    if (Status s = sink(std::move(doc), sentences); !s.ok()) return s;
  }
  if (in.bad()) return Status::IoError(name + ": cannot read");
  return Status::Ok();
}

}  // namespace kg
