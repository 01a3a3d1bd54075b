#include "export/attributes.h"

#include <cstdio>

#include "export/appearance.h"
#include "export/text_escape.h"

namespace kg {
namespace {

std::string Text(std::string_view s) { return std::string(s); }

std::string FirstSentence(const Relation& r) {
  return r.evidence.empty() ? std::string() : r.evidence.front().sentence;
}

}  // namespace

std::string FormatDecimal(double value) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.3f", value);
  return buf;
}

const std::vector<Attribute<NodeView>>& NodeAttributes() {
  using T = AttributeType;
  using V = const NodeView&;
  static const std::vector<Attribute<NodeView>> kAttributes = {
      {"label", T::kString, [](V n) { return n.entity.name; }},
      {"type", T::kString, [](V n) { return Text(ToString(n.entity.type)); }},
      {"aliases", T::kString, [](V n) { return JoinList(n.entity.aliases); }},
      {"keys", T::kString, [](V n) { return JoinList(n.entity.keys); }},
      {"mentions", T::kInt, [](V n) { return std::to_string(n.entity.mentions); }},
      {"documents", T::kString, [](V n) { return JoinList(n.entity.documents); }},
      {"r", T::kInt, [](V n) { return std::to_string(ColorOf(n.entity.type).r); }},
      {"g", T::kInt, [](V n) { return std::to_string(ColorOf(n.entity.type).g); }},
      {"b", T::kInt, [](V n) { return std::to_string(ColorOf(n.entity.type).b); }},
      {"size", T::kDouble, [](V n) { return FormatDecimal(SizeOf(n.entity)); }},
      {"x", T::kDouble, [](V n) { return FormatDecimal(n.position.x); }},
      {"y", T::kDouble, [](V n) { return FormatDecimal(n.position.y); }},
  };
  return kAttributes;
}

const std::vector<Attribute<Relation>>& EdgeAttributes() {
  using T = AttributeType;
  using R = const Relation&;
  static const std::vector<Attribute<Relation>> kAttributes = {
      {"relation", T::kString, [](R r) { return Text(ToString(r.type)); }},
      {"label", T::kString, [](R r) { return Text(ToString(r.type)); }},
      {"weight", T::kInt, [](R r) { return std::to_string(r.evidence.size()); }},
      {"evidence", T::kString, FirstSentence},
      {"documents", T::kString, [](R r) { return JoinList(r.Documents()); }},
      {"evidence_json", T::kString, [](R r) { return EvidenceToJson(r.evidence); }},
  };
  return kAttributes;
}

}  // namespace kg
