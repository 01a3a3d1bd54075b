// Finding entities by part of a name: the ranked search behind `kgraph search`, and the
// "did you mean" suggestions for a name that matches nothing. Keys as graph/name_key.h.
#ifndef KG_GRAPH_SEARCH_H_
#define KG_GRAPH_SEARCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// How a name matched, best first.
enum class MatchKind { kExact, kPrefix, kSubstring, kClose };
/// "exact", "prefix", "substring", "close".
std::string_view ToString(MatchKind kind);

/// One entity found, with the name or alias that matched best.
struct SearchHit {
  NodeId node = 0;
  MatchKind match = MatchKind::kExact;
  std::string matched;  // the entity's name or one of its aliases, as written
};

/// What SearchEntities returns.
struct SearchQuery {
  size_t limit = 20;              // hits returned at most
  std::vector<EntityType> types;  // types kept; empty: all
  bool close = false;             // also names within a small edit distance (kClose)
};

/// Entities whose name or alias key (NameKey; a trailing genitive "s" of `text` may drop)
/// equals, starts with or contains the key of `text`, or with `query.close` is within
/// edit distance max(1, length / 4) of it. Ranked by match kind, then edit distance, then
/// mentions (most first), then name. Empty when `text` has no letter or digit.
std::vector<SearchHit> SearchEntities(const KnowledgeGraph& graph, std::string_view text, const SearchQuery& query);

/// The `limit` entities closest to a name that found nothing: prefix, substring and close
/// matches (SearchEntities with close), best first.
std::vector<NodeId> SuggestNames(const KnowledgeGraph& graph, std::string_view name, size_t limit = 5);

}  // namespace kg

#endif  // KG_GRAPH_SEARCH_H_
