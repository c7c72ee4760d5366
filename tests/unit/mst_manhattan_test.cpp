// Unit tests of geometry/mst/manhattan.hpp against Kruskal on all pairs (oracle_delaunay.hpp).
#include "geometry/mst/manhattan.hpp"

#include "oracle_delaunay.hpp"

#include <gtest/gtest.h>
#include <cmath>
#include <cstdlib>
#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

std::string check(const PL& p) {
  const auto [w, e] = geo::manhattan_mst(p);
  const std::string s = oracle_delaunay::check_spanning_tree(int(p.size()), e);
  if (!s.empty()) return s;
  LL sum = 0;
  for (auto& x : e) sum += std::llabs(p[size_t(x[0])].x - p[size_t(x[1])].x) + std::llabs(p[size_t(x[0])].y - p[size_t(x[1])].y);
  if (sum != w) return "weight differs from the edges' sum";
  return oracle::Q(w) == oracle_delaunay::mst_weight_manhattan(p) ? "" : "not minimum";
}

TEST(ManhattanMst, Degenerate) {
  EXPECT_EQ(geo::manhattan_mst(PL{}).first, 0);
  EXPECT_TRUE(geo::manhattan_mst(PL{}).second.empty());
  EXPECT_TRUE(geo::manhattan_mst(PL{{1, 2}}).second.empty());
  const auto same = geo::manhattan_mst(PL{{4, 4}, {4, 4}, {4, 4}});
  EXPECT_EQ(same.first, 0);
  EXPECT_EQ(same.second.size(), 2u);
  EXPECT_EQ(check(PL{{4, 4}, {4, 4}, {4, 4}}), "");
}

TEST(ManhattanMst, KnownWeight) {
  // A plus sign: the centre joins each arm (weight 1 each), ties everywhere else.
  const PL p{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}};
  EXPECT_EQ(geo::manhattan_mst(p).first, 4);
  EXPECT_EQ(check(p), "");
  const PL diag{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {1, -1}, {2, -2}};  // octant boundaries
  EXPECT_EQ(geo::manhattan_mst(diag).first, 10);
  EXPECT_EQ(check(diag), "");
}

TEST(ManhattanMst, RandomGridsAndBounds) {
  std::mt19937_64 rng(33);
  for (int it = 0; it < 400; it++) {
    const int n = int(rng() % 50);
    PL p;
    const LL g = 1 + LL(rng() % 8), M = 1000000000;
    for (int i = 0; i < n; i++) {
      LL x = LL(rng() % g), y = LL(rng() % g);
      if (it % 4 == 1) y = x;          // a diagonal: every pair on an octant boundary
      if (it % 4 == 2) y = g - x;      // the other diagonal
      if (it % 4 == 3) x = x * (2 * M / g) - M, y = y * (2 * M / g) - M;  // the whole box
      p.push_back({x, y});
    }
    ASSERT_EQ(check(p), "") << "case " << it;
  }
}

TEST(ManhattanMst, Double) {
  const std::vector<Point<double>> p{{0.5, 0.25}, {1.5, 0.5}, {0.5, 2.5}, {-3.0, 1.0}};
  const auto [w, e] = geo::manhattan_mst(p);
  EXPECT_EQ(e.size(), 3u);
  EXPECT_DOUBLE_EQ(w, 1.25 + 2.25 + 4.25);  // a-b, a-c, a-d (a = the first point)
}

TEST(ManhattanMstDeathTest, RangeAndNaN) {
  EXPECT_DEATH(geo::manhattan_mst(PL{{0, 0}, {1, 1}, {0, -1000000001}}), "");
  EXPECT_DEATH(geo::manhattan_mst(std::vector<Point<double>>{{0, 0}, {std::nan(""), 1}}), "");
}

}  // namespace
