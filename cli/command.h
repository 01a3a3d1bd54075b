// How subcommands plug into the kgraph binary: each Add*Command registers its flags on
// the CLI11 app and returns the function that runs it (returning the exit code).
#ifndef KG_CLI_COMMAND_H_
#define KG_CLI_COMMAND_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/corpus.h"
#include "graph/knowledge_graph.h"

namespace kg {

constexpr int kExitOk = 0;       // done
constexpr int kExitFailed = 1;   // failed; a one-line message is on stderr
constexpr int kExitPartial = 2;  // done, but some input was skipped

/// A registered subcommand: its CLI11 node and what runs when it was chosen.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// Where a command's graph comes from: a saved GraphML, or documents to extract.
struct GraphSource {
  std::vector<std::string> paths;  // files or directories; empty: the bundled seeds
  std::string graph_file;          // a saved GraphML; overrides paths
  std::vector<std::string> rules;  // extra data files (--rules), after the built-in ones
  size_t threads = 0;              // --threads: extraction threads; 0: one per core
  bool quiet = false;              // --quiet: no summary and no progress bar on stderr
  bool summary = true;             // print the build summary (queries and eval leave it out)
};

/// Adds the flags of a corpus: --rules, --threads, --quiet (and the PATH... positional
/// when `with_paths`).
void AddCorpusFlags(CLI::App* cmd, GraphSource* source, bool with_paths);
/// AddCorpusFlags plus --graph.
void AddSourceFlags(CLI::App* cmd, GraphSource* source, bool with_paths);

/// How `source` asks documents to be extracted: its threads, and a progress bar when not
/// quiet and stderr is a terminal.
CorpusOptions CorpusOptionsOf(const GraphSource& source);

/// Prints each skipped input on stderr ("kgraph: skipped <message>"); returns kExitPartial
/// when there was any, else kExitOk.
int ReportSkipped(const CorpusReport& report);

/// Loads (--graph) or builds the graph. Returns kExitOk, kExitPartial (some input was
/// skipped, each named on stderr) or kExitFailed (message on stderr).
int ObtainGraph(const GraphSource& source, KnowledgeGraph* graph);

/// Prints "kgraph: <status>" on stderr and returns kExitFailed.
int Fail(const Status& status);

/// Ends the process with `code` once a command is done, flushing the standard streams but
/// not destroying the caller's objects: the system takes back a large graph's memory at
/// once, where freeing its millions of blocks one by one costs ~5% of a 100 MB build (ninja
/// ends the same way). Only for the last step of a command run by main.
[[noreturn]] void ExitKeepingMemory(int code);

Command AddBuildCommand(CLI::App& app);
Command AddNeighboursCommand(CLI::App& app);
Command AddShowCommand(CLI::App& app);
Command AddPathCommand(CLI::App& app);
Command AddSearchCommand(CLI::App& app);
Command AddStatsCommand(CLI::App& app);
Command AddServeCommand(CLI::App& app);
Command AddEvalCommand(CLI::App& app);
Command AddExportCommand(CLI::App& app);
Command AddExtractCommand(CLI::App& app);
Command AddMergeCommand(CLI::App& app);

}  // namespace kg

#endif  // KG_CLI_COMMAND_H_
