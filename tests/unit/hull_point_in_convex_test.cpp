// hull/point_in_convex.hpp on convex_hull's outputs: strict and <true> (collinear
// vertices, also on the first and last edges at poly[0]), degenerate hulls (empty, a point,
// a segment, <true>'s collinear list), rays through poly[0]; polygons starting at a
// collinear vertex (also mid-run); 2e9 and 4e18 coordinates; the debug assertions on
// clockwise and zero-area input; other containers.
#include "geometry/hull/point_in_convex.hpp"
#include "geometry/hull/convex_hull.hpp"

#include <gtest/gtest.h>

#include <array>
#include <deque>
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

// The triangle (0,0) (4,0) (0,4) listed from (0,2), a vertex in the middle of the edge x = 0:
// the fan at poly[0] would be degenerate, and poly[0], poly[1], poly[n-1] are collinear
// without the polygon being a segment.
TEST(HullPointInConvex, CollinearStartVertex) {
  const V tri{{0, 2}, {0, 0}, {4, 0}, {0, 4}};
  EXPECT_EQ(where_in_convex(tri, P{1, 1}), INSIDE);
  EXPECT_EQ(where_in_convex(tri, P{0, 2}), BOUNDARY);
  EXPECT_EQ(where_in_convex(tri, P{0, 1}), BOUNDARY);
  EXPECT_EQ(where_in_convex(tri, P{0, 3}), BOUNDARY);
  EXPECT_EQ(where_in_convex(tri, P{2, 2}), BOUNDARY);  // on the hypotenuse x + y = 4
  EXPECT_EQ(where_in_convex(tri, P{3, 3}), OUTSIDE);
  EXPECT_EQ(where_in_convex(tri, P{0, 5}), OUTSIDE);   // on the line x = 0, beyond each end
  EXPECT_EQ(where_in_convex(tri, P{0, -1}), OUTSIDE);
  EXPECT_EQ(where_in_convex(tri, P{-1, 2}), OUTSIDE);
  // The triangle (5,-4) (5,-1) (-4,-2) with (5,-3) and (5,-2) on its edge x = 5, listed
  // from (5,-2): collinear vertices both before and after poly[0].
  const V mid_run{{5, -2}, {5, -1}, {-4, -2}, {5, -4}, {5, -3}};
  EXPECT_EQ(where_in_convex(mid_run, P{4, -2}), INSIDE);
  EXPECT_EQ(where_in_convex(mid_run, P{5, -4}), BOUNDARY);
  EXPECT_EQ(where_in_convex(mid_run, P{5, 0}), OUTSIDE);
  EXPECT_EQ(where_in_convex(mid_run, P{5, 1}), OUTSIDE);
  EXPECT_EQ(where_in_convex(mid_run, P{5, -5}), OUTSIDE);
  EXPECT_EQ(where_in_convex(mid_run, P{6, -2}), OUTSIDE);
}

// A Minkowski sum of two polygons at 1e9 reaches 2e9; orient is exact to 4e18, and so is
// where_in_convex (the n == 1 case compares, no squared distance).
TEST(HullPointInConvex, BeyondOneBillion) {
  for (const long long B : {2000000000LL - 1, 4000000000000000000LL - 1}) {
    const V sq{{0, -B}, {B, -B}, {B, B}, {-B, B}, {-B, -B}};  // starts mid-edge
    EXPECT_EQ(where_in_convex(sq, P{B - 1, B - 1}), INSIDE);
    EXPECT_EQ(where_in_convex(sq, P{B, 0}), BOUNDARY);
    EXPECT_EQ(where_in_convex(sq, P{-B, -B}), BOUNDARY);
    EXPECT_EQ(where_in_convex(sq, P{1, -B}), BOUNDARY);
    EXPECT_EQ(where_in_convex(sq, P{B, B + 1}), OUTSIDE);
    EXPECT_EQ(where_in_convex(sq, P{-B - 1, -B}), OUTSIDE);
    EXPECT_EQ(where_in_convex(V{{B, -B}}, P{B, -B}), BOUNDARY);
    EXPECT_EQ(where_in_convex(V{{B, -B}}, P{-B, B}), OUTSIDE);
    EXPECT_EQ(where_in_convex(V{{B, -B}, {-B, B}}, P{0, 0}), BOUNDARY);
    EXPECT_EQ(where_in_convex(V{{B, -B}, {-B, B}}, P{1, 0}), OUTSIDE);
  }
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
  EXPECT_EQ(where_in_convex(std::vector<D>{{0.5, 0.5}}, D{0.5, 0.5 + 4 * e}), OUTSIDE);
  // A segment: q may pass an end by eps, or lie within eps of its line.
  const std::vector<D> seg{{0, 0}, {1, 0}};
  EXPECT_EQ(where_in_convex(seg, D{1 + e / 4, 0}), BOUNDARY);
  EXPECT_EQ(where_in_convex(seg, D{-e / 4, 0}), BOUNDARY);
  EXPECT_EQ(where_in_convex(seg, D{0.5, e / 4}), BOUNDARY);
  EXPECT_EQ(where_in_convex(seg, D{1 + 4 * e, 0}), OUTSIDE);
  EXPECT_EQ(where_in_convex(seg, D{-4 * e, 0}), OUTSIDE);
  EXPECT_EQ(where_in_convex(seg, D{0.5, 4 * e}), OUTSIDE);
}

// Every start of a polygon with collinear runs, in a std::vector, a std::deque and a std::array.
TEST(HullPointInConvex, EveryStartAnyContainer) {
  const V base{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 3}, {0, 3}, {0, 2}, {0, 1}};
  for (std::size_t r = 0; r < base.size(); r++) {
    V h(base.begin() + static_cast<long>(r), base.end());
    h.insert(h.end(), base.begin(), base.begin() + static_cast<long>(r));
    const std::deque<P> d(h.begin(), h.end());
    EXPECT_EQ(where_in_convex(d, P{3, 1}), BOUNDARY);
    EXPECT_EQ(where_in_convex(d, P{1, 1}), INSIDE);
    EXPECT_EQ(where_in_convex(d, P{4, 1}), OUTSIDE);
  }
  const std::array<P, 3> tri{{{0, 0}, {2, 0}, {0, 2}}};
  EXPECT_EQ(where_in_convex(tri, P{1, 1}), BOUNDARY);
}

using HullPointInConvexDeathTest = ::testing::Test;

TEST(HullPointInConvexDeathTest, ClockwiseOrZeroAreaPolygon) {
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}};
  EXPECT_DEATH(where_in_convex(cw, P{1, 1}), "");
  EXPECT_DEATH(where_in_convex(V{{0, 2}, {0, 4}, {4, 0}, {0, 0}}, P{1, 1}), "");  // clockwise, collinear start
  EXPECT_DEATH(where_in_convex(V{{1, 0}, {0, 0}, {2, 0}}, P{1, 0}), "");  // zero area, not a list
}

}  // namespace
