#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "cli/command.h"
#include "export/graphml.h"

namespace kg {
namespace {

struct BuildOptions {
  GraphSource source;
  std::string output;
};

int RunBuild(const BuildOptions& options) {
  KnowledgeGraph graph;
  const int code = ObtainGraph(options.source, &graph);
  if (code == kExitFailed) return code;
  Status s = WriteFileAtomically(options.output, [&graph](std::ostream& out) { return WriteGraphml(graph, out); });
  if (!s.ok()) return Fail(s);
  if (!options.source.quiet) std::cerr << "wrote " << options.output << "\n";
  return code;
}

}  // namespace

Command AddBuildCommand(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Extract documents into a GraphML graph");
  AddSourceFlags(cmd, &options->source, true);
  cmd->add_option("-o,--output", options->output, "Output GraphML file")->required();
  return {cmd, [options] { return RunBuild(*options); }};
}

}  // namespace kg
