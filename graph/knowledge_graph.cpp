#include "graph/knowledge_graph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
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

  EdgeRef Ref(Graph::edge_descriptor e) const {
    return {boost::source(e, graph), boost::target(e, graph), &graph[e]};
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

NodeId KnowledgeGraph::AddEntity(Entity entity) {
  const NodeId id = boost::add_vertex(std::move(entity), impl_->graph);
  std::set<std::string> keys(impl_->graph[id].keys.begin(), impl_->graph[id].keys.end());
  for (const std::string& key : keys) impl_->by_key.emplace(key, id);
  return id;
}

void KnowledgeGraph::AddRelation(NodeId source, NodeId target, Relation relation) {
  auto added = boost::add_edge(source, target, std::move(relation), impl_->graph);
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

std::vector<NodeId> KnowledgeGraph::FindByKey(const std::string& key) const {
  std::vector<NodeId> ids;
  for (auto [it, end] = impl_->by_key.equal_range(key); it != end; ++it) ids.push_back(it->second);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace kg
