// From input paths (or the bundled seeds) to extractions, made in parallel, and a resolved
// KnowledgeGraph, reporting what was read and skipped. Used by build, extract, serve, queries.
#ifndef KG_CLI_CORPUS_H_
#define KG_CLI_CORPUS_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/knowledge.h"
#include "graph/knowledge_graph.h"
#include "graph/types.h"

namespace kg {

/// What a corpus run read and skipped.
struct CorpusReport {
  size_t documents_read = 0;
  size_t sentences = 0;
  std::vector<Status> skipped;  // one per unreadable path or rejected document
};

/// Built-in data files plus the user's --rules files, in that order.
Status LoadKnowledgeFiles(const std::vector<std::string>& rules_files, Knowledge* knowledge);

/// How a corpus is extracted.
struct CorpusOptions {
  size_t threads = 0;     // extraction threads, one Extractor each; 0: one per core
  bool progress = false;  // draw a ProgressBar on stderr (the caller checks it is a terminal)
};

/// Receives one document's extraction and its sentence count; an error stops the run.
using ExtractionSink = std::function<Status(const DocumentExtraction& extraction, size_t sentences)>;

/// Reads and extracts every document under `paths` (files or directories; none: the
/// bundled seeds) on options.threads threads, each with its own Extractor (`knowledge` is
/// shared read-only), and hands the extractions to `sink` on the calling thread in
/// document-name order, so nothing depends on the thread count. Unreadable documents are
/// skipped and listed in report->skipped (after paths that do not exist, then in name
/// order). Error: an Extractor could not be created, or the first error `sink` returned.
Status ExtractCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, const CorpusOptions& options,
                     const ExtractionSink& sink, CorpusReport* report);

/// ExtractCorpus into one resolved graph (GraphResolver, so extractions are not kept).
Status BuildCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, const CorpusOptions& options,
                   CorpusReport* report, KnowledgeGraph* graph);

/// The first lines of the summary: "documents: N read, M skipped\nsentences: S\n".
std::string CorpusSummaryText(const CorpusReport& report);

/// The summary `kgraph build` prints: documents, sentences, entities and relations per type.
std::string SummaryText(const KnowledgeGraph& graph, const CorpusReport& report);

}  // namespace kg

#endif  // KG_CLI_CORPUS_H_
