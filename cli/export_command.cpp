#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/output.h"

namespace kg {
namespace {

struct ExportOptions {
  GraphSource source;
  OutputOptions output;
};

int RunExport(const ExportOptions& options) {
  KnowledgeGraph graph;
  if (ObtainGraph(options.source, &graph) != kExitOk) return kExitFailed;
  if (Status s = WriteOutput(graph, options.output); !s.ok()) return Fail(s);
  if (!options.source.quiet) std::cerr << "wrote " << options.output.path << "\n";
  return kExitOk;
}

}  // namespace

Command AddExportCommand(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Convert a saved GraphML graph to another format, optionally filtered");
  cmd->add_option("--graph", options->source.graph_file, "The saved GraphML graph")->required();
  cmd->add_flag("-q,--quiet", options->source.quiet, "No summary on stderr");
  AddOutputFlags(cmd, &options->output);
  return {cmd, [options] { return RunExport(*options); }};
}

}  // namespace kg
