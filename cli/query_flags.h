// What the query commands (neighbours, show, path, search, stats) share: the graph source
// and --format flags, entity-type and relation lists, and loading the graph and a name.
#ifndef KG_CLI_QUERY_FLAGS_H_
#define KG_CLI_QUERY_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/command.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// The graph source and output format of one query command, as given on the command line.
struct QueryFlags {
  GraphSource source;
  std::string format = "table";  // --format: "table" (aligned text) or "json"
  bool Json() const { return format == "json"; }
};

/// Adds PATH... (after the command's own positionals), --graph, --rules, -q and --format.
void AddQueryFlags(CLI::App* cmd, QueryFlags* flags);

/// Adds `flag` taking entity types, comma-separated or repeated; rejects unknown names.
void AddTypeListFlag(CLI::App* cmd, const std::string& flag, std::vector<std::string>* names, const std::string& help);
/// Adds `flag` taking relations, comma-separated or repeated; rejects unknown names.
void AddRelationListFlag(CLI::App* cmd, const std::string& flag, std::vector<std::string>* names,
                         const std::string& help);
/// The types and relations of names the flags above accepted.
std::vector<EntityType> ParseTypes(const std::vector<std::string>& names);
std::vector<RelationType> ParseRelations(const std::vector<std::string>& names);

/// Loads (--graph) or builds the graph without the build summary; exit code as ObtainGraph.
int LoadQueryGraph(const QueryFlags& flags, KnowledgeGraph* graph);

/// The node `name` means (LookupEntity). `types` narrow the candidates only when the name
/// is ambiguous; an ambiguity left over ends with a hint to use --type.
Status FindNamedEntity(const KnowledgeGraph& graph, const std::string& name, const std::vector<EntityType>& types,
                       NodeId* id);

}  // namespace kg

#endif  // KG_CLI_QUERY_FLAGS_H_
