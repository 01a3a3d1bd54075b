#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/corpus.h"
#include "cli/progress.h"
#include "export/graphml.h"

namespace kg {

void AddCorpusFlags(CLI::App* cmd, GraphSource* source, bool with_paths) {
  if (with_paths) cmd->add_option("paths", source->paths, "Documents: files or directories (default: bundled seeds)");
  cmd->add_option("--rules", source->rules, "Extra data file (entities, countries, triggers); repeatable");
  cmd->add_option("--threads", source->threads, "Extraction threads (default: one per core)")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("-q,--quiet", source->quiet, "No summary and no progress bar on stderr");
}

void AddSourceFlags(CLI::App* cmd, GraphSource* source, bool with_paths) {
  AddCorpusFlags(cmd, source, with_paths);
  cmd->add_option("--graph", source->graph_file, "Load a saved GraphML instead of extracting");
}

CorpusOptions CorpusOptionsOf(const GraphSource& source) {
  CorpusOptions options;
  options.threads = source.threads;
  options.progress = !source.quiet && StderrIsTerminal();
  return options;
}

int ReportSkipped(const CorpusReport& report) {
  for (const Status& skipped : report.skipped) std::cerr << "kgraph: skipped " << skipped.message() << "\n";
  return report.skipped.empty() ? kExitOk : kExitPartial;
}

int Fail(const Status& status) {
  std::cerr << "kgraph: " << status.ToString() << "\n";
  return kExitFailed;
}

void ExitKeepingMemory(int code) {
  std::cout.flush();
  std::cerr.flush();
  std::exit(code);
}

int ObtainGraph(const GraphSource& source, KnowledgeGraph* graph) {
  if (!source.graph_file.empty()) {
    std::ifstream in(source.graph_file, std::ios::binary);
    if (!in) return Fail(Status::NotFound(source.graph_file + ": cannot open"));
    Status s = ReadGraphml(source.graph_file, in, graph);
    return s.ok() ? kExitOk : Fail(s);
  }
  Knowledge knowledge;
  if (Status s = LoadKnowledgeFiles(source.rules, &knowledge); !s.ok()) return Fail(s);
  CorpusReport report;
  if (Status s = BuildCorpus(knowledge, source.paths, CorpusOptionsOf(source), &report, graph); !s.ok()) return Fail(s);
  const int code = ReportSkipped(report);
  if (!source.quiet && source.summary) std::cerr << SummaryText(*graph, report);
  if (report.documents_read == 0) return Fail(Status::InvalidInput("no readable documents"));
  return code;
}

}  // namespace kg
