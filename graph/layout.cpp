#include "graph/layout.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/mersenne_twister.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

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

// Repulsion only between nodes closer than 2k, found through a grid of 2k-sized cells, so
// an iteration costs O(n) instead of O(n^2). (Boost's own grid_force_pairs sizes its cells
// from the area instead of its square root, which puts every node into one cell.)
class GridForcePairs {
 public:
  GridForcePairs(const std::vector<Topology::point_type>& positions, double two_k)
      : positions_(positions), two_k_(two_k) {}

  template <typename Graph, typename ApplyForce>
  void operator()(const Graph&, ApplyForce apply_force) const {
    double min_x = std::numeric_limits<double>::max(), min_y = min_x;
    for (const auto& p : positions_) {
      min_x = std::min(min_x, p[0]);
      min_y = std::min(min_y, p[1]);
    }
    std::map<std::pair<long, long>, std::vector<size_t>> cells;
    for (size_t v = 0; v < positions_.size(); ++v) cells[Cell(positions_[v], min_x, min_y)].push_back(v);
    for (const auto& [cell, members] : cells) {
      for (long dx = -1; dx <= 1; ++dx) {
        for (long dy = -1; dy <= 1; ++dy) {
          auto other = cells.find({cell.first + dx, cell.second + dy});
          if (other == cells.end() || other->first < cell) continue;  // each pair of cells once
          RepelBetween(members, other->second, other->first == cell, apply_force);
        }
      }
    }
  }

 private:
  std::pair<long, long> Cell(const Topology::point_type& p, double min_x, double min_y) const {
    return {static_cast<long>((p[0] - min_x) / two_k_), static_cast<long>((p[1] - min_y) / two_k_)};
  }

  template <typename ApplyForce>
  void RepelBetween(const std::vector<size_t>& a, const std::vector<size_t>& b, bool same, ApplyForce& apply) const {
    for (size_t i = 0; i < a.size(); ++i) {
      for (size_t j = same ? i + 1 : 0; j < b.size(); ++j) {
        const double dx = positions_[a[i]][0] - positions_[b[j]][0], dy = positions_[a[i]][1] - positions_[b[j]][1];
        if (dx * dx + dy * dy > two_k_ * two_k_) continue;
        apply(a[i], b[j]);
        apply(b[j], a[i]);
      }
    }
  }

  const std::vector<Topology::point_type>& positions_;
  double two_k_;
};

// 100 iterations up to 1,000 nodes, then fewer (at least 25), so large graphs stay fast.
int Iterations(size_t nodes) {
  return nodes <= 1000 ? 100 : std::max(25, static_cast<int>(100000 / nodes));
}

}  // namespace

std::vector<Point> ComputeLayout(const KnowledgeGraph& graph) {
  const size_t n = graph.node_count();
  if (n == 0) return {};
  if (n == 1) return {Point{kSide / 2, kSide / 2}};
  // A hidden hub joined to every node acts as gravity: components and lone nodes stay
  // near the centre instead of being pushed to the edges of the square.
  Undirected g(n + 1);
  for (const EdgeRef& e : graph.Edges()) boost::add_edge(e.source, e.target, g);
  for (size_t v = 0; v < n; ++v) boost::add_edge(v, n, g);
  boost::mt19937 gen(7);
  Topology topology(gen, kSide);
  std::vector<Topology::point_type> pos(n + 1);
  auto pm = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, g));
  boost::random_graph_layout(g, pm, topology);
  const double two_k = 2.0 * std::sqrt(kSide * kSide / static_cast<double>(n));
  boost::fruchterman_reingold_force_directed_layout(
      g, pm, topology,
      boost::cooling(boost::linear_cooling<double>(Iterations(n), kSide / 10)).force_pairs(GridForcePairs(pos, two_k)));
  pos.pop_back();  // the hub
  return Normalise(pos);
}

}  // namespace kg
