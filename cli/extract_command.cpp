// `kgraph extract`: the map step of a distributed build. Extracts documents into JSON Lines
// (export/jsonl.h), one line per document, for `kgraph merge` to resolve into one graph.
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "base/file_io.h"
#include "cli/command.h"
#include "cli/corpus.h"
#include "export/jsonl.h"

namespace kg {
namespace {

constexpr char kStdio[] = "-";

struct ExtractOptions {
  GraphSource source;      // PATH..., --rules, --threads, --quiet
  std::string paths_from;  // --paths-from: a file listing paths, one per line ("-": stdin)
  std::string jsonl;       // --jsonl: the output file ("-": stdout)
};

// Appends the non-blank lines of `from` (a file, or stdin for "-") to `paths`.
Status ReadPathList(const std::string& from, std::vector<std::string>* paths) {
  std::string text;
  if (from == kStdio) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (Status s = ReadFile(from, &text); !s.ok()) {
    return s;
  }
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths->push_back(line);
  }
  return Status::Ok();
}

// Streams the JSONL to `out` (stdout, or the output file written atomically).
Status WriteJsonlTo(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  if (path != kStdio) return WriteFileAtomically(path, write);
  Status s = write(std::cout);
  std::cout.flush();
  return !s.ok() || std::cout ? s : Status::IoError("stdout: cannot write");
}

int RunExtract(ExtractOptions options) {
  if (!options.paths_from.empty()) {
    if (Status s = ReadPathList(options.paths_from, &options.source.paths); !s.ok()) return Fail(s);
  }
  // An empty list (an empty shard) is no documents, not the bundled seeds.
  const bool nothing = options.source.paths.empty() && !options.paths_from.empty();
  Knowledge knowledge;
  if (Status s = LoadKnowledgeFiles(options.source.rules, &knowledge); !s.ok()) return Fail(s);
  CorpusReport report;
  auto write = [&](std::ostream& out) {
    auto line = [&out](const DocumentExtraction& e, size_t sentences) { return WriteJsonlDocument(e, sentences, out); };
    return nothing ? Status::Ok()
                   : ExtractCorpus(knowledge, options.source.paths, CorpusOptionsOf(options.source), line, &report);
  };
  if (Status s = WriteJsonlTo(options.jsonl, write); !s.ok()) return Fail(s);
  const int code = ReportSkipped(report);
  if (!options.source.quiet) {
    std::cerr << CorpusSummaryText(report) << "wrote " << (options.jsonl == kStdio ? "stdout" : options.jsonl) << "\n";
  }
  return code;
}

}  // namespace

Command AddExtractCommand(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract documents into JSON Lines, one document per line (the map step; see merge)");
  AddCorpusFlags(cmd, &options->source, true);
  cmd->add_option("--paths-from", options->paths_from, "Also read the paths listed in FILE, one per line (-: stdin)");
  cmd->add_option("--jsonl", options->jsonl, "Output JSON Lines file (-: stdout)")->required();
  return {cmd, [options] { return RunExtract(*options); }};
}

}  // namespace kg
