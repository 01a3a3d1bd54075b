// Fuzz target: arbitrary bytes taken the way `kgraph build` takes a file (the UTF-8 and
// binary checks first), extracted, resolved into a graph, written as GraphML and read back.
#include <sstream>
#include <string>

#include "base/file_io.h"
#include "export/graphml.h"
#include "extract/extractor.h"
#include "fuzz/fuzz_target.h"
#include "graph/resolve.h"

namespace {

const kg::Knowledge& BuiltinKnowledge() {
  static const kg::Knowledge* knowledge = [] {
    auto* k = new kg::Knowledge;
    kg::FuzzCheck(kg::LoadKnowledge(kg::BuiltinDataFiles(), k).ok(), "built-in data files load");
    return k;
  }();
  return *knowledge;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kg::Extractor extractor(BuiltinKnowledge());
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!kg::CheckTextDocument("fuzz.txt", &text).ok()) return 0;
  kg::GraphResolver resolver;
  resolver.Add(extractor.Extract("fuzz.txt", text));
  const kg::KnowledgeGraph graph = resolver.Finish();
  // Whatever names came out, the saved graph loads back whole.
  std::stringstream file;
  kg::FuzzCheck(kg::WriteGraphml(graph, file).ok(), "GraphML written");
  kg::KnowledgeGraph loaded;
  kg::FuzzCheck(kg::ReadGraphml("fuzz.graphml", file, &loaded).ok(), "written GraphML reads back");
  kg::FuzzCheck(loaded.node_count() == graph.node_count() && loaded.edge_count() == graph.edge_count(),
                "GraphML keeps every node and edge");
  return 0;
}
