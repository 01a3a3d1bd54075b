// The output flags shared by `build` and `export` (-o, --format, --types, --relations,
// --min-weight) and writing a graph through them: filtered, in the chosen format, atomically.
#ifndef KG_CLI_OUTPUT_H_
#define KG_CLI_OUTPUT_H_

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Where and how a command writes its graph, as given on the command line.
struct OutputOptions {
  std::string path;                    // -o: a file, or a folder for the CSV format
  std::string format;                  // --format; empty: from the path's extension
  std::vector<std::string> types;      // --types: entity types to keep; empty: all
  std::vector<std::string> relations;  // --relations: relations to keep; empty: all
  size_t min_weight = 0;               // --min-weight: fewest evidences an edge needs
};

/// Adds -o (required), --format, --types, --relations and --min-weight to `cmd`.
void AddOutputFlags(CLI::App* cmd, OutputOptions* options);

/// Writes `graph`, filtered, to options.path: one file written atomically, or for CSV the
/// folder (created when missing) with each file written atomically. Error: InvalidInput for
/// a bad flag or a path whose format is unknown, IoError naming the path that failed.
Status WriteOutput(const KnowledgeGraph& graph, const OutputOptions& options);

}  // namespace kg

#endif  // KG_CLI_OUTPUT_H_
