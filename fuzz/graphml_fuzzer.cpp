// Fuzz target: arbitrary bytes as a --graph file (the GraphML reader); a graph it accepts
// must write out and read back with the same nodes and edges.
#include <sstream>
#include <string>

#include "export/graphml.h"
#include "fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kg::KnowledgeGraph graph;
  if (!kg::ReadGraphml("fuzz.graphml", in, &graph).ok()) return 0;
  std::stringstream file;
  kg::FuzzCheck(kg::WriteGraphml(graph, file).ok(), "GraphML written");
  kg::KnowledgeGraph loaded;
  kg::FuzzCheck(kg::ReadGraphml("again.graphml", file, &loaded).ok(), "written GraphML reads back");
  kg::FuzzCheck(loaded.node_count() == graph.node_count() && loaded.edge_count() == graph.edge_count(),
                "GraphML keeps every node and edge");
  return 0;
}
