#include "cli/corpus.h"

#include <array>
#include <sstream>

#include "base/file_io.h"
#include "extract/extractor.h"
#include "graph/resolve.h"

const std::map<std::string, std::string_view>& embedded_seeds();  // generated

namespace kg {

Status LoadKnowledgeFiles(const std::vector<std::string>& rules_files, Knowledge* knowledge) {
  std::vector<DataFile> files = BuiltinDataFiles();
  for (const std::string& path : rules_files) {
    DataFile file{path, {}};
    Status s = ReadFile(path, &file.text);
    if (!s.ok()) return s;
    files.push_back(std::move(file));
  }
  return LoadKnowledge(files, knowledge);
}

namespace {

// Documents as (name, text): the files under `paths`, or the bundled seeds.
std::vector<std::pair<std::string, std::string>> ReadDocuments(const std::vector<std::string>& paths,
                                                               CorpusReport* report) {
  std::vector<std::pair<std::string, std::string>> docs;
  if (paths.empty()) {
    for (const auto& [name, text] : embedded_seeds()) docs.emplace_back(name, std::string(text));
    return docs;
  }
  for (const std::string& path : CollectFiles(paths, &report->skipped)) {
    std::string text;
    Status s = ReadTextDocument(path, &text);
    if (s.ok()) docs.emplace_back(path, std::move(text));
    else report->skipped.push_back(s);
  }
  return docs;
}

}  // namespace

KnowledgeGraph BuildCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, CorpusReport* report) {
  Extractor extractor(knowledge);
  std::vector<DocumentExtraction> extractions;
  ExtractStats stats;
  for (const auto& [name, text] : ReadDocuments(paths, report)) {
    extractions.push_back(extractor.Extract(name, text, &stats));
    ++report->documents_read;
  }
  report->sentences = stats.sentences;
  return ResolveGraph(extractions);
}

std::string SummaryText(const KnowledgeGraph& graph, const CorpusReport& report) {
  std::array<size_t, kEntityTypeCount> entities{};
  std::array<size_t, kRelationTypeCount> relations{};
  for (NodeId id = 0; id < graph.node_count(); ++id) ++entities[static_cast<size_t>(graph.entity(id).type)];
  for (const EdgeRef& e : graph.Edges()) ++relations[static_cast<size_t>(e.relation->type)];
  std::ostringstream out;
  out << "documents: " << report.documents_read << " read, " << report.skipped.size() << " skipped\n"
      << "sentences: " << report.sentences << "\n"
      << "entities: " << graph.node_count();
  for (int t = 0; t < kEntityTypeCount; ++t) {
    out << (t == 0 ? " (" : ", ") << ToString(static_cast<EntityType>(t)) << " " << entities[static_cast<size_t>(t)];
  }
  out << ")\nrelations: " << graph.edge_count();
  for (int r = 0; r < kRelationTypeCount; ++r) {
    out << (r == 0 ? " (" : ", ") << ToString(static_cast<RelationType>(r)) << " " << relations[static_cast<size_t>(r)];
  }
  out << ")\n";
  return out.str();
}

}  // namespace kg
