#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/query_flags.h"
#include "cli/query_text.h"
#include "export/query_json.h"
#include "graph/query.h"

namespace kg {
namespace {

struct ShowOptions {
  QueryFlags flags;
  std::string name;
  std::vector<std::string> types;
};

// "a, b, c", or "-" for none.
std::string JoinOrDash(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "-" : out;
}

void PrintCard(const KnowledgeGraph& graph, NodeId id) {
  const Entity& e = graph.entity(id);
  const std::vector<Neighbour> edges = Neighbours(graph, id);
  std::cout << EntityLabel(graph, id) << "\n";
  Table fields("  ");
  fields.AddRow({"aliases", JoinOrDash(e.aliases)});
  fields.AddRow({"documents", JoinOrDash(e.documents)});
  fields.AddRow({"mentions", std::to_string(e.mentions)});
  fields.AddRow({"relations", std::to_string(edges.size())});
  fields.Print(std::cout);
  Table relations("    ");
  AddNeighbourRows(graph, edges, 1, &relations);
  relations.Print(std::cout);
}

int RunShow(const ShowOptions& options) {
  KnowledgeGraph graph;
  const int code = LoadQueryGraph(options.flags, &graph);
  if (code == kExitFailed) return code;
  NodeId id = 0;
  if (Status s = FindNamedEntity(graph, options.name, ParseTypes(options.types), &id); !s.ok()) return Fail(s);
  if (options.flags.Json()) {
    std::cout << EntityJson(graph, id) << "\n";
  } else {
    PrintCard(graph, id);
  }
  return code;
}

}  // namespace

Command AddShowCommand(CLI::App& app) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "An entity's card: type, aliases, documents, mentions, every relation");
  cmd->add_option("name", options->name, "Entity name (any case or spelling variant)")->required();
  AddTypeListFlag(cmd, "--type", &options->types, "Narrows an ambiguous name to these types");
  AddQueryFlags(cmd, &options->flags);
  return {cmd, [options] { return RunShow(*options); }};
}

}  // namespace kg
