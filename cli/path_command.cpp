#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/query_flags.h"
#include "cli/query_text.h"
#include "export/query_json.h"
#include "graph/query.h"

namespace kg {
namespace {

constexpr int kMaxDepthLimit = 20;

struct PathOptions {
  QueryFlags flags;
  std::string from;
  std::string to;
  std::vector<std::string> types;
  PathQuery query;
};

std::string Summary(const KnowledgeGraph& graph, NodeId from, NodeId to, const std::vector<GraphPath>& paths,
                    int max_depth) {
  auto count = [](size_t n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); };
  const std::string ends = EntityLabel(graph, from) + " to " + EntityLabel(graph, to);
  if (paths.empty()) return "no connection from " + ends + " within " + count(static_cast<size_t>(max_depth), "hop");
  return ends + ": " + count(paths.size(), "shortest path") + " of " + count(paths.front().size(), "hop");
}

void PrintPaths(const KnowledgeGraph& graph, NodeId from, NodeId to, const std::vector<GraphPath>& paths,
                int max_depth) {
  std::cout << Summary(graph, from, to, paths, max_depth) << "\n";
  Table table("  ");
  for (size_t i = 0; i < paths.size(); ++i) {
    if (paths.size() > 1) table.AddLine("path " + std::to_string(i + 1));
    AddPathRows(graph, paths[i], &table);
  }
  table.Print(std::cout);
}

int RunPath(const PathOptions& options) {
  KnowledgeGraph graph;
  const int code = LoadQueryGraph(options.flags, &graph);
  if (code == kExitFailed) return code;
  const std::vector<EntityType> types = ParseTypes(options.types);
  NodeId from = 0, to = 0;
  if (Status s = FindNamedEntity(graph, options.from, types, &from); !s.ok()) return Fail(s);
  if (Status s = FindNamedEntity(graph, options.to, types, &to); !s.ok()) return Fail(s);
  const std::vector<GraphPath> paths = ShortestPaths(graph, from, to, options.query);
  if (options.flags.Json()) {
    std::cout << PathsJson(graph, from, to, paths) << "\n";
  } else {
    PrintPaths(graph, from, to, paths, options.query.max_depth);
  }
  return code;
}

}  // namespace

Command AddPathCommand(CLI::App& app) {
  auto options = std::make_shared<PathOptions>();
  CLI::App* cmd = app.add_subcommand("path", "The shortest connections between two entities, edges read either way");
  cmd->add_option("from", options->from, "First entity")->required();
  cmd->add_option("to", options->to, "Second entity")->required();
  cmd->add_option("--max-depth", options->query.max_depth, "Longest path, in hops")
      ->check(CLI::Range(1, kMaxDepthLimit))
      ->capture_default_str();
  cmd->add_option("--max-paths", options->query.max_paths, "Most paths to list")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  AddTypeListFlag(cmd, "--type", &options->types, "Narrows an ambiguous name to these types");
  AddQueryFlags(cmd, &options->flags);
  return {cmd, [options] { return RunPath(*options); }};
}

}  // namespace kg
