// The table form of query answers shared by several commands: neighbour groups, evidence
// lines and path hops, appended to a cli/table.h Table.
#ifndef KG_CLI_QUERY_TEXT_H_
#define KG_CLI_QUERY_TEXT_H_

#include <string>
#include <vector>

#include "cli/table.h"
#include "graph/knowledge_graph.h"
#include "graph/query.h"

namespace kg {

/// "1 evidence", "3 evidences".
std::string EvidenceCount(size_t count);

/// Adds up to `limit` of `evidence` as free lines `<indent>document: "sentence"`.
void AddEvidenceLines(const std::vector<Evidence>& evidence, size_t limit, const std::string& indent, Table* table);

/// Adds `neighbours` (in Neighbours order) grouped under headings "  funded-by ->",
/// "  <- developed-by", "  competes-with <->" (prefixed "hop N: " beyond depth 1); one row
/// per neighbour: name, type, evidence count and, beyond depth 1, "via X"; below each row up
/// to `evidence_limit` evidence lines. The table's row indent should be four spaces.
void AddNeighbourRows(const KnowledgeGraph& graph, const std::vector<Neighbour>& neighbours, size_t evidence_limit,
                      Table* table);

/// Adds one row per step of `path` (from, the relation as written, to), e.g.
/// "Nova  -- developed-by ->  Lab" or "Lab  <- developed-by --  Nova", each followed by
/// its first evidence line.
void AddPathRows(const KnowledgeGraph& graph, const GraphPath& path, Table* table);

}  // namespace kg

#endif  // KG_CLI_QUERY_TEXT_H_
