// hull/diameter.hpp: diameter indices on convex_hull's outputs (strict and <true>:
// collinear vertices, parallel edges), degenerate hulls, maximum coordinates (squared
// distance 8e18 in long long), doubles; a start at a collinear vertex.
#include "geometry/hull/diameter.hpp"
#include "geometry/hull/convex_hull.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

long long d2_of(const V& h, std::pair<int, int> ij) {
  return dist2(h[static_cast<std::size_t>(ij.first)], h[static_cast<std::size_t>(ij.second)]);
}

TEST(HullDiameter, RectangleWithCollinearPoints) {
  V pts;
  for (long long x = 0; x <= 6; x++) pts.push_back({x, 0}), pts.push_back({x, 2});
  for (const V& h : {geo::convex_hull(pts), geo::convex_hull<true>(pts)}) {
    EXPECT_EQ(d2_of(h, geo::diameter(h)), 40);
  }
}

// The 6 x 2 rectangle listed from (3,0), the middle of its bottom edge, with (1,2) on the top
// edge: diameter 6^2 + 2^2 = 40 (a diagonal), width 2 (the bottom edge's height).
TEST(HullDiameter, CollinearStartVertex) {
  const V h{{3, 0}, {6, 0}, {6, 2}, {1, 2}, {0, 2}, {0, 0}};
  EXPECT_EQ(d2_of(h, geo::diameter(h)), 40);
}

TEST(HullDiameter, Degenerate) {
  EXPECT_EQ(geo::diameter(V{}), std::make_pair(0, 0));
  EXPECT_EQ(geo::diameter(V{{5, 5}}), std::make_pair(0, 0));
  const V seg{{0, 0}, {3, 4}};
  EXPECT_EQ(d2_of(seg, geo::diameter(seg)), 25);
  const V line = geo::convex_hull<true>(V{{0, 0}, {1, 1}, {2, 2}, {5, 5}});  // walked once
  EXPECT_EQ(d2_of(line, geo::diameter(line)), 50);
}

TEST(HullDiameter, TriangleLongestSide) {
  const V h = geo::convex_hull(V{{0, 0}, {10, 0}, {0, 1}});
  EXPECT_EQ(d2_of(h, geo::diameter(h)), 101);
}

TEST(HullDiameter, MaximumCoordinates) {
  const long long B = 1000000000;
  const V h = geo::convex_hull(V{{-B, -B}, {B, B}, {B, -B}, {-B, B}, {0, B}});
  EXPECT_EQ(d2_of(h, geo::diameter(h)), 8000000000000000000LL);
}

TEST(HullDiameter, RegularPolygonDoubles) {
  std::vector<geo::Point<double>> h;
  for (int k = 0; k < 12; k++) h.push_back({std::cos(k * M_PI / 6), std::sin(k * M_PI / 6)});
  const auto ij = geo::diameter(h);
  EXPECT_NEAR(dist(h[static_cast<std::size_t>(ij.first)], h[static_cast<std::size_t>(ij.second)]), 2.0, 1e-12);
}

}  // namespace
