#include "graph/resolve.h"

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "base/intern_table.h"
#include "base/parallel.h"
#include "base/string_pool.h"

namespace kg {
namespace {

// Everything gathered for one key while documents arrive, then for one resolved entity
// (the clusters of its keys merged).
struct Cluster {
  std::array<int, kEntityTypeCount> type_strength{};
  std::map<std::string, size_t> surfaces;  // surface -> count
  std::set<std::string> keys;
  std::set<std::string> canonicals;
  // Ids of document names in the resolver's texts. A document's mentions arrive together,
  // so checking the last id removes almost every repeat (MakeEntity removes the rest).
  std::vector<uint32_t> documents;
  size_t mentions = 0;
  // The surface and surface key the last mention added: a key's mentions mostly repeat
  // them, so they are compared before the trees are searched.
  std::pair<const std::string, size_t>* last_surface = nullptr;
  const std::string* last_surface_key = nullptr;

  // Adds a mention of this cluster's key (m.key is the same for every call).
  void Add(const Mention& m, uint32_t document) {
    type_strength[static_cast<size_t>(m.type)] += static_cast<int>(m.strength);
    if (last_surface == nullptr || last_surface->first != m.surface) {
      last_surface = &*surfaces.try_emplace(m.surface).first;
    }
    ++last_surface->second;
    if (mentions == 0) keys.insert(m.key);
    const bool new_surface_key = last_surface_key == nullptr || *last_surface_key != m.surface_key;
    if (!m.surface_key.empty() && m.surface_key != m.key && new_surface_key) {
      last_surface_key = &*keys.insert(m.surface_key).first;
    }
    // Most clusters know one canonical name: it is checked without a tree search.
    const bool known = canonicals.size() == 1 && *canonicals.begin() == m.canonical;
    if (!m.canonical.empty() && !known) canonicals.insert(m.canonical);
    if (documents.empty() || documents.back() != document) documents.push_back(document);
    ++mentions;
  }

  void Merge(Cluster&& other) {
    for (size_t t = 0; t < type_strength.size(); ++t) type_strength[t] += other.type_strength[t];
    surfaces.merge(other.surfaces);  // moves the surfaces new here; the others stay in `other`
    for (const auto& [surface, count] : other.surfaces) surfaces[surface] += count;
    keys.merge(other.keys);
    canonicals.merge(other.canonicals);
    documents.insert(documents.end(), other.documents.begin(), other.documents.end());
    mentions += other.mentions;
    other = Cluster();  // frees what was already here, and the emptied containers
  }

  EntityType StrongestType() const {
    return static_cast<EntityType>(std::max_element(type_strength.begin(), type_strength.end()) -
                                   type_strength.begin());
  }
  bool has_canonical() const { return !canonicals.empty(); }
};

// What the resolver holds for one mention key: what its mentions said, and the key's
// number in key order (given by Finish, for the union-find over keys).
struct KeyEntry {
  Cluster cluster;
  size_t id = 0;
};
using KeyMap = std::map<std::string, KeyEntry>;

// Union-find over key numbers; each set's root is its smallest number, the first of its
// keys in key order.
class KeySets {
 public:
  explicit KeySets(size_t count) : parent_(count) { std::iota(parent_.begin(), parent_.end(), size_t{0}); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// A lone surname joins the one longer person key it ends ("altman" joins "samaltman"). The
// person keys are kept reversed and sorted, so the keys ending in a key follow it directly:
// O(n log n) rather than comparing every pair.
void UnionSurnames(const KeyMap& keys, KeySets* sets) {
  std::vector<std::string> reversed;
  for (const auto& [key, entry] : keys) {
    if (entry.cluster.StrongestType() == EntityType::kPerson) reversed.emplace_back(key.rbegin(), key.rend());
  }
  std::sort(reversed.begin(), reversed.end());
  for (const auto& [key, entry] : keys) {
    const Cluster& info = entry.cluster;
    if (info.StrongestType() != EntityType::kPerson || info.has_canonical() || key.size() < 3) continue;
    const std::string suffix(key.rbegin(), key.rend());
    auto it = std::lower_bound(reversed.begin(), reversed.end(), suffix);  // the key itself
    std::vector<std::string> longer;  // at most two: one is all that matters
    for (++it; it != reversed.end() && longer.size() < 2 && it->compare(0, suffix.size(), suffix) == 0; ++it) {
      longer.emplace_back(it->rbegin(), it->rend());
    }
    if (longer.size() == 1) sets->Union(entry.id, keys.find(longer[0])->second.id);
  }
}

// Genitive "xs" joins "x"; a lone surname joins the one longer person key it ends.
void UnionVariants(const KeyMap& keys, KeySets* sets) {
  for (const auto& [key, entry] : keys) {
    if (key.size() > 3 && key.back() == 's') {
      auto stem = keys.find(key.substr(0, key.size() - 1));
      if (stem != keys.end() && !entry.cluster.has_canonical()) sets->Union(entry.id, stem->second.id);
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

// Document names in name order, as ranks by text id: what orders an entity's documents and
// an edge's evidence without comparing names.
class DocumentRanks {
 public:
  // `ids`: the text ids of every document name (repeats allowed).
  DocumentRanks(std::vector<uint32_t> ids, const StringPool& texts) : rank_(texts.size()) {
    std::sort(ids.begin(), ids.end(), [&texts](uint32_t a, uint32_t b) { return texts.Get(a) < texts.Get(b); });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (size_t r = 0; r < ids.size(); ++r) rank_[ids[r]] = static_cast<uint32_t>(r);
  }
  // The rank of a document name's text id (0 for other texts).
  const uint32_t& operator[](uint32_t id) const { return rank_[id]; }

 private:
  std::vector<uint32_t> rank_;
};

// The entity of a merged cluster; its documents are ids of names in `texts`. Sorts the
// cluster's documents but frees nothing, so that clusters can be made into entities on
// several threads and then freed by the thread that allocated them.
Entity MakeEntity(Cluster& c, const StringPool& texts, const DocumentRanks& ranks) {
  Entity e;
  e.type = c.StrongestType();
  e.name = ChooseName(c, e.type);
  for (const auto& [surface, count] : c.surfaces) {
    if (surface != e.name) e.aliases.push_back(surface);
  }
  e.keys.assign(c.keys.begin(), c.keys.end());
  e.mentions = c.mentions;
  std::sort(c.documents.begin(), c.documents.end(), [&ranks](uint32_t a, uint32_t b) { return ranks[a] < ranks[b]; });
  c.documents.erase(std::unique(c.documents.begin(), c.documents.end()), c.documents.end());
  e.documents.reserve(c.documents.size());
  for (uint32_t id : c.documents) e.documents.push_back(texts.Get(id));
  return e;
}

using EdgeKey = std::tuple<NodeId, RelationType, NodeId>;

// A relation waiting for resolution: its mentions' key entries (owned by State::keys) and its
// evidence, with the texts as ids into State::texts. Relations share sentences, documents
// and rules, so the resolver holds each text once until the graph is built.
struct PendingRelation {
  const KeyEntry* source;
  const KeyEntry* target;
  RelationType relation;
  uint32_t document, sentence, rule;
  size_t sentence_begin, sentence_end, source_begin, source_end, target_begin, target_end;
  double confidence;
};

// Makes a document's relations pending, interning their texts. They share the document's
// name, and often a sentence and a rule with the relation before: those are compared with
// the last one seen rather than hashed.
class EvidenceInterner {
 public:
  EvidenceInterner(const std::string& document, uint32_t id, StringPool* pool)
      : pool_(pool), document_{&document, id} {}

  PendingRelation Pend(const KeyEntry* source, RelationType relation, const KeyEntry* target, const Evidence& e) {
    return {source,
            target,
            relation,
            Intern(e.document, &document_),
            Intern(e.sentence, &sentence_),
            Intern(e.rule, &rule_),
            e.sentence_begin,
            e.sentence_end,
            e.source_begin,
            e.source_end,
            e.target_begin,
            e.target_end,
            e.confidence};
  }

 private:
  struct Last {
    const std::string* text = nullptr;
    uint32_t id = 0;
  };
  uint32_t Intern(const std::string& text, Last* last) {
    if (last->text == nullptr || text != *last->text) *last = {&text, pool_->Intern(text)};
    return last->id;
  }

  StringPool* pool_;
  Last document_, sentence_, rule_;
};

// How many entities, or edges, Finish makes on its threads before it adds them to the graph
// and frees what they were made from: few enough that both are not held at once.
constexpr size_t kStretch = 512;

// The relations of one edge: relations[begin, end) of its EdgeGroups.
struct EdgeGroup {
  EdgeKey key;
  size_t begin, end;
};

// The edges the relations state, in edge order, each with its relations (in arrival order).
// A deque, so that the relations can be freed from the front as their edges are added.
struct EdgeGroups {
  std::deque<PendingRelation> relations;
  std::vector<EdgeGroup> groups;
};

// Orders an edge's relations by document and position, the most confident first among
// equals, and keeps one per statement (document and mention positions). The sort is stable,
// so of exact ties the first to arrive stays. Done before the evidence is made, so that
// repeats cost no strings. Sorts the group's relations and shortens the group.
void SortAndDedupe(const DocumentRanks& ranks, EdgeGroup* group, std::deque<PendingRelation>* relations) {
  const auto begin = relations->begin() + static_cast<std::ptrdiff_t>(group->begin);
  const auto end = relations->begin() + static_cast<std::ptrdiff_t>(group->end);
  std::stable_sort(begin, end, [&ranks](const PendingRelation& a, const PendingRelation& b) {
    return std::tie(ranks[a.document], a.sentence_begin, a.source_begin, a.target_begin, b.confidence) <
           std::tie(ranks[b.document], b.sentence_begin, b.source_begin, b.target_begin, a.confidence);
  });
  auto same_statement = [](const PendingRelation& a, const PendingRelation& b) {
    return std::tie(a.document, a.source_begin, a.target_begin) == std::tie(b.document, b.source_begin, b.target_begin);
  };
  group->end = static_cast<size_t>(std::unique(begin, end, same_statement) - relations->begin());
}

// How many relations of `edges` use each text id.
std::vector<uint32_t> CountTextUses(const EdgeGroups& edges, size_t text_count) {
  std::vector<uint32_t> uses(text_count, 0);
  for (const EdgeGroup& group : edges.groups) {
    for (size_t i = group.begin; i < group.end; ++i) {
      const PendingRelation& r = edges.relations[i];
      ++uses[r.document];
      ++uses[r.sentence];
      ++uses[r.rule];
    }
  }
  return uses;
}

// The texts of the evidence by id, while the evidence is made: a text one relation uses is
// moved to its evidence, the others copied, and each freed after its last use.
class EvidenceTexts {
 public:
  EvidenceTexts(std::vector<std::string> texts, std::vector<uint32_t> uses)
      : texts_(std::move(texts)), uses_(std::move(uses)), remaining_(uses_) {}

  // The evidence of a pending relation. Safe on several threads at once for different
  // relations: a text is moved only by its one user, and the others only read.
  Evidence Make(const PendingRelation& r) {
    return {Use(r.document), Use(r.sentence), r.sentence_begin, r.sentence_end, r.source_begin,
            r.source_end,    r.target_begin,  r.target_end,     Use(r.rule),     r.confidence};
  }
  // Counts the relation's evidence as made, on one thread and once no Make runs: frees the
  // texts it was the last to use.
  void Done(const PendingRelation& r) {
    for (uint32_t id : {r.document, r.sentence, r.rule}) {
      if (--remaining_[id] == 0) std::string().swap(texts_[id]);
    }
  }

 private:
  std::string Use(uint32_t id) { return uses_[id] == 1 ? std::move(texts_[id]) : texts_[id]; }

  std::vector<std::string> texts_;
  const std::vector<uint32_t> uses_;
  std::vector<uint32_t> remaining_;
};

}  // namespace

struct GraphResolver::State {
  KeyMap keys;  // mention key -> what its mentions said
  // The same entries by hash, for Add's lookup per mention (the map keeps the key order
  // resolution needs).
  using KeyIndex = std::unordered_map<std::string_view, KeyMap::iterator, StringHash>;
  KeyIndex key_index;
  StringPool texts;  // document names and the texts of evidence
  std::vector<uint32_t> documents;  // text ids of the document names, in arrival order
  // In the order documents arrived. A deque, so that growing it never copies them.
  std::deque<PendingRelation> relations;

  KeyMap::iterator Key(const std::string& key) {
    if (auto known = key_index.find(key); known != key_index.end()) return known->second;
    auto it = keys.try_emplace(key).first;
    key_index.emplace(it->first, it);
    return it;
  }

  EdgeGroups AddNodes(const DocumentRanks& ranks, size_t threads, KnowledgeGraph* graph);
};

GraphResolver::GraphResolver() : state_(std::make_unique<State>()) {}
GraphResolver::~GraphResolver() = default;

void GraphResolver::Add(const DocumentExtraction& document) {
  const uint32_t id = state_->texts.Intern(document.document);
  state_->documents.push_back(id);
  std::vector<const KeyEntry*> mention_keys;
  mention_keys.reserve(document.mentions.size());
  for (const Mention& m : document.mentions) {
    KeyEntry& entry = state_->Key(m.key)->second;
    entry.cluster.Add(m, id);
    mention_keys.push_back(&entry);
  }
  EvidenceInterner interner(document.document, id, &state_->texts);
  for (const RelationMention& r : document.relations) {
    state_->relations.push_back(interner.Pend(mention_keys[r.source], r.relation, mention_keys[r.target], r.evidence));
  }
}

namespace {

// Numbers the keys in key order, the numbering KeySets works on; their entries by number.
std::vector<KeyEntry*> NumberKeys(KeyMap* keys) {
  std::vector<KeyEntry*> by_id;
  by_id.reserve(keys->size());
  for (auto& [key, entry] : *keys) {
    entry.id = by_id.size();
    by_id.push_back(&entry);
  }
  return by_id;
}

// Merges each key's cluster into its set's root's, in key order: a root's cluster then
// holds its whole set's mentions and the others are empty.
void MergeIntoRoots(const std::vector<KeyEntry*>& by_id, KeySets* sets) {
  for (KeyEntry* entry : by_id) {
    const size_t root = sets->Find(entry->id);
    if (root != entry->id) by_id[root]->cluster.Merge(std::move(entry->cluster));
  }
}

// The entities of the roots' clusters as nodes, ordered by name; the node of each root, by
// key number (other numbers have none). The entities are made on up to `threads` threads,
// and each cluster is freed (by this thread, which allocated it) once its entity is made.
std::vector<NodeId> AddEntities(const std::vector<KeyEntry*>& by_id, KeySets* sets, const StringPool& texts,
                                const DocumentRanks& ranks, size_t threads, KnowledgeGraph* graph) {
  std::vector<size_t> roots;  // of each entity
  for (KeyEntry* entry : by_id) {
    if (sets->Find(entry->id) == entry->id) roots.push_back(entry->id);
  }
  std::vector<Entity> entities(roots.size());
  auto make = [&](size_t i) { entities[i] = MakeEntity(by_id[roots[i]]->cluster, texts, ranks); };
  auto free_clusters = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) by_id[roots[i]]->cluster = Cluster();
  };
  ParallelForInStretches(roots.size(), threads, kStretch, make, free_clusters);
  // Sorting positions rather than entities moves no strings.
  std::vector<size_t> order(entities.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&entities](size_t a, size_t b) {
    return std::tie(entities[a].name, entities[a].type) < std::tie(entities[b].name, entities[b].type);
  });
  std::vector<NodeId> node_of_root(by_id.size());
  graph->ReserveNodes(entities.size());
  for (size_t i : order) node_of_root[roots[i]] = graph->AddEntity(std::move(entities[i]));
  return node_of_root;
}

// Moves the relations into groups by the edge between their resolved nodes: competes-with
// once per pair (its relations turned to match), self-loops dropped. Sorting (edge,
// arrival) pairs keeps each group in arrival order. Leaves `relations` empty.
EdgeGroups GroupByEdge(std::deque<PendingRelation>* relations,
                       const std::function<NodeId(const KeyEntry&)>& node_of) {
  std::vector<std::pair<EdgeKey, uint32_t>> keyed;
  keyed.reserve(relations->size());
  for (size_t i = 0; i < relations->size(); ++i) {
    PendingRelation& r = (*relations)[i];
    NodeId s = node_of(*r.source), t = node_of(*r.target);
    if (s == t) continue;
    if (IsSymmetric(r.relation) && t < s) {
      std::swap(s, t);
      std::swap(r.source_begin, r.target_begin);
      std::swap(r.source_end, r.target_end);
    }
    keyed.emplace_back(EdgeKey{s, r.relation, t}, static_cast<uint32_t>(i));
  }
  std::sort(keyed.begin(), keyed.end());
  EdgeGroups edges;
  for (const auto& [key, i] : keyed) {
    const size_t at = edges.relations.size();
    if (edges.groups.empty() || edges.groups.back().key != key) edges.groups.push_back({key, at, at});
    edges.relations.push_back((*relations)[i]);
    ++edges.groups.back().end;
  }
  std::deque<PendingRelation>().swap(*relations);
  return edges;
}

// One edge per group, holding its evidence sorted and without repeats. The evidence is
// made on up to `threads` threads, and the edges added in edge order; the relations of
// the edges added are freed as it goes.
void AddEdges(EdgeGroups&& edges, const DocumentRanks& ranks, StringPool* pool, size_t threads,
              KnowledgeGraph* graph) {
  auto sort_group = [&](size_t g) { SortAndDedupe(ranks, &edges.groups[g], &edges.relations); };
  ParallelFor(edges.groups.size(), threads, sort_group);
  std::vector<uint32_t> uses = CountTextUses(edges, pool->size());
  EvidenceTexts texts(pool->TakeAll(), std::move(uses));  // the pool's index is not needed any more
  std::vector<std::vector<Evidence>> evidence(edges.groups.size());
  size_t freed = 0;  // relations popped off the front of edges.relations
  auto make = [&](size_t g) {
    const EdgeGroup& group = edges.groups[g];
    evidence[g].reserve(group.end - group.begin);
    for (size_t i = group.begin; i < group.end; ++i) evidence[g].push_back(texts.Make(edges.relations[i - freed]));
  };
  auto add = [&](size_t begin, size_t end) {
    for (size_t g = begin; g < end; ++g) {
      const EdgeGroup& group = edges.groups[g];
      for (size_t i = group.begin; i < group.end; ++i) texts.Done(edges.relations[i - freed]);
      const auto& [source, relation, target] = group.key;
      graph->AddRelation(source, target, Relation{relation, std::move(evidence[g])});
    }
    const size_t next = end < edges.groups.size() ? edges.groups[end].begin : freed + edges.relations.size();
    for (; freed < next; ++freed) edges.relations.pop_front();
  };
  ParallelForInStretches(edges.groups.size(), threads, kStretch, make, add);
}

}  // namespace

// Adds the entities to `graph` and groups the relations by edge, freeing the clusters and
// the pending relations on the way.
EdgeGroups GraphResolver::State::AddNodes(const DocumentRanks& ranks, size_t threads, KnowledgeGraph* graph) {
  key_index = KeyIndex();  // assigning {} would clear it but keep its buckets
  const std::vector<KeyEntry*> by_id = NumberKeys(&keys);
  KeySets sets(by_id.size());
  UnionVariants(keys, &sets);
  MergeIntoRoots(by_id, &sets);
  const std::vector<NodeId> node_of_root = AddEntities(by_id, &sets, texts, ranks, threads, graph);
  auto node_of = [&](const KeyEntry& key) { return node_of_root[sets.Find(key.id)]; };
  return GroupByEdge(&relations, node_of);
}

KnowledgeGraph GraphResolver::Finish(size_t threads) {
  std::unique_ptr<State> state = std::exchange(state_, std::make_unique<State>());
  KnowledgeGraph graph;
  const DocumentRanks ranks(std::move(state->documents), state->texts);
  EdgeGroups edges = state->AddNodes(ranks, threads, &graph);
  state->keys.clear();  // frees the clusters; what is left for the edges is their groups and the texts
  AddEdges(std::move(edges), ranks, &state->texts, threads, &graph);
  return graph;
}

KnowledgeGraph ResolveGraph(const std::vector<DocumentExtraction>& documents) {
  GraphResolver resolver;
  for (const DocumentExtraction& document : documents) resolver.Add(document);
  return resolver.Finish();
}

}  // namespace kg
