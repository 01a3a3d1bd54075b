#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/output.h"
#include "graph/knowledge_graph.h"

namespace kg {
namespace {

struct BuildOptions {
  GraphSource source;
  OutputOptions output;
  bool explain = false;  // list the surface forms merged into each node
};

// "DeepSeek (company, 23 mentions): DeepSeek | Deepseek | DeepSeeks" per node, on stdout.
void Explain(const KnowledgeGraph& graph) {
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const Entity& e = graph.entity(id);
    std::cout << e.name << " (" << ToString(e.type) << ", " << e.mentions << " mentions): " << e.name;
    for (const std::string& alias : e.aliases) std::cout << " | " << alias;
    std::cout << "\n";
  }
}

int RunBuild(const BuildOptions& options) {
  KnowledgeGraph graph;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  if (options.explain) Explain(graph);
  if (Status s = WriteOutput(graph, options.output); !s.ok()) return Fail(s);
  if (!options.source.quiet) std::cerr << "wrote " << options.output.path << "\n";
  ExitKeepingMemory(code);
}

}  // namespace

Command AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Extract documents into a graph file (GraphML, GEXF, JSON, CSV, DOT)");
  AddSourceFlags(cmd, &options->source, true);
  AddOutputFlags(cmd, &options->output);
  cmd->add_flag("--explain", options->explain, "Print which surface forms were merged into each entity");
  return {cmd, [options] { return RunBuild(*options); }};
}

}  // namespace kg
