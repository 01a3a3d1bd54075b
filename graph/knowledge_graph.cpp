#include "graph/knowledge_graph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <string_view>
#include <set>
#include <unordered_map>

namespace kg {

std::vector<std::string> Relation::Documents() const {
  std::set<std::string> docs;
  for (const Evidence& e : evidence) docs.insert(e.document);
  return {docs.begin(), docs.end()};
}

struct KnowledgeGraph::Impl {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
  Graph graph;
  std::vector<Graph::edge_descriptor> edge_order;
  std::unordered_multimap<std::string, NodeId> by_key;
  // Indexes for queries, built on first use after the last change (valid when `indexed`).
  mutable std::mutex index_mutex;
  mutable std::atomic<bool> indexed{false};
  mutable std::vector<size_t> name_rank;         // by NodeId
  mutable std::vector<EntityType> node_type;     // by NodeId
  mutable std::vector<Incidence> incidences;     // every node's, node by node
  mutable std::vector<size_t> incidence_offset;  // node i's are [offset[i], offset[i + 1])

  void EnsureIndexed() const {
    if (indexed.load(std::memory_order_acquire)) return;
    std::lock_guard<std::mutex> lock(index_mutex);
    if (indexed.load(std::memory_order_relaxed)) return;
    RankNames();
    IndexIncidences();
    indexed.store(true, std::memory_order_release);
  }

  void IndexIncidences() const {
    const size_t n = boost::num_vertices(graph);
    node_type.resize(n);
    incidences.clear();
    incidence_offset.assign(1, 0);
    for (NodeId id = 0; id < n; ++id) {
      node_type[id] = graph[id].type;
      for (auto [it, end] = boost::out_edges(id, graph); it != end; ++it)
        incidences.push_back({boost::target(*it, graph), &graph[*it], graph[*it].type, true});
      for (auto [it, end] = boost::in_edges(id, graph); it != end; ++it)
        incidences.push_back({boost::source(*it, graph), &graph[*it], graph[*it].type, false});
      incidence_offset.push_back(incidences.size());
    }
  }

  void RankNames() const {
    std::vector<NodeId> order(boost::num_vertices(graph));
    std::iota(order.begin(), order.end(), NodeId{0});
    std::sort(order.begin(), order.end(), [this](NodeId a, NodeId b) { return graph[a].name < graph[b].name; });
    name_rank.assign(order.size(), 0);
    for (size_t i = 1; i < order.size(); ++i) {
      const bool same = graph[order[i]].name == graph[order[i - 1]].name;
      name_rank[order[i]] = same ? name_rank[order[i - 1]] : i;
    }
  }

  EdgeRef Ref(Graph::edge_descriptor e) const {
    return {boost::source(e, graph), boost::target(e, graph), &graph[e]};
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

void KnowledgeGraph::ReserveNodes(size_t count) {
  // Boost has no reserve for vecS vertex storage; m_vertices is its (public) vector.
  impl_->graph.m_vertices.reserve(count);
}

NodeId KnowledgeGraph::AddEntity(Entity entity) {
  impl_->indexed = false;
  // add_vertex(property, graph) copies the property (Boost 1.74); moving into a default one does not.
  const NodeId id = boost::add_vertex(impl_->graph);
  impl_->graph[id] = std::move(entity);
  // Each distinct key once (keys need not be sorted or unique); views, so no key is copied twice.
  std::vector<std::string_view> keys(impl_->graph[id].keys.begin(), impl_->graph[id].keys.end());
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (std::string_view key : keys) impl_->by_key.emplace(std::string(key), id);
  return id;
}

void KnowledgeGraph::AddRelation(NodeId source, NodeId target, Relation relation) {
  impl_->indexed = false;
  const auto added = boost::add_edge(source, target, impl_->graph);  // as in AddEntity: no copy
  impl_->graph[added.first] = std::move(relation);
  impl_->edge_order.push_back(added.first);
}

size_t KnowledgeGraph::node_count() const { return boost::num_vertices(impl_->graph); }
size_t KnowledgeGraph::edge_count() const { return boost::num_edges(impl_->graph); }
const Entity& KnowledgeGraph::entity(NodeId id) const { return impl_->graph[id]; }

std::vector<EdgeRef> KnowledgeGraph::Edges() const {
  std::vector<EdgeRef> out;
  out.reserve(impl_->edge_order.size());
  for (const auto& e : impl_->edge_order) out.push_back(impl_->Ref(e));
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::OutEdges(NodeId id) const {
  std::vector<EdgeRef> out;
  for (auto [it, end] = boost::out_edges(id, impl_->graph); it != end; ++it) out.push_back(impl_->Ref(*it));
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::InEdges(NodeId id) const {
  std::vector<EdgeRef> out;
  for (auto [it, end] = boost::in_edges(id, impl_->graph); it != end; ++it) out.push_back(impl_->Ref(*it));
  return out;
}

size_t KnowledgeGraph::Degree(NodeId id) const {
  return boost::out_degree(id, impl_->graph) + boost::in_degree(id, impl_->graph);
}

IncidenceRange KnowledgeGraph::Incident(NodeId id) const {
  impl_->EnsureIndexed();
  const Incidence* all = impl_->incidences.data();
  return {all + impl_->incidence_offset[id], all + impl_->incidence_offset[id + 1]};
}

EntityType KnowledgeGraph::TypeOf(NodeId id) const {
  impl_->EnsureIndexed();
  return impl_->node_type[id];
}

std::vector<NodeId> KnowledgeGraph::FindByKey(const std::string& key) const {
  std::vector<NodeId> ids;
  for (auto [it, end] = impl_->by_key.equal_range(key); it != end; ++it) ids.push_back(it->second);
  std::sort(ids.begin(), ids.end());
  return ids;
}

size_t KnowledgeGraph::NameRank(NodeId id) const {
  impl_->EnsureIndexed();
  return impl_->name_rank[id];
}

}  // namespace kg
