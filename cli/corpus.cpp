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
  size_t worker = 0;  // the worker that made it, and frees it (see ExtractionRun::Release)
};

// Extracts one document; a file is read into `text`, which keeps its capacity for the next.
Outcome ExtractOne(Extractor& extractor, const Source& source, std::string* text) {
  Outcome outcome;
  std::string_view view = source.bundled;
  if (source.is_file) {
    outcome.skipped = ReadTextDocument(source.name, text);
    if (!outcome.skipped.ok()) return outcome;
    view = *text;
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
  ExtractionRun(const Knowledge& knowledge, std::vector<Source> sources, size_t workers)
      : knowledge_(knowledge), sources_(std::move(sources)), released_(workers) {
    for (const Source& s : sources_) total_bytes_ += s.bytes;
  }

  size_t size() const { return sources_.size(); }

  // The body of one worker thread: its own Extractor, then documents until none are left.
  void Work(size_t worker) {
    Extractor extractor(knowledge_);
    if (Status s = extractor.status(); !s.ok()) return Abort(s);
    std::vector<Outcome> used;  // outcomes taken and released, freed here (see Release)
    std::string text;
    for (size_t i = next_++; i < sources_.size() && !stop_; i = next_++) {
      used.clear();
      Outcome outcome = ExtractOne(extractor, sources_[i], &text);
      outcome.worker = worker;
      bool wake = false;
      {
        std::lock_guard<std::mutex> lock(mu_);
        finished_.emplace(i, std::move(outcome));
        ++documents_done_;
        bytes_done_ += sources_[i].bytes;
        while (finished_.count(ready_) > 0) ++ready_;  // taken outcomes are all below ready_
        wake = ready_ >= wake_at_;
        used.swap(released_[worker]);
      }
      if (wake) changed_.notify_all();  // unlocked, so that the taker need not wait for mu_
    }
  }

  // Waits for document `first` (redrawing `bar` meanwhile) and moves the outcomes of it and
  // of the documents after it that are finished, in order, to `batch`. When it must wait, it
  // waits for the next kBatch documents, so that workers wake the taker once per batch
  // rather than once per document. Error: the run was aborted.
  Status Take(size_t first, ProgressBar* bar, std::vector<Outcome>* batch) {
    std::unique_lock<std::mutex> lock(mu_);
    if (ready_ <= first) wake_at_ = std::min(first + kBatch, sources_.size());
    while (ready_ <= first && failure_.ok()) {
      changed_.wait_for(lock, std::chrono::milliseconds(100));
      bar->Update(Snapshot());
    }
    if (!failure_.ok()) return failure_;
    for (size_t i = first; i < ready_; ++i) {
      auto taken = finished_.find(i);
      batch->push_back(std::move(taken->second));
      finished_.erase(taken);
    }
    return Status::Ok();
  }

  // Gives taken outcomes back to the workers that made them, to be freed on their threads:
  // their memory came from those threads' malloc arenas, and freeing it on the taker's
  // thread would contend with the workers for the arenas' locks.
  void Release(std::vector<Outcome>* batch) {
    std::lock_guard<std::mutex> lock(mu_);
    for (Outcome& outcome : *batch) released_[outcome.worker].push_back(std::move(outcome));
    batch->clear();
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
  std::vector<std::vector<Outcome>> released_;  // by worker; guarded by mu_
};

size_t ThreadCount(size_t requested, size_t documents) {
  const size_t cores = std::max<size_t>(1, std::thread::hardware_concurrency());
  return std::min(requested == 0 ? cores : requested, std::max<size_t>(1, documents));
}

// Takes every outcome in document order: skipped ones into the report, the rest to `sink`.
Status Drain(ExtractionRun& run, const ExtractionSink& sink, ProgressBar* bar, CorpusReport* report) {
  std::vector<Outcome> batch;
  for (size_t next = 0; next < run.size(); run.Release(&batch)) {
    if (Status s = run.Take(next, bar, &batch); !s.ok()) return s;
    next += batch.size();
    for (Outcome& outcome : batch) {
      if (!outcome.skipped.ok()) {
        report->skipped.push_back(std::move(outcome.skipped));
        continue;
      }
      ++report->documents_read;
      report->sentences += outcome.sentences;
      if (Status s = sink(outcome.extraction, outcome.sentences); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace

Status ExtractCorpus(const Knowledge& knowledge, const std::vector<std::string>& paths, const CorpusOptions& options,
                     const ExtractionSink& sink, CorpusReport* report) {
  std::vector<Source> sources = ListSources(paths, report);
  const size_t threads = ThreadCount(options.threads, sources.size());
  ExtractionRun run(knowledge, std::move(sources), threads);
  std::vector<std::thread> workers;
  for (size_t t = 0; t < threads; ++t) workers.emplace_back([&run, t] { run.Work(t); });
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
  auto resolve = [&resolver](const DocumentExtraction& extraction, size_t) {
    resolver.Add(extraction);
    return Status::Ok();
  };
  if (Status s = ExtractCorpus(knowledge, paths, options, resolve, report); !s.ok()) return s;
  *graph = resolver.Finish(ThreadCount(options.threads, report->documents_read));
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
