#include <cstdint>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/query_flags.h"
#include "cli/query_text.h"
#include "export/query_json.h"
#include "graph/query.h"

namespace kg {
namespace {

constexpr int kMaxDepth = 10;

struct NeighboursOptions {
  QueryFlags flags;
  std::string name;
  int depth = 1;
  std::vector<std::string> relations;
  std::vector<std::string> types;
  std::string direction = "both";
  bool evidence = false;
};

NeighbourQuery ToQuery(const NeighboursOptions& options) {
  NeighbourQuery query;
  query.depth = options.depth;
  query.relations = ParseRelations(options.relations);
  query.types = ParseTypes(options.types);
  ParseDirection(options.direction, &query.direction);
  return query;
}

void PrintTable(const KnowledgeGraph& graph, NodeId id, const std::vector<Neighbour>& found, bool evidence) {
  std::cout << EntityLabel(graph, id) << "\n";
  if (found.empty()) std::cout << "  no neighbours\n";
  Table table("    ");
  AddNeighbourRows(graph, found, evidence ? SIZE_MAX : 0, &table);
  table.Print(std::cout);
}

int RunNeighbours(const NeighboursOptions& options) {
  KnowledgeGraph graph;
  const int code = LoadQueryGraph(options.flags, &graph);
  if (code == kExitFailed) return code;
  const NeighbourQuery query = ToQuery(options);
  NodeId id = 0;
  if (Status s = FindNamedEntity(graph, options.name, query.types, &id); !s.ok()) return Fail(s);
  const std::vector<Neighbour> found = Neighbours(graph, id, query);
  if (options.flags.Json()) {
    std::cout << NeighboursJson(graph, id, found, options.evidence) << "\n";
  } else {
    PrintTable(graph, id, found, options.evidence);
  }
  return code;
}

}  // namespace

Command AddNeighboursCommand(CLI::App& app) {
  auto options = std::make_shared<NeighboursOptions>();
  CLI::App* cmd = app.add_subcommand("neighbours", "Neighbours of an entity, grouped by relation and direction");
  cmd->add_option("name", options->name, "Entity name (any case or spelling variant)")->required();
  cmd->add_option("--depth", options->depth, "Hops to walk (breadth-first)")
      ->check(CLI::Range(1, kMaxDepth))
      ->capture_default_str();
  AddRelationListFlag(cmd, "--relation", &options->relations, "Only cross these relations");
  AddTypeListFlag(cmd, "--type", &options->types, "Only list these types (also narrows an ambiguous name)");
  cmd->add_option("--direction", options->direction, "Follow edges out of, into, or both ways (competes-with: always)")
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->capture_default_str();
  cmd->add_flag("--evidence", options->evidence, "Print every evidence sentence with its document");
  AddQueryFlags(cmd, &options->flags);
  return {cmd, [options] { return RunNeighbours(*options); }};
}

}  // namespace kg
