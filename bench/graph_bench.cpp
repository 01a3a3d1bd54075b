// kg_bench: in-process timings of a saved graph for bench/run.sh (not a test): GraphML read
// and write, the layout alone, and depth-2 neighbourhood queries.
// Usage: kg_bench GRAPHML  -> "name value" lines on stdout.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/file_io.h"
#include "export/graphml.h"
#include "graph/layout.h"
#include "graph/query.h"

namespace kg {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

size_t Degree(const KnowledgeGraph& graph, NodeId id) {
  const IncidenceRange edges = graph.Incident(id);
  return static_cast<size_t>(edges.end() - edges.begin());
}

// Microseconds of one depth-2 Neighbours query from `id`, and how many neighbours it found.
double TimeQuery(const KnowledgeGraph& graph, NodeId id, size_t* found) {
  NeighbourQuery query;
  query.depth = 2;
  const Clock::time_point start = Clock::now();
  *found = Neighbours(graph, id, query).size();
  return SecondsSince(start) * 1e6;
}

// Depth-2 queries from every sampled node (at most ~2,000, evenly spread) and from the
// node with the most edges (the hub): percentiles, the slowest node and the hub's time.
void TimeNeighbours(const KnowledgeGraph& graph) {
  std::vector<double> micros;
  NodeId hub = 0, slowest = 0;
  size_t total = 0, found = 0;
  double worst = 0;
  const size_t step = std::max<size_t>(1, graph.node_count() / 2000);
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    if (Degree(graph, id) > Degree(graph, hub)) hub = id;
    if (id % step != 0) continue;
    micros.push_back(TimeQuery(graph, id, &found));
    total += found;
    if (micros.back() > worst) std::tie(worst, slowest) = std::make_pair(micros.back(), id);
  }
  std::sort(micros.begin(), micros.end());
  std::cout << "neighbours2_queries " << micros.size() << "\nneighbours2_mean_results " << total / micros.size()
            << "\nneighbours2_median_us " << micros[micros.size() / 2] << "\nneighbours2_p99_us "
            << micros[micros.size() * 99 / 100] << "\nneighbours2_max_us " << micros.back()
            << "\nneighbours2_slowest " << EntityLabel(graph, slowest) << "\n";
  const double hub_micros = TimeQuery(graph, hub, &found);
  std::cout << "neighbours2_hub_us " << hub_micros << "\nneighbours2_hub " << EntityLabel(graph, hub)
            << "\nneighbours2_hub_degree " << Degree(graph, hub) << "\nneighbours2_hub_results " << found << "\n";
}

// Wall and CPU time since construction. CPU time is what a phase cost even when other
// processes share the cores (this process runs one thread).
struct Timer {
  Clock::time_point wall = Clock::now();
  std::clock_t cpu = std::clock();
  // Prints "<name>_s <wall>" and "<name>_cpu_s <cpu>".
  void Print(const std::string& name) const {
    std::cout << name << "_s " << SecondsSince(wall) << "\n"
              << name << "_cpu_s " << static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC << "\n";
  }
};

int Run(const std::string& path) {
  std::string text;
  if (Status s = ReadFile(path, &text); !s.ok()) return std::cerr << s.ToString() << "\n", 1;
  std::istringstream in(text);
  KnowledgeGraph graph;
  const Timer read;
  if (Status s = ReadGraphml(path, in, &graph); !s.ok()) return std::cerr << s.ToString() << "\n", 1;
  read.Print("read");
  if (graph.node_count() == 0) return std::cerr << path << ": the graph has no nodes\n", 1;
  std::cout << "graphml_bytes " << text.size() << "\nnodes " << graph.node_count() << "\nedges "
            << graph.edge_count() << "\n";
  const Timer layout;
  const std::vector<Point> points = ComputeLayout(graph);
  layout.Print("layout");
  std::cout << "layout_points " << points.size() << "\n";
  // Written to a file beside the input, as `kgraph export` does (a string growing to the
  // file's size would time the memory it faults in rather than the writer).
  const std::string written = path + ".kg_bench_write";
  std::ofstream out(written, std::ios::binary | std::ios::trunc);
  const Timer write;
  if (Status s = WriteGraphml(graph, points, out); !s.ok()) return std::cerr << s.ToString() << "\n", 1;
  out.close();
  write.Print("write");
  if (!out) return std::cerr << written << ": write failed\n", 1;
  std::cout << "written_bytes " << std::filesystem::file_size(written) << "\n";
  std::filesystem::remove(written);
  const Timer index;  // built once, on the first query after loading
  graph.NameRank(0);
  index.Print("query_index");
  TimeNeighbours(graph);
  return 0;
}

}  // namespace
}  // namespace kg

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: kg_bench GRAPHML\n";
    return 2;
  }
  return kg::Run(argv[1]);
}
