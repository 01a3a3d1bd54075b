#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/query_flags.h"
#include "cli/table.h"
#include "export/query_json.h"
#include "graph/search.h"

namespace kg {
namespace {

struct SearchOptions {
  QueryFlags flags;
  std::string text;
  std::vector<std::string> types;
  SearchQuery query;
};

std::vector<std::string> HitCells(const KnowledgeGraph& graph, const SearchHit& hit) {
  const Entity& e = graph.entity(hit.node);
  std::vector<std::string> cells = {e.name, std::string(ToString(e.type)), std::string(ToString(hit.match)),
                                    std::to_string(e.mentions) + (e.mentions == 1 ? " mention" : " mentions")};
  if (hit.matched != e.name) cells.push_back("as " + hit.matched);
  return cells;
}

void PrintHits(const KnowledgeGraph& graph, const std::string& text, const std::vector<SearchHit>& hits) {
  if (hits.empty()) {
    std::cout << "no entity matches \"" << text << "\"\n";
    return;
  }
  std::cout << hits.size() << (hits.size() == 1 ? " entity matches \"" : " entities match \"") << text << "\"\n";
  Table table("  ");
  for (const SearchHit& hit : hits) table.AddRow(HitCells(graph, hit));
  table.Print(std::cout);
}

int RunSearch(SearchOptions options) {
  KnowledgeGraph graph;
  const int code = LoadQueryGraph(options.flags, &graph);
  if (code == kExitFailed) return code;
  options.query.types = ParseTypes(options.types);
  const std::vector<SearchHit> hits = SearchEntities(graph, options.text, options.query);
  if (options.flags.Json()) {
    std::cout << SearchJson(graph, options.text, hits) << "\n";
  } else {
    PrintHits(graph, options.text, hits);
  }
  return code;
}

}  // namespace

Command AddSearchCommand(CLI::App& app) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* cmd =
      app.add_subcommand("search", "Entities whose name or alias matches: exact, then prefix, then substring");
  cmd->add_option("text", options->text, "Part of a name (any case, with or without diacritics)")->required();
  cmd->add_option("--limit", options->query.limit, "Most results")->check(CLI::Range(1, 1000))->capture_default_str();
  AddTypeListFlag(cmd, "--type", &options->types, "Only these types");
  AddQueryFlags(cmd, &options->flags);
  return {cmd, [options] { return RunSearch(*options); }};
}

}  // namespace kg
