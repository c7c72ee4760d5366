// Unit tests of geometry/hull/layers_fast.hpp's own parts (the shared contract with
// convex_layers is tested for both variants in hull_layers_test.cpp and
// hull_point_sets_prop.cpp): the bridge tree on inputs larger than the hand-checked ones,
// against the short convex_layers: every node split through a vertical column, dense small
// grids (x ties, collinear runs, copies) past a power of two, many layers of four points
// (most bridges recomputed every round), and floating input giving the same layers.
#include "geometry/hull/layers.hpp"
#include "geometry/hull/layers_fast.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace {
using V = std::vector<geo::Point<long long>>;
}  // namespace

TEST(HullLayersFast, ColumnAcrossEveryNodeSplit) {
  for (int before = 0; before < 17; before++) {  // shifts the column across the leaves
    V p;
    for (long long i = 0; i < before; i++) p.push_back({-5 - i % 3, i % 7});
    for (long long y = 0; y < 9; y++) p.push_back({0, y});
    p.push_back({3, 4});
    EXPECT_EQ(geo::convex_layers_fast(p), geo::convex_layers(p)) << before;
  }
}

TEST(HullLayersFast, DenseGridsAndCopies) {
  std::mt19937 rng(7);
  for (int n : {63, 64, 65, 500, 1025, 3000})
    for (int k : {3, 8, 40}) {
      std::uniform_int_distribution<long long> u(-k, k);
      V p;
      for (int i = 0; i < n; i++) p.push_back({u(rng), u(rng)});
      EXPECT_EQ(geo::convex_layers_fast(p), geo::convex_layers(p)) << n << ' ' << k;
    }
}

TEST(HullLayersFast, ManyLayersOfFourPoints) {
  V p;
  for (long long r = 1; r <= 600; r++) p.insert(p.end(), {{r, 0}, {0, r}, {-r, 0}, {0, -r}});
  const std::vector<int> got = geo::convex_layers_fast(p);
  for (std::size_t i = 0; i < p.size(); i++) ASSERT_EQ(got[i], 601 - static_cast<int>(i / 4 + 1)) << i;
  EXPECT_EQ(got, geo::convex_layers(p));
}

TEST(HullLayersFast, DoubleGivesTheSameLayers) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<long long> u(0, 1000);
  V p;
  std::vector<geo::Point<double>> d;
  for (int i = 0; i < 2000; i++) {
    p.push_back({u(rng), u(rng)});
    d.push_back({static_cast<double>(p.back().x), static_cast<double>(p.back().y)});
  }
  EXPECT_EQ(geo::convex_layers_fast(d), geo::convex_layers(p));
  EXPECT_EQ(geo::convex_layers(d), geo::convex_layers(p));
}
