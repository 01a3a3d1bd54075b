#include <iostream>
#include <memory>

#include "cli/command.h"
#include "graph/query.h"

namespace kg {
namespace {

struct NeighboursOptions {
  GraphSource source;
  std::string name;
};

int RunNeighbours(NeighboursOptions options) {
  KnowledgeGraph graph;
  options.source.quiet = true;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  const std::vector<NodeId> found = FindEntities(graph, options.name);
  if (found.empty()) return Fail(Status::NotFound("no entity \"" + options.name + "\""));
  const NodeId id = found.front();
  std::cout << graph.entity(id).name << " (" << ToString(graph.entity(id).type) << ")\n";
  std::string group;
  for (const Neighbour& n : Neighbours(graph, id)) {
    const std::string relation(ToString(n.relation));
    const std::string heading = n.outgoing ? relation + " ->" : "<- " + relation;
    if (heading != group) std::cout << "  " << (group = heading) << "\n";
    const size_t count = n.edge->evidence.size();
    std::cout << "    " << graph.entity(n.node).name << " (" << ToString(graph.entity(n.node).type) << ", " << count
              << (count == 1 ? " evidence)\n" : " evidences)\n");
  }
  return code;
}

}  // namespace

Command AddNeighboursCommand(CLI::App& app) {
  auto options = std::make_shared<NeighboursOptions>();
  CLI::App* cmd = app.add_subcommand("neighbours", "Neighbours of an entity, grouped by relation");
  cmd->add_option("name", options->name, "Entity name (any case or spelling variant)")->required();
  AddSourceFlags(cmd, &options->source, false);
  return {cmd, [options] { return RunNeighbours(*options); }};
}

}  // namespace kg
