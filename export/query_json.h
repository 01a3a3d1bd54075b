// JSON answers to the graph queries (graph/query.h, search.h, stats.h), shared by
// `kgraph <query> --format json` and the web API routes, so both speak the same JSON.
#ifndef KG_EXPORT_QUERY_JSON_H_
#define KG_EXPORT_QUERY_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/query.h"
#include "graph/search.h"
#include "graph/stats.h"

namespace kg {

// Every function returns one compact UTF-8 JSON object (malformed UTF-8 in the graph is
// replaced by U+FFFD). A node is written as {"name", "type"}; an evidence list as
// EvidenceToJson (export/text_escape.h) writes it: [{"document", "sentence", offsets,
// "rule", "confidence"}]. Ids are borrowed from `graph` and must be valid in it.

/// /api/neighbours, `kgraph neighbours`:
/// {"entity": node, "neighbours": [{"name", "type", "relation", "direction": "out"|"in"|"both"
///  (seen from via; "both" for competes-with), "depth", "via": node, "weight" (evidence
///  count), "evidence": [...] (only when `with_evidence`)}]}, in the order given.
std::string NeighboursJson(const KnowledgeGraph& graph, NodeId entity, const std::vector<Neighbour>& neighbours,
                           bool with_evidence);

/// /api/entity, `kgraph show`: {"name", "type", "aliases", "documents", "mentions",
/// "relations": [{"relation", "direction", "neighbour": node, "weight", "evidence": [all]}]}
/// with the relations in Neighbours order.
std::string EntityJson(const KnowledgeGraph& graph, NodeId id);

/// /api/path, `kgraph path`: {"from": node, "to": node, "found", "hops" (0 when not found),
/// "paths": [[{"from": node, "to": node, "relation", "direction": "forward"|"backward"|"both"
/// (forward: the edge reads from -> to), "weight", "evidence": [the first]}]]}.
std::string PathsJson(const KnowledgeGraph& graph, NodeId from, NodeId to, const std::vector<GraphPath>& paths);

/// /api/search, `kgraph search`: {"query", "results": [{"name", "type", "mentions",
/// "aliases", "match": "exact"|"prefix"|"substring"|"close", "matched"}]}.
std::string SearchJson(const KnowledgeGraph& graph, std::string_view query, const std::vector<SearchHit>& hits);

/// /api/stats, `kgraph stats`: {"entities", "relations", "evidences", "documents",
/// "entity_types": {type: count, every type}, "relation_types": {relation: count, every
/// relation}, "top_entities": [{"name", "type", "degree"}]}.
std::string StatsJson(const KnowledgeGraph& graph, const GraphStats& stats);

}  // namespace kg

#endif  // KG_EXPORT_QUERY_JSON_H_
