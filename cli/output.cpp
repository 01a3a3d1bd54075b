#include "cli/output.h"

#include "base/file_io.h"
#include "export/filter.h"
#include "export/format.h"

namespace kg {
namespace {

Status ChooseFormat(const OutputOptions& options, ExportFormat* format) {
  if (!options.format.empty()) {
    if (ParseExportFormat(options.format, format)) return Status::Ok();
    return Status::InvalidInput("--format: unknown format \"" + options.format +
                                "\" (expected graphml, gexf, json, csv, dot)");
  }
  if (IsDirectory(options.path)) {
    *format = ExportFormat::kCsv;
    return Status::Ok();
  }
  if (FormatFromPath(options.path, format)) return Status::Ok();
  return Status::InvalidInput(options.path +
                              ": unknown output format; name it .graphml, .gexf, .json, .dot, .csv or a folder, "
                              "or give --format");
}

Status ChooseFilter(const OutputOptions& options, ExportFilter* filter) {
  filter->min_weight = options.min_weight;
  Status s = ParseEntityTypes("--types", options.types, &filter->types);
  if (!s.ok()) return s;
  return ParseRelationTypes("--relations", options.relations, &filter->relations);
}

Status WriteFiles(const KnowledgeGraph& graph, ExportFormat format, const std::string& path) {
  if (IsFolderFormat(format)) {
    if (Status s = CreateDirectories(path); !s.ok()) return s;
  }
  for (const ExportFile& file : ExportFiles(graph, format)) {
    const std::string target =
        file.name.empty() ? path : (path.back() == '/' ? path : path + "/") + file.name;
    if (Status s = WriteFileAtomically(target, file.write); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

void AddOutputFlags(CLI::App* cmd, OutputOptions* options) {
  cmd->add_option("-o,--output", options->path,
                  "Output: a .graphml, .gexf, .json or .dot file, or a folder (or .csv) for Neo4j CSV")
      ->required();
  cmd->add_option("--format", options->format, "graphml, gexf, json, csv or dot (default: from the -o extension)");
  cmd->add_option("--types", options->types, "Keep only these entity types, e.g. company,model")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--relations", options->relations, "Keep only these relations, e.g. funded-by")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--min-weight", options->min_weight, "Keep only edges with at least N evidences");
}

Status WriteOutput(const KnowledgeGraph& graph, const OutputOptions& options) {
  ExportFormat format;
  ExportFilter filter;
  if (Status s = ChooseFormat(options, &format); !s.ok()) return s;
  if (Status s = ChooseFilter(options, &filter); !s.ok()) return s;
  if (KeepsAll(filter)) return WriteFiles(graph, format, options.path);
  return WriteFiles(FilterGraph(graph, filter), format, options.path);
}

}  // namespace kg
