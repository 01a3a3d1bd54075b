#include "export/text_escape.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace kg {

void WriteXmlEscaped(std::ostream& out, std::string_view text) {
  static const char kReplacement[] = "\xEF\xBF\xBD";
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out << "&amp;"; break;
      case '<': out << "&lt;"; break;
      case '>': out << "&gt;"; break;
      case '"': out << "&quot;"; break;
      case '\'': out << "&apos;"; break;
      default:
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out << kReplacement;
        } else if (u == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
          out << kReplacement;  // U+FFFE, U+FFFF
          i += 2;
        } else {
          out << c;
        }
    }
  }
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += '|';
    out += items[i];
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  size_t start = 0;
  for (size_t bar = text.find('|'); bar != std::string_view::npos; bar = text.find('|', start)) {
    out.emplace_back(text.substr(start, bar - start));
    start = bar + 1;
  }
  out.emplace_back(text.substr(start));
  return out;
}

std::string EvidenceToJson(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  auto str = [&w](const char* key, const std::string& value) {
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
  if (rapidjson::ParseResult r = d.Parse(json.data(), json.size()); !r) {
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
