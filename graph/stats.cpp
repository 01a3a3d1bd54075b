#include "graph/stats.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "base/intern_table.h"

namespace kg {
namespace {

std::vector<EntityDegree> TopByDegree(const KnowledgeGraph& graph, size_t top) {
  std::vector<EntityDegree> all;
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    all.push_back({id, graph.Degree(id)});
  }
  auto key = [&graph](const EntityDegree& d) {
    return std::make_tuple(~d.degree, ~graph.entity(d.node).mentions, std::cref(graph.entity(d.node).name), d.node);
  };
  // Node ids make the keys unique, so the first `top` are the same as a full sort's.
  const auto end = all.begin() + static_cast<std::ptrdiff_t>(std::min(top, all.size()));
  std::partial_sort(all.begin(), end, all.end(),
                    [&](const EntityDegree& a, const EntityDegree& b) { return key(a) < key(b); });
  all.erase(end, all.end());
  return all;
}

}  // namespace

GraphStats ComputeStats(const KnowledgeGraph& graph, size_t top) {
  GraphStats stats;
  std::unordered_set<std::string_view, StringHash> documents;  // views of the graph's names
  documents.reserve(graph.node_count());  // a corpus has about as many documents as entities, or fewer
  stats.entities = graph.node_count();
  stats.relations = graph.edge_count();
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const Entity& e = graph.entity(id);
    ++stats.per_entity_type[static_cast<size_t>(e.type)];
    documents.insert(e.documents.begin(), e.documents.end());
  }
  for (const EdgeRef& edge : graph.Edges()) {
    ++stats.per_relation_type[static_cast<size_t>(edge.relation->type)];
    stats.evidences += edge.relation->evidence.size();
    for (const Evidence& ev : edge.relation->evidence) documents.insert(ev.document);
  }
  stats.documents = documents.size();
  stats.top_entities = TopByDegree(graph, top);
  return stats;
}

}  // namespace kg
