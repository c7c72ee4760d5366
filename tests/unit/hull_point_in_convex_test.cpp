// Unit tests of geometry/hull/point_in_convex.hpp on convex_hull's outputs: strict and
// <true> (collinear vertices, also on the first and last edges at poly[0]), degenerate
// hulls (empty, a point, a segment, <true>'s collinear list), rays through poly[0].
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/point_in_convex.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using geo::BOUNDARY;
using geo::INSIDE;
using geo::OUTSIDE;
using geo::where_in_convex;
using P = geo::Point<long long>;
using V = std::vector<P>;

TEST(HullPointInConvex, SquareStrictAndWithEdgePoints) {
  V pts;
  for (long long x = 0; x <= 4; x += 2)
    for (long long y = 0; y <= 4; y += 2) pts.push_back({x, y});
  for (const V& h : {geo::convex_hull(pts), geo::convex_hull<true>(pts)}) {
    EXPECT_EQ(where_in_convex(h, P{1, 1}), INSIDE);
    EXPECT_EQ(where_in_convex(h, P{0, 0}), BOUNDARY);
    EXPECT_EQ(where_in_convex(h, P{0, 3}), BOUNDARY);  // last edge (back to poly[0])
    EXPECT_EQ(where_in_convex(h, P{3, 0}), BOUNDARY);  // first edge
    EXPECT_EQ(where_in_convex(h, P{4, 1}), BOUNDARY);
    EXPECT_EQ(where_in_convex(h, P{0, 5}), OUTSIDE);   // on the last edge's line, beyond
    EXPECT_EQ(where_in_convex(h, P{5, 0}), OUTSIDE);   // on the first edge's line, beyond
    EXPECT_EQ(where_in_convex(h, P{0, -1}), OUTSIDE);  // behind poly[0]
    EXPECT_EQ(where_in_convex(h, P{-1, 0}), OUTSIDE);
    EXPECT_EQ(where_in_convex(h, P{5, 5}), OUTSIDE);   // on the diagonal ray, beyond
    EXPECT_EQ(where_in_convex(h, P{4, 4}), BOUNDARY);
    EXPECT_EQ(where_in_convex(h, P{3, 3}), INSIDE);
  }
}

TEST(HullPointInConvex, DegenerateHulls) {
  EXPECT_EQ(where_in_convex(V{}, P{0, 0}), OUTSIDE);
  EXPECT_EQ(where_in_convex(V{{1, 2}}, P{1, 2}), BOUNDARY);
  EXPECT_EQ(where_in_convex(V{{1, 2}}, P{1, 3}), OUTSIDE);
  const V line{{0, 0}, {2, 2}, {1, 1}, {3, 3}};
  for (const V& h : {geo::convex_hull(line), geo::convex_hull<true>(line)}) {
    EXPECT_EQ(where_in_convex(h, P{0, 0}), BOUNDARY);
    EXPECT_EQ(where_in_convex(h, P{3, 3}), BOUNDARY);
    EXPECT_EQ(where_in_convex(h, P{2, 2}), BOUNDARY);
    EXPECT_EQ(where_in_convex(h, P{4, 4}), OUTSIDE);
    EXPECT_EQ(where_in_convex(h, P{-1, -1}), OUTSIDE);
    EXPECT_EQ(where_in_convex(h, P{1, 2}), OUTSIDE);
  }
}

TEST(HullPointInConvex, MaximumCoordinates) {
  const long long B = 1000000000;
  const V h = geo::convex_hull(V{{-B, -B}, {B, -B}, {B, B}, {-B, B}});
  EXPECT_EQ(where_in_convex(h, P{B, B - 1}), BOUNDARY);
  EXPECT_EQ(where_in_convex(h, P{B - 1, B - 1}), INSIDE);
  const V tri = geo::convex_hull(V{{-B, -B}, {B, B - 1}, {B - 1, B}});  // a needle
  EXPECT_EQ(where_in_convex(tri, P{0, 0}), INSIDE);
  EXPECT_EQ(where_in_convex(tri, P{1, 0}), OUTSIDE);
}

TEST(HullPointInConvex, FloatingEpsIsADistance) {
  using D = geo::Point<double>;
  const std::vector<D> h{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  const double e = geo::eps<double>;
  EXPECT_EQ(where_in_convex(h, D{0.5, e / 4}), BOUNDARY);
  EXPECT_EQ(where_in_convex(h, D{0.5, -e / 4}), BOUNDARY);
  EXPECT_EQ(where_in_convex(h, D{0.5, 4 * e}), INSIDE);
  EXPECT_EQ(where_in_convex(h, D{0.5, -4 * e}), OUTSIDE);
  EXPECT_EQ(where_in_convex(std::vector<D>{{0.5, 0.5}}, D{0.5, 0.5 + e / 4}), BOUNDARY);
}

}  // namespace
