// kgraph: command-line front. Registers the subcommands, parses flags (CLI11) and runs
// the chosen one; the work is in the libraries.
#include "cli/command.h"

int main(int argc, char** argv) {
  CLI::App app{"kgraph: builds a typed knowledge graph of the AI industry from news articles"};
  app.set_version_flag("--version", std::string("kgraph ") + KGRAPH_VERSION);
  app.require_subcommand(1);
  const kg::Command commands[] = {
      kg::AddBuildCommand(app),
      kg::AddNeighboursCommand(app),
      kg::AddShowCommand(app),
      kg::AddPathCommand(app),
      kg::AddSearchCommand(app),
      kg::AddStatsCommand(app),
      kg::AddServeCommand(app),
      kg::AddEvalCommand(app),
      kg::AddExportCommand(app),
      kg::AddExtractCommand(app),
      kg::AddMergeCommand(app),
  };
  CLI11_PARSE(app, argc, argv);
  for (const kg::Command& command : commands) {
    if (*command.app) return command.run();
  }
  return kg::kExitFailed;
}
