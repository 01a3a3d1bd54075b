#include "export/neo4j_csv.h"

#include "export/text_escape.h"

namespace kg {

std::string Neo4jLabel(EntityType type) {
  std::string label(ToString(type));
  if (!label.empty()) label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

std::string Neo4jType(RelationType relation) {
  std::string type(ToString(relation));
  for (char& c : type) c = c == '-' ? '_' : static_cast<char>(c - 'a' + 'A');
  return type;
}

Status WriteNeo4jEntities(const KnowledgeGraph& graph, std::ostream& out) {
  out << kNeo4jEntitiesHeader << '\n';
  for (NodeId id = 0; id < graph.node_count() && out; ++id) {
    const Entity& e = graph.entity(id);
    out << 'n' << id << ',';
    WriteCsvQuoted(out, e.name);
    out << ',' << Neo4jLabel(e.type) << ',';
    WriteNeo4jArray(out, e.aliases);
    out << ',' << e.mentions << ',';
    WriteNeo4jArray(out, e.documents);
    out << '\n';
  }
  return out ? Status::Ok() : Status::IoError("CSV write failed");
}

Status WriteNeo4jRelations(const KnowledgeGraph& graph, std::ostream& out) {
  out << kNeo4jRelationsHeader << '\n';
  for (const EdgeRef& e : graph.Edges()) {
    if (!out) break;
    const Relation& r = *e.relation;
    out << 'n' << e.source << ",n" << e.target << ',' << Neo4jType(r.type) << ',' << r.evidence.size() << ',';
    WriteCsvQuoted(out, r.evidence.empty() ? std::string_view() : std::string_view(r.evidence.front().sentence));
    out << ',';
    WriteNeo4jArray(out, r.Documents());
    out << '\n';
  }
  return out ? Status::Ok() : Status::IoError("CSV write failed");
}

}  // namespace kg
