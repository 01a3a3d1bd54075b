// Export formats: picking one by name or by the output path, and the files each one
// writes, so callers hold no format-specific code.
#ifndef KG_EXPORT_FORMAT_H_
#define KG_EXPORT_FORMAT_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// GraphML, GEXF 1.3, Cytoscape.js JSON, Neo4j import CSV (a folder) and Graphviz DOT.
enum class ExportFormat { kGraphml, kGexf, kJson, kCsv, kDot };

/// Parses "graphml", "gexf", "json", "csv", "dot"; false for anything else.
bool ParseExportFormat(std::string_view name, ExportFormat* format);

/// The format an output path names by its extension (case-insensitive): .graphml, .gexf,
/// .json, .dot; .csv or a trailing '/' name the CSV folder. False when it names none.
bool FormatFromPath(std::string_view path, ExportFormat* format);

/// True for the formats that write a folder of files rather than one file.
bool IsFolderFormat(ExportFormat format);

/// One file of an export: `name` inside the output folder (empty: the output path itself),
/// and the function that streams its contents.
struct ExportFile {
  std::string name;
  std::function<Status(std::ostream&)> write;
};

/// The files `format` writes for `graph`: the output itself, or for kCsv entities.csv and
/// relations.csv. The functions borrow `graph`, which must outlive them.
std::vector<ExportFile> ExportFiles(const KnowledgeGraph& graph, ExportFormat format);

}  // namespace kg

#endif  // KG_EXPORT_FORMAT_H_
