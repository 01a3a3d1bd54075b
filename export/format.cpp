#include "export/format.h"

#include <array>
#include <utility>

#include "export/dot.h"
#include "export/gexf.h"
#include "export/graphml.h"
#include "export/json.h"
#include "export/neo4j_csv.h"

namespace kg {
namespace {

constexpr std::array<std::pair<std::string_view, ExportFormat>, 5> kNames = {{
    {"graphml", ExportFormat::kGraphml},
    {"gexf", ExportFormat::kGexf},
    {"json", ExportFormat::kJson},
    {"csv", ExportFormat::kCsv},
    {"dot", ExportFormat::kDot},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* format) {
  for (const auto& [known, value] : kNames) {
    if (known == name) {
      *format = value;
      return true;
    }
  }
  return false;
}

bool FormatFromPath(std::string_view path, ExportFormat* format) {
  if (!path.empty() && path.back() == '/') {
    *format = ExportFormat::kCsv;
    return true;
  }
  const size_t dot = path.rfind('.');
  const size_t slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return false;
  return ParseExportFormat(Lower(path.substr(dot + 1)), format);
}

bool IsFolderFormat(ExportFormat format) { return format == ExportFormat::kCsv; }

std::vector<ExportFile> ExportFiles(const KnowledgeGraph& graph, ExportFormat format) {
  const KnowledgeGraph* g = &graph;
  switch (format) {
    case ExportFormat::kGraphml: return {{"", [g](std::ostream& out) { return WriteGraphml(*g, out); }}};
    case ExportFormat::kGexf: return {{"", [g](std::ostream& out) { return WriteGexf(*g, out); }}};
    case ExportFormat::kJson: return {{"", [g](std::ostream& out) { return WriteCytoscapeJson(*g, out); }}};
    case ExportFormat::kDot: return {{"", [g](std::ostream& out) { return WriteDot(*g, out); }}};
    case ExportFormat::kCsv:
      return {{"entities.csv", [g](std::ostream& out) { return WriteNeo4jEntities(*g, out); }},
              {"relations.csv", [g](std::ostream& out) { return WriteNeo4jRelations(*g, out); }}};
  }
  return {};
}

}  // namespace kg
