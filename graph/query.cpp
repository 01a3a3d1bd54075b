#include "graph/query.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>

#include "graph/name_key.h"
#include "graph/search.h"

namespace kg {
namespace {

template <typename T>
bool AllowedBy(const std::vector<T>& allowed, T value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// "A (company), B (model)".
std::string Labels(const KnowledgeGraph& graph, const std::vector<NodeId>& ids) {
  std::string out;
  for (NodeId id : ids) out += (out.empty() ? "" : ", ") + EntityLabel(graph, id);
  return out;
}

// "company or model".
std::string TypeNames(const std::vector<EntityType>& types) {
  std::string out;
  for (EntityType type : types) out += (out.empty() ? "" : " or ") + std::string(ToString(type));
  return out;
}

std::string NoEntityMessage(const KnowledgeGraph& graph, std::string_view name) {
  std::string message = "no entity \"" + std::string(name) + "\"";
  const std::vector<NodeId> close = SuggestNames(graph, name);
  for (size_t i = 0; i < close.size(); ++i)
    message += (i == 0 ? "; did you mean: " : ", ") + graph.entity(close[i]).name;
  return message;
}

// The nodes a name written as EntityLabel writes it ("Nova (model)") means; else none.
std::vector<NodeId> FindLabelled(const KnowledgeGraph& graph, std::string_view label) {
  const size_t open = label.rfind(" (");
  EntityType type;
  if (open == std::string_view::npos || label.back() != ')' ||
      !ParseEntityType(label.substr(open + 2, label.size() - open - 3), &type)) {
    return {};
  }
  std::vector<NodeId> ids = FindEntities(graph, label.substr(0, open));
  ids.erase(std::remove_if(ids.begin(), ids.end(), [&](NodeId id) { return graph.entity(id).type != type; }),
            ids.end());
  return ids;
}

// Whether a walk standing on step.from may cross the step.
bool Follows(const NeighbourQuery& query, const Step& step) {
  if (!AllowedBy(query.relations, step.edge->type)) return false;
  if (query.direction == Direction::kBoth || IsSymmetric(step.edge->type)) return true;
  return step.forward == (query.direction == Direction::kOut);
}

// Every edge at `id` as a step away from it, in storage order, into `*steps` (reused).
void UnsortedSteps(const KnowledgeGraph& graph, NodeId id, std::vector<Step>* steps) {
  thread_local std::vector<EdgeRef> edges;
  const size_t out = graph.EdgesAt(id, &edges);
  steps->clear();
  for (size_t i = 0; i < edges.size(); ++i) {
    const bool forward = i < out;
    steps->push_back({id, forward ? edges[i].target : edges[i].source, edges[i].relation, forward});
  }
}

// The order of Neighbours: depth, relation, direction (competes-with as one), node name,
// via name, then ids; packed into three integers so that sorting compares no strings.
using NeighbourKey = std::array<uint64_t, 3>;
NeighbourKey KeyOf(const KnowledgeGraph& graph, const Neighbour& n) {
  const uint64_t incoming = !n.outgoing && !IsSymmetric(n.relation) ? 1 : 0;
  const uint64_t head = static_cast<uint64_t>(n.depth) << 48 | static_cast<uint64_t>(n.relation) << 44 | incoming << 40;
  return {head | graph.NameRank(n.node), graph.NameRank(n.via), static_cast<uint64_t>(n.node) << 32 | n.via};
}

// Breadth-first, level by level: every followed edge into a node first reached at this level.
std::vector<Neighbour> Walk(const KnowledgeGraph& graph, NodeId start, const NeighbourQuery& query) {
  std::vector<int> depth_of(graph.node_count(), -1);
  depth_of[start] = 0;
  std::vector<NodeId> frontier{start};
  std::vector<Neighbour> reached;
  for (int depth = 1; depth <= query.depth && !frontier.empty(); ++depth) {
    std::vector<NodeId> next;
    std::vector<Step> steps;
    for (NodeId via : frontier) {
      UnsortedSteps(graph, via, &steps);  // Neighbours sorts the result
      for (const Step& step : steps) {
        if (!Follows(query, step)) continue;
        if (depth_of[step.to] == -1) {
          depth_of[step.to] = depth;
          next.push_back(step.to);
        }
        if (depth_of[step.to] == depth)
          reached.push_back({step.to, step.edge->type, step.forward, step.edge, via, depth});
      }
    }
    frontier = std::move(next);
  }
  return reached;
}

// Hops from each node to `to`, edges read either way; -1 when farther than `max_depth`.
// Stops after the level that reaches `from`.
std::vector<int> HopsTo(const KnowledgeGraph& graph, NodeId to, NodeId from, int max_depth) {
  std::vector<int> hops(graph.node_count(), -1);
  hops[to] = 0;
  std::vector<NodeId> frontier{to};
  for (int depth = 1; depth <= max_depth && !frontier.empty() && hops[from] == -1; ++depth) {
    std::vector<NodeId> next;
    std::vector<Step> steps;
    for (NodeId id : frontier) {
      UnsortedSteps(graph, id, &steps);
      for (const Step& step : steps) {
        if (hops[step.to] != -1) continue;
        hops[step.to] = depth;
        next.push_back(step.to);
      }
    }
    frontier = std::move(next);
  }
  return hops;
}

// Depth-first along steps that bring the walk one hop closer to the end, in StepsFrom order.
void CollectPaths(const KnowledgeGraph& graph, const std::vector<int>& hops, NodeId at, size_t max_paths,
                  GraphPath* current, std::vector<GraphPath>* paths) {
  if (hops[at] == 0) {
    paths->push_back(*current);
    return;
  }
  for (const Step& step : StepsFrom(graph, at)) {
    if (paths->size() >= max_paths) return;
    if (hops[step.to] != hops[at] - 1) continue;
    current->push_back(step);
    CollectPaths(graph, hops, step.to, max_paths, current, paths);
    current->pop_back();
  }
}

}  // namespace

std::vector<NodeId> FindEntities(const KnowledgeGraph& graph, std::string_view name) {
  const std::string key = NameKey(name);
  std::vector<NodeId> ids = graph.FindByKey(key);
  if (ids.empty() && key.size() > 3 && key.back() == 's') ids = graph.FindByKey(key.substr(0, key.size() - 1));
  return ids;
}

Status LookupEntity(const KnowledgeGraph& graph, std::string_view name, const std::vector<EntityType>& types,
                    NodeId* id) {
  std::vector<NodeId> named = FindEntities(graph, name);
  if (named.empty()) named = FindLabelled(graph, name);
  std::vector<NodeId> kept;
  std::copy_if(named.begin(), named.end(), std::back_inserter(kept),
               [&](NodeId n) { return AllowedBy(types, graph.entity(n).type); });
  if (kept.size() == 1) {
    *id = kept.front();
    return Status::Ok();
  }
  const std::string quoted = "\"" + std::string(name) + "\"";
  if (!kept.empty()) return Status::InvalidInput(quoted + " is ambiguous: " + Labels(graph, kept));
  if (!named.empty())
    return Status::NotFound("no " + TypeNames(types) + " " + quoted + "; there is: " + Labels(graph, named));
  return Status::NotFound(NoEntityMessage(graph, name));
}

std::string EntityLabel(const KnowledgeGraph& graph, NodeId id) {
  return graph.entity(id).name + " (" + std::string(ToString(graph.entity(id).type)) + ")";
}

bool ParseDirection(std::string_view text, Direction* direction) {
  const std::pair<std::string_view, Direction> names[] = {
      {"out", Direction::kOut}, {"in", Direction::kIn}, {"both", Direction::kBoth}};
  for (const auto& [name, value] : names) {
    if (text == name) {
      *direction = value;
      return true;
    }
  }
  return false;
}

std::vector<Step> StepsFrom(const KnowledgeGraph& graph, NodeId id) {
  std::vector<Step> steps;
  UnsortedSteps(graph, id, &steps);
  std::sort(steps.begin(), steps.end(), [&graph](const Step& a, const Step& b) {
    return std::make_tuple(graph.NameRank(a.to), a.edge->type, !a.forward, a.to) <
           std::make_tuple(graph.NameRank(b.to), b.edge->type, !b.forward, b.to);
  });
  return steps;
}

std::vector<Neighbour> Neighbours(const KnowledgeGraph& graph, NodeId id, const NeighbourQuery& query) {
  std::vector<Neighbour> found = Walk(graph, id, query);
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Neighbour& n) { return !AllowedBy(query.types, graph.entity(n.node).type); }),
              found.end());
  // Sort keys computed once per neighbour, not once per comparison.
  std::vector<std::pair<NeighbourKey, size_t>> keyed;
  keyed.reserve(found.size());
  for (size_t i = 0; i < found.size(); ++i) keyed.emplace_back(KeyOf(graph, found[i]), i);
  std::sort(keyed.begin(), keyed.end());
  std::vector<Neighbour> sorted;
  sorted.reserve(found.size());
  for (const auto& [key, i] : keyed) sorted.push_back(found[i]);
  return sorted;
}

std::vector<GraphPath> ShortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to, const PathQuery& query) {
  const std::vector<int> hops = HopsTo(graph, to, from, query.max_depth);
  std::vector<GraphPath> paths;
  if (hops[from] == -1 || query.max_paths == 0) return paths;
  GraphPath current;
  CollectPaths(graph, hops, from, query.max_paths, &current, &paths);
  return paths;
}

}  // namespace kg
