// `kgraph merge`: the reduce step of a distributed build. Reads the JSON Lines parts that
// `kgraph extract` wrote and resolves them into one graph, exactly as `kgraph build` would.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "base/file_io.h"
#include "cli/command.h"
#include "cli/corpus.h"
#include "cli/output.h"
#include "export/jsonl.h"
#include "graph/resolve.h"

namespace kg {
namespace {

struct MergeOptions {
  std::vector<std::string> parts;  // JSONL files, or folders of them (Spark/Hadoop output)
  OutputOptions output;
  bool quiet = false;
};

// Reads one part, appending its documents; each document may appear in one part only.
Status ReadPart(const std::string& file, std::map<std::string, std::string>* part_of,
                std::vector<DocumentExtraction>* documents, CorpusReport* report) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot open");
  const size_t first = documents->size();
  if (Status s = ReadJsonl(file, in, documents, &report->sentences); !s.ok()) return s;
  for (size_t i = first; i < documents->size(); ++i) {
    const std::string& name = (*documents)[i].document;
    auto [it, added] = part_of->emplace(name, file);
    if (!added) return Status::InvalidInput(file + ": document \"" + name + "\" was already read from " + it->second);
  }
  return Status::Ok();
}

// Every document of `parts` (files, or folders read recursively), sorted by document name
// as `kgraph build` orders them. A part that is missing or malformed is an error: the graph
// would be incomplete.
Status ReadParts(const std::vector<std::string>& parts, std::vector<DocumentExtraction>* documents,
                 CorpusReport* report) {
  std::vector<Status> problems;
  const std::vector<std::string> files = CollectFiles(parts, &problems);
  if (!problems.empty()) return problems.front();
  std::map<std::string, std::string> part_of;  // document -> the part it came from
  for (const std::string& file : files) {
    if (Status s = ReadPart(file, &part_of, documents, report); !s.ok()) return s;
  }
  std::sort(documents->begin(), documents->end(),
            [](const DocumentExtraction& a, const DocumentExtraction& b) { return a.document < b.document; });
  report->documents_read = documents->size();
  return documents->empty() ? Status::InvalidInput("no documents in the parts") : Status::Ok();
}

int RunMerge(const MergeOptions& options) {
  CorpusReport report;
  KnowledgeGraph graph;
  {
    std::vector<DocumentExtraction> documents;
    if (Status s = ReadParts(options.parts, &documents, &report); !s.ok()) return Fail(s);
    graph = ResolveGraph(documents);
  }
  if (!options.quiet) std::cerr << SummaryText(graph, report);
  if (Status s = WriteOutput(graph, options.output); !s.ok()) return Fail(s);
  if (!options.quiet) std::cerr << "wrote " << options.output.path << "\n";
  return kExitOk;
}

}  // namespace

Command AddMergeCommand(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Resolve the JSON Lines parts of `kgraph extract` into one graph file");
  cmd->add_option("parts", options->parts, "JSONL parts: files or folders (e.g. Spark or Hadoop output)")->required();
  AddOutputFlags(cmd, &options->output);
  cmd->add_flag("-q,--quiet", options->quiet, "No summary on stderr");
  return {cmd, [options] { return RunMerge(*options); }};
}

}  // namespace kg
