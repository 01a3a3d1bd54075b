#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/query_flags.h"
#include "cli/table.h"
#include "export/query_json.h"
#include "graph/query.h"
#include "graph/stats.h"

namespace kg {
namespace {

struct StatsOptions {
  QueryFlags flags;
  size_t top = 10;
};

// A heading, then its rows aligned among themselves.
void PrintSection(const std::string& heading, const std::vector<std::vector<std::string>>& rows) {
  std::cout << heading << "\n";
  Table table("  ");
  for (const std::vector<std::string>& row : rows) table.AddRow(row);
  table.Print(std::cout);
}

void PrintStats(const KnowledgeGraph& graph, const GraphStats& stats) {
  std::cout << stats.documents << " documents, " << stats.entities << " entities, " << stats.relations << " relations, "
            << stats.evidences << " evidences\n";
  std::vector<std::vector<std::string>> types, relations, top;
  for (int i = 0; i < kEntityTypeCount; ++i) {
    types.push_back({std::string(ToString(static_cast<EntityType>(i))), std::to_string(stats.per_entity_type[i])});
  }
  for (int i = 0; i < kRelationTypeCount; ++i) {
    relations.push_back(
        {std::string(ToString(static_cast<RelationType>(i))), std::to_string(stats.per_relation_type[i])});
  }
  for (const EntityDegree& d : stats.top_entities)
    top.push_back({EntityLabel(graph, d.node), std::to_string(d.degree)});
  PrintSection("entities by type", types);
  PrintSection("relations by type", relations);
  PrintSection("top " + std::to_string(top.size()) + " entities by degree", top);
}

int RunStats(const StatsOptions& options) {
  KnowledgeGraph graph;
  const int code = LoadQueryGraph(options.flags, &graph);
  if (code == kExitFailed) return code;
  const GraphStats stats = ComputeStats(graph, options.top);
  if (options.flags.Json()) {
    std::cout << StatsJson(graph, stats) << "\n";
  } else {
    PrintStats(graph, stats);
  }
  ExitKeepingMemory(code);
}

}  // namespace

Command AddStatsCommand(CLI::App& app) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* cmd =
      app.add_subcommand("stats", "Counts per entity type and relation, documents, best-connected entities");
  cmd->add_option("--top", options->top, "How many entities by degree")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  AddQueryFlags(cmd, &options->flags);
  return {cmd, [options] { return RunStats(*options); }};
}

}  // namespace kg
