#include <iostream>
#include <memory>

#include "base/file_io.h"
#include "cli/command.h"
#include "eval/evaluate.h"

namespace kg {
namespace {

struct EvalOptions {
  GraphSource source;
  std::string gold_file;
  bool verbose = false;
};

int RunEval(const EvalOptions& options) {
  std::string text;
  Gold gold;
  if (Status s = ReadFile(options.gold_file, &text); !s.ok()) return Fail(s);
  if (Status s = ParseGold(options.gold_file, text, &gold); !s.ok()) return Fail(s);
  KnowledgeGraph graph;
  GraphSource source = options.source;
  source.summary = false;
  const int code = ObtainGraph(source, &graph);
  if (code == kExitFailed) return code;
  std::cout << FormatScores(Evaluate(gold, graph), options.verbose);
  return code;
}

}  // namespace

Command AddEvalCommand(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Score the extracted graph against a gold file (P/R/F1 per type and relation)");
  cmd->add_option("--gold", options->gold_file, "Gold JSON (entities, relations)")->required();
  cmd->add_flag("-v,--verbose", options->verbose, "List every miss (FN) and false find (FP) first");
  AddSourceFlags(cmd, &options->source, true);
  return {cmd, [options] { return RunEval(*options); }};
}

}  // namespace kg
