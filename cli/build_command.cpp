#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/output.h"

namespace kg {
namespace {

struct BuildOptions {
  GraphSource source;
  OutputOptions output;
};

int RunBuild(const BuildOptions& options) {
  KnowledgeGraph graph;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  if (Status s = WriteOutput(graph, options.output); !s.ok()) return Fail(s);
  if (!options.source.quiet) std::cerr << "wrote " << options.output.path << "\n";
  return code;
}

}  // namespace

Command AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Extract documents into a graph file (GraphML, GEXF, JSON, CSV, DOT)");
  AddSourceFlags(cmd, &options->source, true);
  AddOutputFlags(cmd, &options->output);
  return {cmd, [options] { return RunBuild(*options); }};
}

}  // namespace kg
