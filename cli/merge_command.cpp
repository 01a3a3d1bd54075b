// `kgraph merge`: the reduce step of a distributed build. Reads the JSON Lines parts that
// `kgraph extract` wrote and resolves them into one graph, exactly as `kgraph build` would.
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

// Reads one part into `resolver`, line by line; each document may appear in one part only.
Status ResolvePart(const std::string& file, std::map<std::string, std::string>* part_of, GraphResolver* resolver,
                   CorpusReport* report) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot open");
  return ReadJsonl(file, in, [&](DocumentExtraction&& document, size_t sentences) {
    auto [it, added] = part_of->emplace(document.document, file);
    if (!added) {
      return Status::InvalidInput(file + ": document \"" + document.document + "\" was already read from " +
                                  it->second);
    }
    resolver->Add(document);
    ++report->documents_read;
    report->sentences += sentences;
    return Status::Ok();
  });
}

// Resolves every document of `parts` (files, or folders read recursively) into `graph`; the
// order of parts and lines does not matter. A part that is missing or malformed is an
// error: the graph would be incomplete.
Status ResolveParts(const std::vector<std::string>& parts, KnowledgeGraph* graph, CorpusReport* report) {
  std::vector<Status> problems;
  const std::vector<std::string> files = CollectFiles(parts, &problems);
  if (!problems.empty()) return problems.front();
  std::map<std::string, std::string> part_of;  // document -> the part it came from
  GraphResolver resolver;
  for (const std::string& file : files) {
    if (Status s = ResolvePart(file, &part_of, &resolver, report); !s.ok()) return s;
  }
  if (report->documents_read == 0) return Status::InvalidInput("no documents in the parts");
  *graph = resolver.Finish();
  return Status::Ok();
}

int RunMerge(const MergeOptions& options) {
  CorpusReport report;
  KnowledgeGraph graph;
  if (Status s = ResolveParts(options.parts, &graph, &report); !s.ok()) return Fail(s);
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
