#include "cli/corpus.h"

#include <malloc.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "base/file_io.h"
#include "cli/progress.h"
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

// One input document: a file to read, or bundled text.
struct Source {
  std::string name;
  std::string_view bundled;  // the text of a bundled seed; empty for a file
  bool is_file = false;
  uint64_t bytes = 0;  // input size, for progress (0 when unknown)
};

std::vector<Source> ListSources(const std::vector<std::string>& paths, CorpusReport* report) {
  std::vector<Source> sources;
  if (paths.empty()) {
    for (const auto& [name, text] : embedded_seeds()) sources.push_back({name, text, false, text.size()});
    return sources;
  }
  for (std::string& path : CollectFiles(paths, &report->skipped)) {
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(path, ec);
    sources.push_back({std::move(path), {}, true, ec ? 0 : static_cast<uint64_t>(size)});
  }
  return sources;
}

// What a worker made of one document.
struct Outcome {
  Status skipped;  // not ok: the document could not be read
  DocumentExtraction extraction;
  size_t sentences = 0;
};

Outcome ExtractOne(Extractor& extractor, const Source& source) {
  Outcome outcome;
  std::string text;
  std::string_view view = source.bundled;
  if (source.is_file) {
    outcome.skipped = ReadTextDocument(source.name, &text);
    if (!outcome.skipped.ok()) return outcome;
    view = text;
  }
  ExtractStats stats;
  outcome.extraction = extractor.Extract(source.name, view, &stats);
  outcome.sentences = stats.sentences;
  return outcome;
}

// Hands documents to worker threads one at a time and collects their outcomes by index,
// so the caller can take them in document order whatever order they finish in.
class ExtractionRun {
 public:
  ExtractionRun(const Knowledge& knowledge, std::vector<Source> sources)
      : knowledge_(knowledge), sources_(std::move(sources)) {
    for (const Source& s : sources_) total_bytes_ += s.bytes;
  }

  size_t size() const { return sources_.size(); }

  // The body of one worker thread: its own Extractor, then documents until none are left.
  void Work() {
    Extractor extractor(knowledge_);
    if (Status s = extractor.status(); !s.ok()) return Abort(s);
    for (size_t i = next_++; i < sources_.size() && !stop_; i = next_++) {
      Outcome outcome = ExtractOne(extractor, sources_[i]);
      std::lock_guard<std::mutex> lock(mu_);
      finished_.emplace(i, std::move(outcome));
      ++documents_done_;
      bytes_done_ += sources_[i].bytes;
      while (finished_.count(ready_) > 0) ++ready_;  // taken outcomes are all below ready_
      if (ready_ >= wake_at_) changed_.notify_all();
    }
  }

  // Waits for document i (redrawing `bar` meanwhile) and moves its outcome to `outcome`.
  // When it must wait, it waits for the next kBatch documents, so that workers wake the
  // taker once per batch rather than once per document. Error: the run was aborted.
  Status Take(size_t i, ProgressBar* bar, Outcome* outcome) {
    std::unique_lock<std::mutex> lock(mu_);
    if (finished_.count(i) == 0) wake_at_ = std::min(i + kBatch, sources_.size());
    while (ready_ < wake_at_ && failure_.ok()) {
      changed_.wait_for(lock, std::chrono::milliseconds(100));
      bar->Update(Snapshot());
    }
    if (!failure_.ok()) return failure_;
    auto taken = finished_.find(i);
    *outcome = std::move(taken->second);
    finished_.erase(taken);
    return Status::Ok();
  }

  // Workers stop after their current document.
  void Stop() { stop_ = true; }

 private:
  void Abort(const Status& s) {
    std::lock_guard<std::mutex> lock(mu_);
    if (failure_.ok()) failure_ = s;
    stop_ = true;
    changed_.notify_all();
  }

  Progress Snapshot() const {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
    return {documents_done_, sources_.size(), bytes_done_, total_bytes_, elapsed.count()};
  }

  const Knowledge& knowledge_;
  const std::vector<Source> sources_;
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  uint64_t total_bytes_ = 0;
  std::atomic<size_t> next_{0};
  std::atomic<bool> stop_{false};
  std::mutex mu_;
  std::condition_variable changed_;  // an outcome arrived or the run failed
  // The outcomes finished and not yet taken, by document index: only those finished ahead
  // of the taker, not one per document. Guarded by mu_.
  std::unordered_map<size_t, Outcome> finished_;
  static constexpr size_t kBatch = 16;
  size_t ready_ = 0;                 // documents [0, ready_) are finished; guarded by mu_
  size_t wake_at_ = 0;               // the taker waits until ready_ reaches it; guarded by mu_
  size_t documents_done_ = 0;        // guarded by mu_
  uint64_t bytes_done_ = 0;          // guarded by mu_
  Status failure_;                   // guarded by mu_
};

size_t ThreadCount(size_t requested, size_t documents) {
  const size_t cores = std::max<size_t>(1, std::thread::hardware_concurrency());
  return std::min(requested == 0 ? cores : requested, std::max<size_t>(1, documents));
}

// Takes every outcome in document order: skipped ones into the report, the rest to `sink`.
Status Drain(ExtractionRun& run, const ExtractionSink& sink, ProgressBar* bar, CorpusReport* report) {
  for (size_t i = 0; i < run.size(); ++i) {
    Outcome outcome;
    if (Status s = run.Take(i, bar, &outcome); !s.ok()) return s;
    if (!outcome.skipped.ok()) {
      report->skipped.push_back(std::move(outcome.skipped));
      continue;
    }
    ++report->documents_read;
    report->sentences += outcome.sentences;
    if (Status s = sink(std::move(outcome.extraction), outcome.sentences); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status ExtractCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, const CorpusOptions& options,
                     const ExtractionSink& sink, CorpusReport* report) {
  ExtractionRun run(knowledge, ListSources(paths, report));
  std::vector<std::thread> workers;
  for (size_t t = ThreadCount(options.threads, run.size()); t > 0; --t) workers.emplace_back([&run] { run.Work(); });
  ProgressBar bar(&std::cerr, options.progress);
  const Status status = Drain(run, sink, &bar, report);
  run.Stop();
  for (std::thread& worker : workers) worker.join();
  // The workers' caches were freed into their malloc arenas: give those pages back before
  // the caller builds the graph, when memory peaks.
  malloc_trim(0);
  bar.Finish();
  return status;
}

Status BuildCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, const CorpusOptions& options,
                   CorpusReport* report, KnowledgeGraph* graph) {
  GraphResolver resolver;
  auto resolve = [&resolver](DocumentExtraction&& extraction, size_t) {
    resolver.Add(std::move(extraction));
    return Status::Ok();
  };
  if (Status s = ExtractCorpus(knowledge, paths, options, resolve, report); !s.ok()) return s;
  *graph = resolver.Finish();
  return Status::Ok();
}

std::string CorpusSummaryText(const CorpusReport& report) {
  return "documents: " + std::to_string(report.documents_read) + " read, " + std::to_string(report.skipped.size()) +
         " skipped\nsentences: " + std::to_string(report.sentences) + "\n";
}

std::string SummaryText(const KnowledgeGraph& graph, const CorpusReport& report) {
  std::array<size_t, kEntityTypeCount> entities{};
  std::array<size_t, kRelationTypeCount> relations{};
  for (NodeId id = 0; id < graph.node_count(); ++id) ++entities[static_cast<size_t>(graph.entity(id).type)];
  for (const EdgeRef& e : graph.Edges()) ++relations[static_cast<size_t>(e.relation->type)];
  std::ostringstream out;
  out << CorpusSummaryText(report) << "entities: " << graph.node_count();
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
