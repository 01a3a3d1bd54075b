#include "graph/search.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "graph/name_key.h"

namespace kg {
namespace {

// Levenshtein distance in bytes (keys are folded and mostly ASCII).
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// How well one key of an entity matches; lower is better.
struct Score {
  MatchKind kind = MatchKind::kClose;
  size_t distance = 0;  // edit distance, for close matches only
  bool operator<(const Score& o) const { return std::tie(kind, distance) < std::tie(o.kind, o.distance); }
};

std::optional<Score> MatchKey(const std::string& key, const std::string& wanted, bool close) {
  if (key == wanted) return Score{MatchKind::kExact, 0};
  if (key.compare(0, wanted.size(), wanted) == 0) return Score{MatchKind::kPrefix, 0};
  if (key.find(wanted) != std::string::npos) return Score{MatchKind::kSubstring, 0};
  if (!close) return std::nullopt;
  const size_t distance = EditDistance(key, wanted);
  if (distance <= std::max<size_t>(1, wanted.size() / 4)) return Score{MatchKind::kClose, distance};
  return std::nullopt;
}

// The searched keys: the text's key, and without a genitive "s" as FindEntities does.
std::vector<std::string> WantedKeys(std::string_view text) {
  std::vector<std::string> keys{NameKey(text)};
  const std::string& key = keys.front();
  if (key.size() > 3 && key.back() == 's') keys.push_back(key.substr(0, key.size() - 1));
  return keys;
}

// The entity's best match over its name, aliases and lookup keys.
std::optional<std::pair<Score, std::string>> BestMatch(const Entity& entity, const std::vector<std::string>& wanted,
                                                       bool close) {
  std::vector<std::pair<std::string, std::string>> surfaces;  // key, surface as written
  surfaces.emplace_back(NameKey(entity.name), entity.name);
  for (const std::string& alias : entity.aliases) surfaces.emplace_back(NameKey(alias), alias);
  for (const std::string& key : entity.keys) surfaces.emplace_back(key, entity.name);
  std::optional<std::pair<Score, std::string>> best;
  for (const auto& [key, surface] : surfaces) {
    for (const std::string& w : wanted) {
      const std::optional<Score> score = MatchKey(key, w, close);
      if (score && (!best || *score < best->first)) best.emplace(*score, surface);
    }
  }
  return best;
}

}  // namespace

std::string_view ToString(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kPrefix:
      return "prefix";
    case MatchKind::kSubstring:
      return "substring";
    case MatchKind::kClose:
      return "close";
  }
  return "";
}

std::vector<SearchHit> SearchEntities(const KnowledgeGraph& graph, std::string_view text, const SearchQuery& query) {
  const std::vector<std::string> wanted = WantedKeys(text);
  if (wanted.front().empty()) return {};
  std::vector<std::tuple<Score, size_t, const std::string*, SearchHit>> ranked;  // score, ~mentions, name, hit
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const Entity& e = graph.entity(id);
    if (!query.types.empty() && std::find(query.types.begin(), query.types.end(), e.type) == query.types.end())
      continue;
    if (auto best = BestMatch(e, wanted, query.close)) {
      ranked.emplace_back(best->first, ~e.mentions, &e.name, SearchHit{id, best->first.kind, best->second});
    }
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a), *std::get<2>(a), std::get<3>(a).node) <
           std::tie(std::get<0>(b), std::get<1>(b), *std::get<2>(b), std::get<3>(b).node);
  });
  std::vector<SearchHit> hits;
  for (size_t i = 0; i < ranked.size() && i < query.limit; ++i) hits.push_back(std::get<3>(ranked[i]));
  return hits;
}

std::vector<NodeId> SuggestNames(const KnowledgeGraph& graph, std::string_view name, size_t limit) {
  SearchQuery query;
  query.limit = limit;
  query.close = true;
  std::vector<NodeId> ids;
  for (const SearchHit& hit : SearchEntities(graph, name, query)) ids.push_back(hit.node);
  return ids;
}

}  // namespace kg
