#include "cli/corpus.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/jsonl.h"

namespace kg {
namespace {

const Knowledge& BuiltinKnowledge() {
  static const Knowledge knowledge = [] {
    Knowledge k;
    REQUIRE(LoadKnowledgeFiles({}, &k).ok());
    return k;
  }();
  return knowledge;
}

// The extractions of `paths` (none: the bundled seeds) as JSONL, in the order the sink saw them.
std::string ExtractAsJsonl(const std::vector<std::string>& paths, size_t threads, CorpusReport* report) {
  std::ostringstream out;
  auto sink = [&out](const DocumentExtraction& e, size_t sentences) { return WriteJsonlDocument(e, sentences, out); };
  CorpusOptions options;
  options.threads = threads;
  REQUIRE(ExtractCorpus(BuiltinKnowledge(), paths, options, sink, report).ok());
  return out.str();
}

// A scratch folder, removed at the end of the test.
struct ScratchDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() / ("kg_corpus_" + std::to_string(::getpid()));
  ScratchDir() { std::filesystem::create_directories(path); }
  ~ScratchDir() { std::filesystem::remove_all(path); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

TEST_CASE("extractions reach the sink in document-name order whatever the thread count") {
  CorpusReport one, three;
  const std::string sequential = ExtractAsJsonl({}, 1, &one);
  CHECK(ExtractAsJsonl({}, 3, &three) == sequential);
  CHECK(one.documents_read == 5);
  CHECK(three.sentences == one.sentences);
  CHECK(sequential.find("\"document\":\"000_") < sequential.find("\"document\":\"004_"));
}

TEST_CASE("a sink error stops the run and is returned") {
  size_t calls = 0;
  auto sink = [&calls](const DocumentExtraction&, size_t) {
    ++calls;
    return Status::IoError("disk full");
  };
  CorpusReport report;
  CorpusOptions options;
  options.threads = 2;
  const Status s = ExtractCorpus(BuiltinKnowledge(), {}, options, sink, &report);
  CHECK(s.message() == "disk full");
  CHECK(calls == 1);
}

TEST_CASE("unreadable documents are skipped in name order and the rest extracted") {
  ScratchDir dir;
  dir.Write("c.txt", "DeepSeek entwickelt das Modell R1.");
  const std::string empty = dir.Write("a.txt", "");
  const std::string binary = dir.Write("b.txt", std::string("x\0y", 3));
  CorpusReport report;
  const std::string jsonl = ExtractAsJsonl({dir.path.string(), (dir.path / "missing.txt").string()}, 2, &report);
  CHECK(report.documents_read == 1);
  REQUIRE(report.skipped.size() == 3);
  CHECK(report.skipped[0].message().find("missing.txt") != std::string::npos);
  CHECK(report.skipped[1].message().rfind(empty, 0) == 0);
  CHECK(report.skipped[2].message().rfind(binary, 0) == 0);
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 1);
}

}  // namespace
}  // namespace kg
