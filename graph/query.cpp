#include "graph/query.h"

#include <algorithm>
#include <tuple>

#include "graph/name_key.h"

namespace kg {

std::vector<NodeId> FindEntities(const KnowledgeGraph& graph, std::string_view name) {
  const std::string key = NameKey(name);
  std::vector<NodeId> ids = graph.FindByKey(key);
  if (ids.empty() && key.size() > 3 && key.back() == 's') ids = graph.FindByKey(key.substr(0, key.size() - 1));
  return ids;
}

std::vector<Neighbour> Neighbours(const KnowledgeGraph& graph, NodeId id) {
  std::vector<Neighbour> out;
  for (const EdgeRef& e : graph.OutEdges(id)) out.push_back({e.target, e.relation->type, true, e.relation});
  for (const EdgeRef& e : graph.InEdges(id)) out.push_back({e.source, e.relation->type, false, e.relation});
  std::sort(out.begin(), out.end(), [&graph](const Neighbour& a, const Neighbour& b) {
    return std::make_tuple(a.relation, !a.outgoing, graph.entity(a.node).name) <
           std::make_tuple(b.relation, !b.outgoing, graph.entity(b.node).name);
  });
  return out;
}

}  // namespace kg
