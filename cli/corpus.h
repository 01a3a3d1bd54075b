// From input paths (or the bundled seeds) to a resolved KnowledgeGraph, reporting
// what was read and what was skipped. Used by build, serve and the queries.
#ifndef KG_CLI_CORPUS_H_
#define KG_CLI_CORPUS_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/knowledge.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// What a corpus run read and skipped.
struct CorpusReport {
  size_t documents_read = 0;
  size_t sentences = 0;
  std::vector<Status> skipped;  // one per unreadable path or rejected document
};

/// Built-in data files plus the user's --rules files, in that order.
Status LoadKnowledgeFiles(const std::vector<std::string>& rules_files, Knowledge* knowledge);

/// Extracts every document under `paths` (files or directories; none: the bundled
/// seeds) and resolves one graph. Bad documents are skipped and reported.
KnowledgeGraph BuildCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, CorpusReport* report);

/// The summary `kgraph build` prints: documents, sentences, entities and relations per type.
std::string SummaryText(const KnowledgeGraph& graph, const CorpusReport& report);

}  // namespace kg

#endif  // KG_CLI_CORPUS_H_
