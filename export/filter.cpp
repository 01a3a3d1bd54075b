#include "export/filter.h"

#include <algorithm>
#include <limits>

namespace kg {
namespace {

template <typename Enum>
bool Contains(const std::vector<Enum>& values, Enum value) {
  return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
}

// Parses every name with `parse`; `count` enum values make up the "expected" list.
template <typename Enum>
Status ParseNames(const std::string& flag, const std::vector<std::string>& names, const char* what, int count,
                  bool (*parse)(std::string_view, Enum*), std::vector<Enum>* out) {
  for (const std::string& name : names) {
    Enum value;
    if (parse(name, &value)) {
      out->push_back(value);
      continue;
    }
    std::string expected;
    for (int i = 0; i < count; ++i) {
      expected += std::string(i ? ", " : "") + std::string(ToString(static_cast<Enum>(i)));
    }
    return Status::InvalidInput(flag + ": unknown " + what + " \"" + name + "\" (expected " + expected + ")");
  }
  return Status::Ok();
}

}  // namespace

Status ParseEntityTypes(const std::string& flag, const std::vector<std::string>& names,
                        std::vector<EntityType>* types) {
  return ParseNames(flag, names, "entity type", kEntityTypeCount, ParseEntityType, types);
}

Status ParseRelationTypes(const std::string& flag, const std::vector<std::string>& names,
                          std::vector<RelationType>* relations) {
  return ParseNames(flag, names, "relation", kRelationTypeCount, ParseRelationType, relations);
}

bool KeepsAll(const ExportFilter& filter) {
  return filter.types.empty() && filter.relations.empty() && filter.min_weight == 0;
}

KnowledgeGraph FilterGraph(const KnowledgeGraph& graph, const ExportFilter& filter) {
  constexpr NodeId kDropped = std::numeric_limits<NodeId>::max();
  KnowledgeGraph out;
  std::vector<NodeId> new_id(graph.node_count(), kDropped);
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    if (Contains(filter.types, graph.entity(id).type)) new_id[id] = out.AddEntity(graph.entity(id));
  }
  for (const EdgeRef& e : graph.Edges()) {
    const Relation& r = *e.relation;
    if (new_id[e.source] == kDropped || new_id[e.target] == kDropped) continue;
    if (!Contains(filter.relations, r.type) || r.evidence.size() < filter.min_weight) continue;
    out.AddRelation(new_id[e.source], new_id[e.target], r);
  }
  return out;
}

}  // namespace kg
