#include "graph/layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace kg {
namespace {

constexpr double kSide = 1000.0;
constexpr double kTheta = 0.8;      // Barnes-Hut opening angle: cell size / distance
constexpr size_t kLeafSize = 8;     // bodies a quadtree leaf holds before it splits
constexpr int kMaxDepth = 32;       // deeper cells are leaves (coincident points)
constexpr double kGravity = 0.3;   // pull towards the centre, relative to an edge's

// A vector in the plane: positions and displacements.
struct Vec {
  double x = 0, y = 0;
};

// One cell of the quadtree: a square with the total mass and centre of mass of the bodies
// in it. Bodies are a range of the tree's permuted index array.
struct Cell {
  double cx = 0, cy = 0, half = 0;  // the square
  double mass = 0, mx = 0, my = 0;  // body count and centre of mass
  uint32_t begin = 0, end = 0;      // bodies, in QuadTree::order_
  int32_t child[4] = {-1, -1, -1, -1};
};

// A Barnes-Hut quadtree over the current positions, built top-down by partitioning the
// bodies into quadrants; one is built per iteration.
class QuadTree {
 public:
  explicit QuadTree(const std::vector<Vec>& pos) : pos_(pos), order_(pos.size()) {
    for (uint32_t i = 0; i < order_.size(); ++i) order_[i] = i;
    Vec lo{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    Vec hi{-lo.x, -lo.y};
    for (const Vec& p : pos) lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)}, hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    const double half = std::max({hi.x - lo.x, hi.y - lo.y, 1e-9}) / 2 * 1.0001;
    cells_.reserve(2 * pos.size() / kLeafSize + 16);
    Build((lo.x + hi.x) / 2, (lo.y + hi.y) / 2, half, 0, static_cast<uint32_t>(order_.size()), 0);
  }

  // Adds to `force` the repulsion k^2 / d of every other body on body `v`, with far cells
  // taken as one body at their centre of mass.
  void AddRepulsion(uint32_t v, double k2, Vec* force) const {
    uint32_t stack[4 * kMaxDepth + 8];
    size_t top = 0;
    stack[top++] = 0;
    const Vec p = pos_[v];
    while (top > 0) {
      const Cell& c = cells_[stack[--top]];
      const double dx = p.x - c.mx, dy = p.y - c.my, d2 = dx * dx + dy * dy;
      const bool leaf = c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0;
      if (!leaf && 4 * c.half * c.half < kTheta * kTheta * d2) {
        Push(dx, dy, d2, c.mass * k2, force);
      } else if (leaf) {
        for (uint32_t i = c.begin; i < c.end; ++i) {
          const uint32_t u = order_[i];
          if (u == v) continue;
          const double ex = p.x - pos_[u].x, ey = p.y - pos_[u].y;
          Push(ex, ey, ex * ex + ey * ey, k2, force);
        }
      } else {
        for (int32_t child : c.child) {
          if (child >= 0) stack[top++] = static_cast<uint32_t>(child);
        }
      }
    }
  }

 private:
  // A repulsive push of strength `weight / d` along (dx, dy); coincident bodies are pushed
  // apart along a fixed direction so the result stays deterministic.
  static void Push(double dx, double dy, double d2, double weight, Vec* force) {
    if (d2 < 1e-12) {
      force->x += weight * 1e-3;
      return;
    }
    const double scale = weight / d2;  // (weight / d) * (unit vector = delta / d)
    force->x += dx * scale;
    force->y += dy * scale;
  }

  uint32_t Build(double cx, double cy, double half, uint32_t begin, uint32_t end, int depth) {
    const uint32_t id = static_cast<uint32_t>(cells_.size());
    cells_.push_back({});
    Cell c;
    c.cx = cx, c.cy = cy, c.half = half, c.begin = begin, c.end = end, c.mass = end - begin;
    for (uint32_t i = begin; i < end; ++i) c.mx += pos_[order_[i]].x, c.my += pos_[order_[i]].y;
    c.mx /= c.mass, c.my /= c.mass;
    if (end - begin > kLeafSize && depth < kMaxDepth) SplitInto(&c, depth);
    cells_[id] = c;
    return id;
  }

  // Partitions the cell's bodies into quadrants (west/east, then south/north) and builds one
  // child per non-empty quadrant.
  void SplitInto(Cell* c, int depth) {
    auto first = order_.begin();
    const auto west = [&](uint32_t v) { return pos_[v].x < c->cx; };
    const auto south = [&](uint32_t v) { return pos_[v].y < c->cy; };
    const uint32_t mid = static_cast<uint32_t>(std::partition(first + c->begin, first + c->end, west) - first);
    const uint32_t bounds[5] = {
        c->begin, static_cast<uint32_t>(std::partition(first + c->begin, first + mid, south) - first), mid,
        static_cast<uint32_t>(std::partition(first + mid, first + c->end, south) - first), c->end};
    const double h = c->half / 2;
    const Vec centres[4] = {{c->cx - h, c->cy - h}, {c->cx - h, c->cy + h}, {c->cx + h, c->cy - h}, {c->cx + h, c->cy + h}};
    for (int q = 0; q < 4; ++q) {
      if (bounds[q] < bounds[q + 1]) c->child[q] = static_cast<int32_t>(Build(centres[q].x, centres[q].y, h, bounds[q], bounds[q + 1], depth + 1));
    }
  }

  const std::vector<Vec>& pos_;
  std::vector<uint32_t> order_;
  std::vector<Cell> cells_;
};

// 100 iterations up to 10,000 nodes, then fewer (at least 40), so large graphs stay fast.
int Iterations(size_t nodes) {
  return nodes <= 10000 ? 100 : std::max(40, static_cast<int>(1000000 / nodes));
}

std::vector<Vec> RandomPositions(size_t n) {
  std::mt19937 gen(7);
  std::uniform_real_distribution<double> coordinate(0, kSide);
  std::vector<Vec> pos(n);
  for (Vec& p : pos) p.x = coordinate(gen), p.y = coordinate(gen);
  return pos;
}

// One Fruchterman-Reingold step: repulsion k^2/d between all pairs (Barnes-Hut), attraction
// d^2/k along edges, a weak pull to the centre; each node moves at most `temperature`.
void Step(const std::vector<std::pair<uint32_t, uint32_t>>& edges, double k, double temperature, std::vector<Vec>* pos) {
  const size_t n = pos->size();
  std::vector<Vec> force(n);
  const QuadTree tree(*pos);
  for (uint32_t v = 0; v < n; ++v) tree.AddRepulsion(v, k * k, &force[v]);
  for (const auto& [a, b] : edges) {
    const double dx = (*pos)[a].x - (*pos)[b].x, dy = (*pos)[a].y - (*pos)[b].y;
    const double pull = std::sqrt(dx * dx + dy * dy) / k;  // (d^2 / k) / d
    force[a].x -= dx * pull, force[a].y -= dy * pull;
    force[b].x += dx * pull, force[b].y += dy * pull;
  }
  for (size_t v = 0; v < n; ++v) {
    Vec& p = (*pos)[v];
    const double gx = p.x - kSide / 2, gy = p.y - kSide / 2;
    const double pull = kGravity * std::sqrt(gx * gx + gy * gy) / k;
    const double fx = force[v].x - gx * pull, fy = force[v].y - gy * pull;
    const double length = std::sqrt(fx * fx + fy * fy);
    if (length < 1e-12) continue;
    const double move = std::min(length, temperature) / length;
    p.x += fx * move, p.y += fy * move;
  }
}

// Scales positions into [0, kSide] on both axes, keeping the aspect ratio.
std::vector<Point> Normalise(const std::vector<Vec>& raw) {
  double min_x = std::numeric_limits<double>::max(), min_y = min_x, max_x = -min_x, max_y = -min_x;
  for (const Vec& p : raw) {
    min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
  }
  const double span = std::max({max_x - min_x, max_y - min_y, 1e-9});
  std::vector<Point> out;
  out.reserve(raw.size());
  for (const Vec& p : raw) out.push_back({(p.x - min_x) / span * kSide, (p.y - min_y) / span * kSide});
  return out;
}

}  // namespace

std::vector<Point> ComputeLayout(const KnowledgeGraph& graph) {
  const size_t n = graph.node_count();
  if (n == 0) return {};
  if (n == 1) return {Point{kSide / 2, kSide / 2}};
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  for (const EdgeRef& e : graph.Edges()) {
    if (e.source != e.target) edges.emplace_back(static_cast<uint32_t>(e.source), static_cast<uint32_t>(e.target));
  }
  std::vector<Vec> pos = RandomPositions(n);
  const double k = std::sqrt(kSide * kSide / static_cast<double>(n));
  const int iterations = Iterations(n);
  for (int i = 0; i < iterations; ++i) {
    const double temperature = kSide / 10 * (iterations - i) / iterations;  // linear cooling
    Step(edges, k, temperature, &pos);
  }
  return Normalise(pos);
}

}  // namespace kg
