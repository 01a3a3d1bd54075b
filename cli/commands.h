// The kgraph subcommands. Each takes its parsed options and returns the exit code:
// 0 done, 1 failed (message on stderr), 2 done but some input was skipped.
#ifndef KG_CLI_COMMANDS_H_
#define KG_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace kg {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitPartial = 2;

/// Where a command's graph comes from: a saved GraphML, or documents to extract.
struct GraphSource {
  std::vector<std::string> paths;  // files or directories; empty: the bundled seeds
  std::string graph_file;          // a saved GraphML; overrides paths
  std::vector<std::string> rules;  // extra data files (--rules), after the built-in ones
  bool quiet = false;              // no summary on stderr
};

struct BuildOptions {
  GraphSource source;
  std::string output;  // GraphML path
};

struct NeighboursOptions {
  GraphSource source;
  std::string name;
};

struct ServeOptions {
  GraphSource source;
  std::string host = "127.0.0.1";
  int port = 8080;
};

int RunBuild(const BuildOptions& options);
int RunNeighbours(const NeighboursOptions& options);
int RunServe(const ServeOptions& options);

}  // namespace kg

#endif  // KG_CLI_COMMANDS_H_
