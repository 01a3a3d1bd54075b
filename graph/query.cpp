#include "graph/query.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>

#include "base/radix_sort.h"
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

// Whether a walk standing on a node may cross one of its edges.
bool Follows(const NeighbourQuery& query, const Incidence& edge) {
  if (!AllowedBy(query.relations, edge.type)) return false;
  if (query.direction == Direction::kBoth || IsSymmetric(edge.type)) return true;
  return edge.outgoing == (query.direction == Direction::kOut);
}

// Every edge at `id` as a step away from it, in storage order, into `*steps` (reused).
void UnsortedSteps(const KnowledgeGraph& graph, NodeId id, std::vector<Step>* steps) {
  steps->clear();
  for (const Incidence& at : graph.Incident(id)) steps->push_back({id, at.other, at.relation, at.outgoing});
}

// The order of Neighbours: depth, relation, direction (competes-with as one), node name,
// via name, then ids. Radix-sorted by the top 64 bits of (head, node rank, via rank); runs
// of equal keys (equal names, or bits cut off in graphs too large to pack) by the full order.
class NeighbourOrder {
 public:
  NeighbourOrder(const KnowledgeGraph& graph, const std::vector<Neighbour>& found)
      : graph_(graph), rank_bits_(BitWidth(graph.node_count())) {
    int max_depth = 0;
    for (const Neighbour& n : found) max_depth = std::max(max_depth, n.depth);
    cut_bits_ = std::max(0, BitWidth(static_cast<uint64_t>(max_depth)) + kHeadBits + 2 * rank_bits_ - 64);
  }

  uint64_t Packed(const Neighbour& n) const {
    const Wide key = (static_cast<Wide>(Head(n)) << rank_bits_ | graph_.NameRank(n.node)) << rank_bits_ |
                     graph_.NameRank(n.via);
    return static_cast<uint64_t>(key >> cut_bits_);
  }
  bool Less(const Neighbour& a, const Neighbour& b) const { return Full(a) < Full(b); }

 private:
  __extension__ typedef unsigned __int128 Wide;  // holds the head and two ranks of < 2^46 nodes
  static constexpr int kHeadBits = 4;            // relation (< 8) and direction, below the depth

  static int BitWidth(uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }
  static uint64_t Head(const Neighbour& n) {
    const uint64_t incoming = !n.outgoing && !IsSymmetric(n.relation) ? 1 : 0;
    return static_cast<uint64_t>(n.depth) << kHeadBits | static_cast<uint64_t>(n.relation) << 1 | incoming;
  }
  std::tuple<uint64_t, size_t, size_t, NodeId, NodeId> Full(const Neighbour& n) const {
    return {Head(n), graph_.NameRank(n.node), graph_.NameRank(n.via), n.node, n.via};
  }

  const KnowledgeGraph& graph_;
  int rank_bits_;
  int cut_bits_;
};

// `found` in NeighbourOrder, keys computed once per neighbour rather than per comparison.
std::vector<Neighbour> SortNeighbours(const KnowledgeGraph& graph, const std::vector<Neighbour>& found) {
  const NeighbourOrder order(graph, found);
  thread_local std::vector<KeyedIndex> keyed, buffer;
  keyed.clear();
  for (size_t i = 0; i < found.size(); ++i) keyed.emplace_back(order.Packed(found[i]), static_cast<uint32_t>(i));
  RadixSortByKey(&keyed, &buffer);
  const auto less = [&](const KeyedIndex& a, const KeyedIndex& b) {
    return order.Less(found[a.second], found[b.second]);
  };
  for (size_t run = 0, end = 0; run < keyed.size(); run = end) {
    for (end = run + 1; end < keyed.size() && keyed[end].first == keyed[run].first;) ++end;
    if (end - run > 1) std::sort(keyed.begin() + run, keyed.begin() + end, less);
  }
  std::vector<Neighbour> sorted;
  sorted.reserve(found.size());
  for (const KeyedIndex& k : keyed) sorted.push_back(found[k.second]);
  return sorted;
}

// Hops from the walk's start per node (-1: not reached), kept between walks on one thread
// so that a walk costs what it visits, not the graph's size; reset when the walk ends.
class Hops {
 public:
  explicit Hops(size_t node_count) {
    if (hops().size() < node_count) hops().resize(node_count, -1);
  }
  ~Hops() {
    for (NodeId id : reached_) hops()[id] = -1;
  }
  Hops(const Hops&) = delete;
  Hops& operator=(const Hops&) = delete;

  int at(NodeId id) const { return hops()[id]; }
  void Set(NodeId id, int depth) {
    hops()[id] = depth;
    reached_.push_back(id);
  }
  /// Every node set so far, in the order it was reached (level by level in a walk).
  const std::vector<NodeId>& reached() const { return reached_; }

 private:
  static std::vector<int>& hops() {
    thread_local std::vector<int> per_node;
    return per_node;
  }
  std::vector<NodeId> reached_;
};

// Breadth-first, level by level: every followed edge into a node of a reported type first
// reached at this level, unsorted, into `*reached` (cleared first; its capacity is reused).
void Walk(const KnowledgeGraph& graph, NodeId start, const NeighbourQuery& query, std::vector<Neighbour>* reached) {
  Hops hops(graph.node_count());
  hops.Set(start, 0);
  reached->clear();
  size_t level_begin = 0;  // hops.reached()[level_begin, level_end) is the level walked from
  for (int depth = 1; depth <= query.depth && level_begin < hops.reached().size(); ++depth) {
    const size_t level_end = hops.reached().size();
    for (size_t i = level_begin; i < level_end; ++i) {
      const NodeId via = hops.reached()[i];
      for (const Incidence& edge : graph.Incident(via)) {
        if (!Follows(query, edge)) continue;
        if (hops.at(edge.other) == -1) hops.Set(edge.other, depth);
        if (hops.at(edge.other) == depth && AllowedBy(query.types, graph.TypeOf(edge.other)))
          reached->push_back({edge.other, edge.type, edge.outgoing, edge.relation, via, depth});
      }
    }
    level_begin = level_end;
  }
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
  thread_local std::vector<Neighbour> found;
  Walk(graph, id, query, &found);
  return SortNeighbours(graph, found);
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
