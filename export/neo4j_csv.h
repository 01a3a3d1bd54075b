// CSV files for Neo4j's bulk importer (`neo4j-admin database import full --nodes=entities.csv
// --relationships=relations.csv`), in its header format, quoted per RFC 4180.
#ifndef KG_EXPORT_NEO4J_CSV_H_
#define KG_EXPORT_NEO4J_CSV_H_

#include <ostream>
#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// The header line of entities.csv (without the newline).
inline constexpr char kNeo4jEntitiesHeader[] = "id:ID,name,:LABEL,aliases:string[],mentions:int,documents:string[]";
/// The header line of relations.csv (without the newline).
inline constexpr char kNeo4jRelationsHeader[] = ":START_ID,:END_ID,:TYPE,weight:int,evidence,documents:string[]";

/// entities.csv: one row per node, id "n<NodeId>", the type as label (Neo4jLabel). Arrays
/// use ';' (see WriteNeo4jArray: a ';' inside an item becomes U+FF1B). Rows end in LF;
/// text fields may hold newlines, so import with --multiline-fields=true.
/// Error: IoError when the stream fails.
Status WriteNeo4jEntities(const KnowledgeGraph& graph, std::ostream& out);

/// relations.csv: one row per edge: ids as in entities.csv, type (Neo4jType), weight =
/// evidence count, evidence = the first sentence, documents. Error: IoError.
Status WriteNeo4jRelations(const KnowledgeGraph& graph, std::ostream& out);

/// The node label of a type: "Company", "Model", "Person", "Country".
std::string Neo4jLabel(EntityType type);
/// The relationship type of a relation, Neo4j style: "DEVELOPED_BY", "FUNDED_BY", ...
std::string Neo4jType(RelationType relation);

}  // namespace kg

#endif  // KG_EXPORT_NEO4J_CSV_H_
