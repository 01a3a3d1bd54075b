#include "export/text_escape.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "base/utf8.h"

namespace kg {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// How one format rewrites text: at byte `i` it either keeps the byte (returns 0) or
// consumes bytes (returns how many) and points `*with` at what to write instead. The
// writers below take it as a template argument so that it is inlined into their loop.
using Rewrite = size_t (*)(std::string_view text, size_t i, const char** with);

// Streams valid UTF-8 `text` through `rewrite`, writing unchanged bytes in runs.
template <Rewrite rewrite>
void WriteRewrittenValid(std::ostream& out, std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i < text.size();) {
    const char* with = nullptr;
    const size_t used = rewrite(text, i, &with);
    if (used == 0) {
      ++i;
      continue;
    }
    out.write(text.data() + run, static_cast<std::streamsize>(i - run));
    out << with;
    i += used;
    run = i;
  }
  out.write(text.data() + run, static_cast<std::streamsize>(text.size() - run));
}

template <Rewrite rewrite>
void WriteRewritten(std::ostream& out, std::string_view text) {
  if (FindInvalidUtf8(text) == std::string_view::npos) {
    WriteRewrittenValid<rewrite>(out, text);
  } else {
    WriteRewrittenValid<rewrite>(out, ValidUtf8(text));
  }
}

bool IsControl(char c) { return static_cast<unsigned char>(c) < 0x20; }

// U+FFFE and U+FFFF (EF BF BE, EF BF BF): not characters in XML 1.0.
bool IsXmlNonCharacter(std::string_view text, size_t i) {
  return text.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < text.size() &&
         (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

size_t XmlRewrite(std::string_view text, size_t i, const char** with) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != 0xEF) return 0;  // the common case
  switch (text[i]) {
    case '&': *with = "&amp;"; return 1;
    case '<': *with = "&lt;"; return 1;
    case '>': *with = "&gt;"; return 1;
    case '"': *with = "&quot;"; return 1;
    case '\'': *with = "&apos;"; return 1;
    case '\t': *with = "&#9;"; return 1;
    case '\n': *with = "&#10;"; return 1;
    case '\r': *with = "&#13;"; return 1;
    default: break;
  }
  if (IsControl(text[i])) {
    *with = kReplacement;
    return 1;
  }
  if (IsXmlNonCharacter(text, i)) {
    *with = kReplacement;
    return 3;
  }
  return 0;
}

size_t DotRewrite(std::string_view text, size_t i, const char** with) {
  switch (text[i]) {
    case '"': *with = "\\\""; return 1;
    case '\\': *with = "\\\\"; return 1;
    case '\n': *with = "\\n"; return 1;
    case '\r': *with = "\\r"; return 1;
    case '&': *with = "&amp;"; return 1;
    case '\t': return 0;
    default: break;
  }
  if (IsControl(text[i])) {
    *with = kReplacement;
    return 1;
  }
  if (IsXmlNonCharacter(text, i)) {  // Graphviz copies labels into SVG, which is XML
    *with = kReplacement;
    return 3;
  }
  return 0;
}

size_t CsvRewrite(std::string_view text, size_t i, const char** with) {
  if (text[i] != '"') return 0;
  *with = "\"\"";
  return 1;
}

size_t Neo4jItemRewrite(std::string_view text, size_t i, const char** with) {
  if (text[i] != ';') return CsvRewrite(text, i, with);
  *with = "\xEF\xBC\x9B";  // U+FF1B FULLWIDTH SEMICOLON
  return 1;
}

}  // namespace

void WriteXmlEscaped(std::ostream& out, std::string_view text) { WriteRewritten<XmlRewrite>(out, text); }

void WriteDotEscaped(std::ostream& out, std::string_view text) { WriteRewritten<DotRewrite>(out, text); }

void WriteCsvQuoted(std::ostream& out, std::string_view text) {
  out << '"';
  WriteRewritten<CsvRewrite>(out, text);
  out << '"';
}

void WriteNeo4jArray(std::ostream& out, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out << '"';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out << ';';
    WriteRewritten<Neo4jItemRewrite>(out, items[i]);
  }
  out << '"';
}

std::string ValidUtf8(std::string_view text) {
  std::string out;
  for (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos; bad = FindInvalidUtf8(text)) {
    out.append(text.substr(0, bad));
    out.append(kReplacement);
    text.remove_prefix(bad + 1);
  }
  out.append(text);
  return out;
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += '|';
    for (const char c : items[i]) {
      if (c == '|' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  out.emplace_back();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      out.back() += text[++i];
    } else if (text[i] == '|') {
      out.emplace_back();
    } else {
      out.back() += text[i];
    }
  }
  return out;
}

std::string EvidenceToJson(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  auto str = [&w](const char* key, const std::string& text) {
    const std::string value = ValidUtf8(text);
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  };
  auto num = [&w](const char* key, size_t value) {
    w.Key(key);
    w.Uint64(value);
  };
  w.StartArray();
  for (const Evidence& e : evidence) {
    w.StartObject();
    str("document", e.document);
    str("sentence", e.sentence);
    num("sentence_begin", e.sentence_begin);
    num("sentence_end", e.sentence_end);
    num("source_begin", e.source_begin);
    num("source_end", e.source_end);
    num("target_begin", e.target_begin);
    num("target_end", e.target_end);
    str("rule", e.rule);
    w.Key("confidence");
    w.Double(e.confidence);
    w.EndObject();
  }
  w.EndArray();
  return std::string(sb.GetString(), sb.GetSize());
}

bool EvidenceFromJson(std::string_view json, std::vector<Evidence>* evidence, std::string* error) {
  rapidjson::Document d;
  if (rapidjson::ParseResult r = d.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size()); !r) {
    *error = std::string(rapidjson::GetParseError_En(r.Code())) + " at offset " + std::to_string(r.Offset());
    return false;
  }
  if (!d.IsArray()) {
    *error = "expected a list";
    return false;
  }
  for (const auto& item : d.GetArray()) {
    Evidence e;
    auto str = [&item](const char* key, std::string* out) {
      if (!item.HasMember(key) || !item[key].IsString()) return false;
      *out = item[key].GetString();
      return true;
    };
    auto num = [&item](const char* key, size_t* out) {
      if (!item.HasMember(key) || !item[key].IsUint64()) return false;
      *out = item[key].GetUint64();
      return true;
    };
    if (!item.IsObject() || !str("document", &e.document) || !str("sentence", &e.sentence) ||
        !num("sentence_begin", &e.sentence_begin) || !num("sentence_end", &e.sentence_end) ||
        !num("source_begin", &e.source_begin) || !num("source_end", &e.source_end) ||
        !num("target_begin", &e.target_begin) || !num("target_end", &e.target_end) || !str("rule", &e.rule) ||
        !item.HasMember("confidence") || !item["confidence"].IsNumber()) {
      *error = "evidence entry " + std::to_string(evidence->size()) + " lacks a field or has a wrong type";
      return false;
    }
    e.confidence = item["confidence"].GetDouble();
    evidence->push_back(std::move(e));
  }
  return true;
}

}  // namespace kg
