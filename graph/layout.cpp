#include "graph/layout.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/mersenne_twister.hpp>

#include <algorithm>
#include <limits>

namespace kg {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<boost::mt19937>;
constexpr double kSide = 1000.0;

// Scales positions into [0, kSide] on both axes, keeping the aspect ratio.
std::vector<Point> Normalise(const std::vector<Topology::point_type>& raw) {
  double min_x = std::numeric_limits<double>::max(), min_y = min_x, max_x = -min_x, max_y = -min_x;
  for (const auto& p : raw) {
    min_x = std::min(min_x, p[0]);
    max_x = std::max(max_x, p[0]);
    min_y = std::min(min_y, p[1]);
    max_y = std::max(max_y, p[1]);
  }
  const double span = std::max({max_x - min_x, max_y - min_y, 1e-9});
  std::vector<Point> out;
  out.reserve(raw.size());
  for (const auto& p : raw) out.push_back({(p[0] - min_x) / span * kSide, (p[1] - min_y) / span * kSide});
  return out;
}

}  // namespace

std::vector<Point> ComputeLayout(const KnowledgeGraph& graph) {
  const size_t n = graph.node_count();
  if (n == 0) return {};
  if (n == 1) return {Point{kSide / 2, kSide / 2}};
  Undirected g(n);
  for (const EdgeRef& e : graph.Edges()) boost::add_edge(e.source, e.target, g);
  boost::mt19937 gen(7);
  Topology topology(gen, kSide);
  std::vector<Topology::point_type> pos(n);
  auto pm = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, g));
  boost::random_graph_layout(g, pm, topology);
  boost::fruchterman_reingold_force_directed_layout(
      g, pm, topology, boost::cooling(boost::linear_cooling<double>(100, kSide / 10)));
  return Normalise(pos);
}

}  // namespace kg
