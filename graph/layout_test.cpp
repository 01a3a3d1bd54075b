#include "graph/layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "graph/test_graph.h"

namespace kg {
namespace {

double Distance(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

// `clusters` groups of `size` nodes; each group is a ring with one chord per node, and
// group i is joined to group i+1 by a single edge.
TestGraph Clusters(int clusters, int size) {
  TestGraph t;
  for (int c = 0; c < clusters; ++c) {
    for (int i = 0; i < size; ++i) t.Add("n" + std::to_string(c) + "_" + std::to_string(i), EntityType::kCompany);
  }
  for (int c = 0; c < clusters; ++c) {
    const NodeId base = static_cast<NodeId>(c * size);
    for (int i = 0; i < size; ++i) {
      t.Relate(base + i, RelationType::kCompetesWith, base + (i + 1) % size);
      t.Relate(base + i, RelationType::kCompetesWith, base + (i + size / 2) % size);
    }
    if (c + 1 < clusters) t.Relate(base, RelationType::kFundedBy, base + size);
  }
  return t;
}

TEST_CASE("layout of no node, one node, and positions inside the square") {
  TestGraph t;
  CHECK(ComputeLayout(t.graph).empty());
  t.Add("Solo", EntityType::kCompany);
  const std::vector<Point> one = ComputeLayout(t.graph);
  REQUIRE(one.size() == 1);
  CHECK(one[0].x == doctest::Approx(500));
  const TestGraph c = Clusters(4, 12);
  const std::vector<Point> pos = ComputeLayout(c.graph);
  REQUIRE(pos.size() == 48);
  for (const Point& p : pos) {
    CHECK((std::isfinite(p.x) && std::isfinite(p.y)));
    CHECK((p.x >= 0 && p.x <= 1000 && p.y >= 0 && p.y <= 1000));
  }
}

TEST_CASE("layout is deterministic and puts connected nodes close, apart from other clusters") {
  const TestGraph c = Clusters(5, 16);
  const std::vector<Point> pos = ComputeLayout(c.graph);
  const std::vector<Point> again = ComputeLayout(c.graph);
  for (size_t i = 0; i < pos.size(); ++i) CHECK((pos[i].x == again[i].x && pos[i].y == again[i].y));
  double within = 0, between = 0;
  int within_pairs = 0, between_pairs = 0;
  for (size_t a = 0; a < pos.size(); ++a) {
    for (size_t b = a + 1; b < pos.size(); ++b) {
      const bool same = a / 16 == b / 16;
      (same ? within : between) += Distance(pos[a], pos[b]);
      ++(same ? within_pairs : between_pairs);
    }
  }
  CHECK(within / within_pairs < 0.5 * (between / between_pairs));
}

TEST_CASE("layout keeps the leaves of a large star apart and lone nodes near the rest") {
  TestGraph t;
  const NodeId hub = t.Add("Hub", EntityType::kCountry);
  for (int i = 0; i < 600; ++i) t.Relate(t.Add("leaf" + std::to_string(i), EntityType::kCompany), RelationType::kBasedIn, hub);
  for (int i = 0; i < 50; ++i) t.Add("lone" + std::to_string(i), EntityType::kPerson);
  const std::vector<Point> pos = ComputeLayout(t.graph);
  double closest = 1e9;
  for (size_t a = 1; a <= 600; ++a) {
    for (size_t b = a + 1; b <= 600; ++b) closest = std::min(closest, Distance(pos[a], pos[b]));
  }
  CHECK(closest > 1.0);  // no two leaves drawn on top of each other (the square is 1000 wide)
  double leaf_radius = 0;
  for (size_t a = 1; a <= 600; ++a) leaf_radius = std::max(leaf_radius, Distance(pos[a], pos[hub]));
  for (size_t lone = 601; lone < pos.size(); ++lone) CHECK(Distance(pos[lone], pos[hub]) < 3 * leaf_radius);
}

}  // namespace
}  // namespace kg
