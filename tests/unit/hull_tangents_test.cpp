// hull/tangents.hpp: tangent vertices from an outside point, on squares and on polygons
// listed from a collinear vertex (points on the boundary are not outside), at 2e9 and
// 2e18; asserted preconditions.
#include "geometry/hull/tangents.hpp"
#include "geometry/hull/convex_hull.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

TEST(HullTangents, SquareAndCollinearTangentLines) {
  const V sq{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::tangents(sq, P{1, -3}), std::make_pair(1, 0));
  EXPECT_EQ(geo::tangents(sq, P{4, 4}), std::make_pair(3, 1));
  EXPECT_EQ(geo::tangents(sq, P{4, 0}), std::make_pair(2, 0));  // on edge 0's line: last / first
  EXPECT_EQ(geo::tangents(sq, P{1, 1}), std::make_pair(-1, -1));
  EXPECT_EQ(geo::tangents(sq, P{0, 1}), std::make_pair(-1, -1));
  const V with_edge_points = geo::convex_hull<true>(V{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 1}});
  const auto ab = geo::tangents(with_edge_points, P{0, -5});  // behind poly[0] on the last edge's line
  EXPECT_EQ(with_edge_points[static_cast<std::size_t>(ab.first)], (P{2, 0}));
  EXPECT_EQ(with_edge_points[static_cast<std::size_t>(ab.second)], (P{0, 2}));
}

// tangents on polygons listed from a collinear vertex: points on the boundary are not
// outside, and a point outside on the line of the collinear run gets its tangents.
TEST(HullTangents, CollinearStartVertex) {
  const V tri{{0, 1}, {0, 0}, {2, 0}, {0, 2}};
  EXPECT_EQ(geo::tangents(tri, P{0, 0}), std::make_pair(-1, -1));
  EXPECT_EQ(geo::tangents(tri, P{1, 1}), std::make_pair(-1, -1));
  EXPECT_EQ(geo::tangents(tri, P{0, 1}), std::make_pair(-1, -1));
  EXPECT_EQ(geo::tangents(tri, P{2, 2}), std::make_pair(3, 2));   // the hypotenuse's ends (0,2), (2,0)
  EXPECT_EQ(geo::tangents(tri, P{-1, 1}), std::make_pair(1, 3));  // left of x = 0: (0,0), (0,2)
  // The triangle (5,-4) (5,-1) (-4,-2) with (5,-3), (5,-2) on its edge x = 5, listed from
  // (5,-2). From (5,1) on that edge's line the polygon is left of the line to (-4,-2)
  // (index 2) and right of x = 5, whose first vertex counter-clockwise is (5,-4) (index 3).
  const V mid_run{{5, -2}, {5, -1}, {-4, -2}, {5, -4}, {5, -3}};
  EXPECT_EQ(geo::tangents(mid_run, P{5, 1}), std::make_pair(2, 3));
  EXPECT_EQ(geo::tangents(mid_run, P{5, -3}), std::make_pair(-1, -1));
  EXPECT_EQ(geo::tangents(mid_run, P{5, -6}), std::make_pair(1, 2));  // below: x = 5 up to (5,-1)
  // A square at 2e9 (a Minkowski sum's range) and at 2e18 (q at 4e18: orient's bound),
  // listed from the middle of its bottom edge.
  for (const long long B : {2000000000LL, 2000000000000000000LL}) {
    const V sq{{0, -B}, {B, -B}, {B, B}, {-B, B}, {-B, -B}};
    EXPECT_EQ(geo::tangents(sq, P{2 * B, 0}), std::make_pair(2, 1));
    EXPECT_EQ(geo::tangents(sq, P{0, -2 * B}), std::make_pair(1, 4));
    EXPECT_EQ(geo::tangents(sq, P{0, -B}), std::make_pair(-1, -1));
    EXPECT_EQ(geo::tangents(sq, P{B - 1, 1 - B}), std::make_pair(-1, -1));
  }
}

#ifndef NDEBUG
// Clockwise and zero-area (n >= 3) polygons are asserted in debug builds.
TEST(HullTangentsDeathTest, PreconditionsAsserted) {
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}}, flat{{1, 0}, {0, 0}, {2, 0}};
  const V cw_collinear{{0, 1}, {0, 2}, {2, 2}, {2, 0}, {0, 0}};
  for (const V& bad : {cw, flat, cw_collinear})
    EXPECT_DEATH(geo::tangents(bad, P{5, 5}), "");
}
#endif

}  // namespace
