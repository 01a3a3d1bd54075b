// kgraph: command-line front. Parses flags (CLI11) and hands over to cli/commands.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace {

void AddSourceFlags(CLI::App* cmd, kg::GraphSource* source, bool with_paths) {
  if (with_paths) cmd->add_option("paths", source->paths, "Documents: files or directories (default: bundled seeds)");
  cmd->add_option("--graph", source->graph_file, "Load a saved GraphML instead of extracting")->check(CLI::ExistingFile);
  cmd->add_option("--rules", source->rules, "Extra data file (entities, countries, triggers); repeatable")
      ->check(CLI::ExistingFile);
  cmd->add_flag("-q,--quiet", source->quiet, "No summary on stderr");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kgraph: builds a typed knowledge graph of the AI industry from news articles"};
  app.set_version_flag("--version", std::string("kgraph ") + KGRAPH_VERSION);
  app.require_subcommand(1);

  kg::BuildOptions build;
  CLI::App* build_cmd = app.add_subcommand("build", "Extract documents into a GraphML graph");
  AddSourceFlags(build_cmd, &build.source, true);
  build_cmd->add_option("-o,--output", build.output, "Output GraphML file")->required();

  kg::NeighboursOptions neighbours;
  CLI::App* neighbours_cmd = app.add_subcommand("neighbours", "Neighbours of an entity, grouped by relation");
  neighbours_cmd->add_option("name", neighbours.name, "Entity name (any case or spelling variant)")->required();
  AddSourceFlags(neighbours_cmd, &neighbours.source, false);

  kg::ServeOptions serve;
  CLI::App* serve_cmd = app.add_subcommand("serve", "Serve the graph's web page and JSON API");
  AddSourceFlags(serve_cmd, &serve.source, true);
  serve_cmd->add_option("--port", serve.port, "TCP port")->check(CLI::Range(0, 65535));
  serve_cmd->add_option("--host", serve.host, "Address to bind (default loopback only)");

  CLI11_PARSE(app, argc, argv);
  if (*build_cmd) return kg::RunBuild(build);
  if (*neighbours_cmd) return kg::RunNeighbours(neighbours);
  return kg::RunServe(serve);
}
