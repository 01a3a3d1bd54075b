#include "graph/resolve.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace kg {
namespace {

// Union-find over entity keys.
class KeySets {
 public:
  size_t Id(const std::string& key) {
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

// What is known about each key before clustering.
struct KeyInfo {
  std::array<int, kEntityTypeCount> type_strength{};
  bool has_canonical = false;
  EntityType StrongestType() const {
    return static_cast<EntityType>(std::max_element(type_strength.begin(), type_strength.end()) -
                                   type_strength.begin());
  }
};

std::map<std::string, KeyInfo> CollectKeys(const std::vector<DocumentExtraction>& documents) {
  std::map<std::string, KeyInfo> keys;
  for (const DocumentExtraction& doc : documents) {
    for (const Mention& m : doc.mentions) {
      KeyInfo& info = keys[m.key];
      info.type_strength[static_cast<size_t>(m.type)] += static_cast<int>(m.strength);
      info.has_canonical |= !m.canonical.empty();
    }
  }
  return keys;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Genitive "xs" joins "x"; a lone surname joins the one longer person key it ends.
void UnionVariants(const std::map<std::string, KeyInfo>& keys, KeySets* sets) {
  for (const auto& [key, info] : keys) sets->Id(key);
  for (const auto& [key, info] : keys) {
    if (key.size() > 3 && key.back() == 's') {
      auto stem = keys.find(key.substr(0, key.size() - 1));
      if (stem != keys.end() && !info.has_canonical) sets->Union(sets->Id(key), sets->Id(stem->first));
    }
  }
  for (const auto& [key, info] : keys) {
    if (info.StrongestType() != EntityType::kPerson || info.has_canonical || key.size() < 3) continue;
    std::vector<std::string> longer;
    for (const auto& [other, other_info] : keys) {
      if (other_info.StrongestType() == EntityType::kPerson && EndsWith(other, key)) longer.push_back(other);
    }
    if (longer.size() == 1) sets->Union(sets->Id(key), sets->Id(longer[0]));
  }
}

// Everything gathered for one resolved entity.
struct Cluster {
  std::array<int, kEntityTypeCount> type_strength{};
  std::map<std::string, size_t> surfaces;  // surface -> count
  std::set<std::string> keys;
  std::set<std::string> canonicals;
  std::set<std::string> documents;
  size_t mentions = 0;
};

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

Entity MakeEntity(const Cluster& c) {
  Entity e;
  e.type = static_cast<EntityType>(std::max_element(c.type_strength.begin(), c.type_strength.end()) -
                                   c.type_strength.begin());
  e.name = ChooseName(c, e.type);
  for (const auto& [surface, count] : c.surfaces) {
    if (surface != e.name) e.aliases.push_back(surface);
  }
  e.keys.assign(c.keys.begin(), c.keys.end());
  e.mentions = c.mentions;
  e.documents.assign(c.documents.begin(), c.documents.end());
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

}  // namespace

KnowledgeGraph ResolveGraph(const std::vector<DocumentExtraction>& documents) {
  const std::map<std::string, KeyInfo> keys = CollectKeys(documents);
  KeySets sets;
  UnionVariants(keys, &sets);

  std::map<size_t, Cluster> clusters;  // root key id -> cluster
  for (const DocumentExtraction& doc : documents) {
    for (const Mention& m : doc.mentions) {
      Cluster& c = clusters[sets.Find(sets.Id(m.key))];
      c.type_strength[static_cast<size_t>(m.type)] += static_cast<int>(m.strength);
      ++c.surfaces[m.surface];
      c.keys.insert(m.key);
      if (!m.surface_key.empty()) c.keys.insert(m.surface_key);
      if (!m.canonical.empty()) c.canonicals.insert(m.canonical);
      c.documents.insert(doc.document);
      ++c.mentions;
    }
  }

  std::vector<std::pair<Entity, size_t>> entities;  // entity, root id
  for (const auto& [root, cluster] : clusters) entities.emplace_back(MakeEntity(cluster), root);
  std::sort(entities.begin(), entities.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.name, a.first.type) < std::tie(b.first.name, b.first.type);
  });

  KnowledgeGraph graph;
  std::map<size_t, NodeId> node_of_root;
  for (auto& [entity, root] : entities) node_of_root[root] = graph.AddEntity(std::move(entity));

  std::map<EdgeKey, std::vector<Evidence>> edges;
  for (const DocumentExtraction& doc : documents) {
    for (const RelationMention& r : doc.relations) {
      NodeId s = node_of_root.at(sets.Find(sets.Id(doc.mentions[r.source].key)));
      NodeId t = node_of_root.at(sets.Find(sets.Id(doc.mentions[r.target].key)));
      if (s == t) continue;
      Evidence evidence = r.evidence;
      if (IsSymmetric(r.relation) && t < s) {
        std::swap(s, t);
        std::swap(evidence.source_begin, evidence.target_begin);
        std::swap(evidence.source_end, evidence.target_end);
      }
      edges[{s, r.relation, t}].push_back(std::move(evidence));
    }
  }
  for (auto& [key, evidence] : edges) {
    SortAndDedupe(&evidence);
    graph.AddRelation(std::get<0>(key), std::get<2>(key), Relation{std::get<1>(key), std::move(evidence)});
  }
  return graph;
}

}  // namespace kg
