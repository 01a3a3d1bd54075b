#include "graph/resolve.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace kg {
namespace {

// Union-find over entity keys.
class KeySets {
 public:
  size_t Id(const std::string& key) {
    if (auto found = ids_.find(key); found != ids_.end()) return found->second;
    auto [it, added] = ids_.emplace(key, parent_.size());
    if (added) parent_.push_back(parent_.size());
    return it->second;
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  const std::map<std::string, size_t>& ids() const { return ids_; }

 private:
  std::map<std::string, size_t> ids_;
  std::vector<size_t> parent_;
};

// Everything gathered for one key while documents arrive, then for one resolved entity
// (the clusters of its keys merged).
struct Cluster {
  std::array<int, kEntityTypeCount> type_strength{};
  std::map<std::string, size_t> surfaces;  // surface -> count
  std::set<std::string> keys;
  std::set<std::string> canonicals;
  std::set<size_t> documents;  // ids into the resolver's document names
  size_t mentions = 0;

  void Add(const Mention& m, size_t document) {
    type_strength[static_cast<size_t>(m.type)] += static_cast<int>(m.strength);
    ++surfaces[m.surface];
    keys.insert(m.key);
    if (!m.surface_key.empty()) keys.insert(m.surface_key);
    if (!m.canonical.empty()) canonicals.insert(m.canonical);
    documents.insert(document);
    ++mentions;
  }

  void Merge(Cluster&& other) {
    for (size_t t = 0; t < type_strength.size(); ++t) type_strength[t] += other.type_strength[t];
    for (const auto& [surface, count] : other.surfaces) surfaces[surface] += count;
    keys.merge(other.keys);
    canonicals.merge(other.canonicals);
    documents.merge(other.documents);
    mentions += other.mentions;
  }

  EntityType StrongestType() const {
    return static_cast<EntityType>(std::max_element(type_strength.begin(), type_strength.end()) -
                                   type_strength.begin());
  }
  bool has_canonical() const { return !canonicals.empty(); }
};

// A lone surname joins the one longer person key it ends ("altman" joins "samaltman"). The
// person keys are kept reversed and sorted, so the keys ending in a key follow it directly:
// O(n log n) rather than comparing every pair.
void UnionSurnames(const std::map<std::string, Cluster>& keys, KeySets* sets) {
  std::vector<std::string> reversed;
  for (const auto& [key, info] : keys) {
    if (info.StrongestType() == EntityType::kPerson) reversed.emplace_back(key.rbegin(), key.rend());
  }
  std::sort(reversed.begin(), reversed.end());
  for (const auto& [key, info] : keys) {
    if (info.StrongestType() != EntityType::kPerson || info.has_canonical() || key.size() < 3) continue;
    const std::string suffix(key.rbegin(), key.rend());
    auto it = std::lower_bound(reversed.begin(), reversed.end(), suffix);  // the key itself
    std::vector<std::string> longer;  // at most two: one is all that matters
    for (++it; it != reversed.end() && longer.size() < 2 && it->compare(0, suffix.size(), suffix) == 0; ++it) {
      longer.emplace_back(it->rbegin(), it->rend());
    }
    if (longer.size() == 1) sets->Union(sets->Id(key), sets->Id(longer[0]));
  }
}

// Genitive "xs" joins "x"; a lone surname joins the one longer person key it ends.
void UnionVariants(const std::map<std::string, Cluster>& keys, KeySets* sets) {
  for (const auto& [key, info] : keys) sets->Id(key);
  for (const auto& [key, info] : keys) {
    if (key.size() > 3 && key.back() == 's') {
      auto stem = keys.find(key.substr(0, key.size() - 1));
      if (stem != keys.end() && !info.has_canonical()) sets->Union(sets->Id(key), sets->Id(stem->first));
    }
  }
  UnionSurnames(keys, sets);
}

// Countries keep their known (German short) name. Otherwise the most frequent surface
// form wins, preferring the known name, then the longer form; people are named by a full
// name when one was written ("Sam Altman", not "Altman").
std::string ChooseName(const Cluster& c, EntityType type) {
  if (type == EntityType::kCountry && !c.canonicals.empty()) return *c.canonicals.begin();
  const bool any_full_name = std::any_of(c.surfaces.begin(), c.surfaces.end(),
                                         [](const auto& s) { return s.first.find(' ') != std::string::npos; });
  const std::string* best = nullptr;
  std::tuple<size_t, bool, size_t> best_rank{};
  for (const auto& [surface, count] : c.surfaces) {
    if (type == EntityType::kPerson && any_full_name && surface.find(' ') == std::string::npos) continue;
    const std::tuple<size_t, bool, size_t> rank{count, c.canonicals.count(surface) > 0, surface.size()};
    if (best == nullptr || rank > best_rank) {
      best = &surface;
      best_rank = rank;
    }
  }
  return *best;
}

Entity MakeEntity(const Cluster& c, const std::vector<const std::string*>& document_names) {
  Entity e;
  e.type = c.StrongestType();
  e.name = ChooseName(c, e.type);
  for (const auto& [surface, count] : c.surfaces) {
    if (surface != e.name) e.aliases.push_back(surface);
  }
  e.keys.assign(c.keys.begin(), c.keys.end());
  e.mentions = c.mentions;
  for (size_t id : c.documents) e.documents.push_back(*document_names[id]);
  std::sort(e.documents.begin(), e.documents.end());
  return e;
}

using EdgeKey = std::tuple<NodeId, RelationType, NodeId>;

bool SameEvidence(const Evidence& a, const Evidence& b) {
  return std::tie(a.document, a.source_begin, a.target_begin) == std::tie(b.document, b.source_begin, b.target_begin);
}

void SortAndDedupe(std::vector<Evidence>* evidence) {
  std::stable_sort(evidence->begin(), evidence->end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.document, a.sentence_begin, a.source_begin, a.target_begin, b.confidence) <
           std::tie(b.document, b.sentence_begin, b.source_begin, b.target_begin, a.confidence);
  });
  evidence->erase(std::unique(evidence->begin(), evidence->end(), SameEvidence), evidence->end());
}

// A relation waiting for resolution: its mentions' keys (owned by State::keys) and evidence.
struct PendingRelation {
  const std::string* source;
  RelationType relation;
  const std::string* target;
  Evidence evidence;
};

}  // namespace

struct GraphResolver::State {
  std::map<std::string, Cluster> keys;             // mention key -> what its mentions said
  // The same entries by hash, for Add's lookup per mention (the map keeps the key order
  // resolution needs).
  std::unordered_map<std::string_view, std::map<std::string, Cluster>::iterator> key_index;
  std::map<std::string, size_t> document_ids;      // document name -> id
  std::vector<const std::string*> document_names;  // id -> name (owned by document_ids)
  std::vector<PendingRelation> relations;          // in the order documents arrived

  std::map<std::string, Cluster>::iterator Key(const std::string& key) {
    if (auto known = key_index.find(key); known != key_index.end()) return known->second;
    auto it = keys.try_emplace(key).first;
    key_index.emplace(it->first, it);
    return it;
  }

  size_t DocumentId(const std::string& name) {
    auto [it, added] = document_ids.emplace(name, document_names.size());
    if (added) document_names.push_back(&it->first);
    return it->second;
  }
};

GraphResolver::GraphResolver() : state_(std::make_unique<State>()) {}
GraphResolver::~GraphResolver() = default;

void GraphResolver::Add(DocumentExtraction document) {
  const size_t id = state_->DocumentId(document.document);
  std::vector<const std::string*> mention_keys;
  mention_keys.reserve(document.mentions.size());
  for (const Mention& m : document.mentions) {
    auto it = state_->Key(m.key);
    it->second.Add(m, id);
    mention_keys.push_back(&it->first);
  }
  for (RelationMention& r : document.relations) {
    state_->relations.push_back({mention_keys[r.source], r.relation, mention_keys[r.target], std::move(r.evidence)});
  }
}

namespace {

// The entities of the merged clusters as nodes, ordered by name; the node of each root key id.
std::map<size_t, NodeId> AddEntities(std::map<size_t, Cluster>&& clusters,
                                     const std::vector<const std::string*>& document_names, KnowledgeGraph* graph) {
  std::vector<std::pair<Entity, size_t>> entities;  // entity, root id
  for (const auto& [root, cluster] : clusters) entities.emplace_back(MakeEntity(cluster, document_names), root);
  clusters.clear();
  std::sort(entities.begin(), entities.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.name, a.first.type) < std::tie(b.first.name, b.first.type);
  });
  std::map<size_t, NodeId> node_of_root;
  for (auto& [entity, root] : entities) node_of_root[root] = graph->AddEntity(std::move(entity));
  return node_of_root;
}

// One edge per (source, relation, target), holding every evidence; competes-with once per pair.
void AddEdges(std::vector<PendingRelation>&& relations, const std::function<NodeId(const std::string&)>& node_of,
              KnowledgeGraph* graph) {
  std::map<EdgeKey, std::vector<Evidence>> edges;
  for (PendingRelation& r : relations) {
    NodeId s = node_of(*r.source), t = node_of(*r.target);
    if (s == t) continue;
    if (IsSymmetric(r.relation) && t < s) {
      std::swap(s, t);
      std::swap(r.evidence.source_begin, r.evidence.target_begin);
      std::swap(r.evidence.source_end, r.evidence.target_end);
    }
    edges[{s, r.relation, t}].push_back(std::move(r.evidence));
  }
  relations.clear();
  for (auto& [key, evidence] : edges) {
    SortAndDedupe(&evidence);
    graph->AddRelation(std::get<0>(key), std::get<2>(key), Relation{std::get<1>(key), std::move(evidence)});
  }
}

}  // namespace

KnowledgeGraph GraphResolver::Finish() {
  std::unique_ptr<State> state = std::exchange(state_, std::make_unique<State>());
  KeySets sets;
  UnionVariants(state->keys, &sets);
  std::map<size_t, Cluster> clusters;  // root key id -> cluster
  for (auto& [key, cluster] : state->keys) clusters[sets.Find(sets.Id(key))].Merge(std::move(cluster));
  KnowledgeGraph graph;
  const std::map<size_t, NodeId> node_of_root = AddEntities(std::move(clusters), state->document_names, &graph);
  auto node_of = [&](const std::string& key) { return node_of_root.at(sets.Find(sets.Id(key))); };
  AddEdges(std::move(state->relations), node_of, &graph);
  return graph;
}

KnowledgeGraph ResolveGraph(const std::vector<DocumentExtraction>& documents) {
  GraphResolver resolver;
  for (const DocumentExtraction& document : documents) resolver.Add(document);
  return resolver.Finish();
}

}  // namespace kg
