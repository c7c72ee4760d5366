// Unit tests of tangents.hpp, line_convex.hpp, minkowski.hpp, convex_intersection.hpp,
// layers.hpp and triangle_count.hpp: documented results and degenerate cases (tangents and
// line_convex: also polygons listed from a collinear vertex, one-point chords, asserted
// preconditions).
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_intersection.hpp"
#include "geometry/hull/layers.hpp"
#include "geometry/hull/line_convex.hpp"
#include "geometry/hull/minkowski.hpp"
#include "geometry/hull/point_in_convex.hpp"
#include "geometry/hull/tangents.hpp"
#include "geometry/hull/triangle_count.hpp"

#include "oracle_hull.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using D = geo::Point<double>;

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

TEST(HullLineConvex, ChordTouchEdgeMiss) {
  const V sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  auto c = geo::line_convex(sq, P{0, 1}, P{1, 1});  // horizontal chord y = 1
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (D{0, 1}));
  EXPECT_EQ(c[1], (D{4, 1}));
  c = geo::line_convex(sq, P{1, 1}, P{0, 1});  // reversed direction: reversed order
  EXPECT_EQ(c[0], (D{4, 1}));
  c = geo::line_convex(sq, P{9, 0}, P{8, 0});  // along the bottom edge
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (D{4, 0}));
  EXPECT_EQ(c[1], (D{0, 0}));
  EXPECT_EQ(geo::line_convex(sq, P{3, 5}, P{5, 3}), (std::vector<D>{{4, 4}}));  // x + y = 8: the corner
  EXPECT_TRUE(geo::line_convex(sq, P{5, 0}, P{5, 1}).empty());
  const long long B = 1000000000;  // nearly parallel to an edge, maximum coordinates
  const V big{{-B, -B}, {B, -B}, {B, B}, {-B, B}};
  c = geo::line_convex(big, P{-B, -B + 1}, P{B, -B + 2});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (D{-1e9, -1e9 + 1}));
  EXPECT_EQ(c[1], (D{1e9, -1e9 + 2}));
}

// The triangle (0,0) (2,0) (0,2) listed from (0,1), a vertex in the middle of its edge
// x = 0; edge 0 then points down the same line as the last edge.
TEST(HullLineConvex, CollinearStartVertex) {
  const V tri{{0, 1}, {0, 0}, {2, 0}, {0, 2}};
  EXPECT_EQ(geo::extreme_vertex(tri, P{0, 1}), 3);   // (0,2), highest
  EXPECT_EQ(geo::extreme_vertex(tri, P{-1, 1}), 3);
  EXPECT_EQ(geo::extreme_vertex(tri, P{1, 0}), 2);   // (2,0)
  EXPECT_EQ(geo::extreme_vertex(tri, P{0, -1}), 1);  // the edge y = 0: (0,0) first
  EXPECT_EQ(geo::extreme_vertex(tri, P{0, -1}, true), 2);
  EXPECT_EQ(geo::extreme_vertex(tri, P{-1, 0}), 3);  // the edge x = 0, (0,2) (0,1) (0,0)
  EXPECT_EQ(geo::extreme_vertex(tri, P{-1, 0}, true), 1);
  EXPECT_EQ(geo::line_convex(tri, P{-1, 1}, P{3, 1}), (std::vector<D>{{0, 1}, {1, 1}}));  // y = 1
  EXPECT_EQ(geo::line_convex(tri, P{0, -1}, P{0, 3}), (std::vector<D>{{0, 0}, {0, 2}}));  // along x = 0
  EXPECT_EQ(geo::line_convex(tri, P{0, 3}, P{0, -1}), (std::vector<D>{{0, 2}, {0, 0}}));
  EXPECT_EQ(geo::line_convex(tri, P{-1, 3}, P{1, 1}), (std::vector<D>{{0, 2}, {2, 0}}));  // the hypotenuse
  EXPECT_EQ(geo::line_convex(tri, P{-1, 2}, P{1, 0}), (std::vector<D>{{0, 1}, {1, 0}}));  // through poly[0]
  EXPECT_TRUE(geo::line_convex(tri, P{-1, 0}, P{0, -1}).empty());
  // The same shape at 1e9, where a chord through it came back empty: y = 1 crosses x = 0 at
  // (0, 1) and the hypotenuse x + y = B at (B - 1, 1).
  const long long B = 1000000000;
  const V big{{0, B / 2}, {0, 0}, {B, 0}, {0, B}};
  EXPECT_EQ(geo::line_convex(big, P{-B, 1}, P{B, 1}), (std::vector<D>{{0, 1}, {1e9 - 1, 1}}));
  EXPECT_EQ(geo::line_convex(big, P{B, 1}, P{-B, 1}), (std::vector<D>{{1e9 - 1, 1}, {0, 1}}));
  EXPECT_EQ(geo::extreme_vertex(big, P{-1, -1}), 1);
}

// A segment crossed at an interior point is one point, not that point twice; also floating,
// and a floating chord no longer than eps (a line across the tip of a thin triangle).
TEST(HullLineConvex, OnePointChords) {
  EXPECT_EQ(geo::line_convex(V{{0, 0}, {2, 0}}, P{1, -1}, P{1, 1}), (std::vector<D>{{1, 0}}));
  EXPECT_EQ(geo::line_convex(V{{0, 0}, {2, 0}}, P{0, -1}, P{2, 1}), (std::vector<D>{{1, 0}}));  // y = x - 1
  const auto c = geo::line_convex(std::vector<D>{{0, 0}, {1, 0}}, D{1.0 / 3, -1}, D{1.0 / 3, 1});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NEAR(c[0].x, 1.0 / 3, 1e-15);
  const std::vector<D> thin{{0, 0}, {1, 0}, {1, 1e-6}};  // at x = 5e-4 its height is 5e-10
  EXPECT_EQ(geo::line_convex(thin, D{5e-4, -1}, D{5e-4, 1}).size(), 1u);
  EXPECT_EQ(geo::line_convex(thin, D{0.5, -1}, D{0.5, 1}).size(), 2u);  // 5e-7 tall: two
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
// Clockwise, zero-area (n >= 3) and degenerate arguments are asserted in debug builds.
TEST(HullLineConvexDeathTest, PreconditionsAsserted) {
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}}, flat{{1, 0}, {0, 0}, {2, 0}}, sq{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const V cw_collinear{{0, 1}, {0, 2}, {2, 2}, {2, 0}, {0, 0}};
  for (const V& bad : {cw, flat, cw_collinear}) {
    EXPECT_DEATH(geo::extreme_vertex(bad, P{1, 0}), "");
    EXPECT_DEATH(geo::line_convex(bad, P{1, -1}, P{1, 3}), "");
    EXPECT_DEATH(geo::tangents(bad, P{5, 5}), "");
  }
  EXPECT_DEATH(geo::extreme_vertex(sq, P{0, 0}), "");           // dir == 0
  EXPECT_DEATH(geo::extreme_vertex(V{}, P{1, 0}), "");          // n == 0
  EXPECT_DEATH(geo::line_convex(sq, P{1, 1}, P{1, 1}), "");     // a == b
}
#endif

// extreme_vertex decides by cross_sign alone (no products in long long), so it is exact up
// to orient's 4e18: edge vectors of 8e18 and directions as long as the polygon's edges.
TEST(HullLineConvex, ExtremeVertexTo4e18) {
  for (const long long B : {2000000000LL, 4000000000000000000LL}) {
    const V tri{{-B, -B}, {B, -B}, {0, B}}, sq{{0, -B}, {B, -B}, {B, B}, {-B, B}, {-B, -B}};
    EXPECT_EQ(geo::extreme_vertex(tri, P{0, 1}), 2);
    EXPECT_EQ(geo::extreme_vertex(tri, P{0, -1}), 0);  // the edge y = -B: first, last
    EXPECT_EQ(geo::extreme_vertex(tri, P{0, -1}, true), 1);
    EXPECT_EQ(geo::extreme_vertex(tri, P{-B, -B}), 0);
    EXPECT_EQ(geo::extreme_vertex(tri, P{2 * B, B}), 1);  // perpendicular to edge 1: a tie
    EXPECT_EQ(geo::extreme_vertex(tri, P{2 * B, B}, true), 2);
    EXPECT_EQ(geo::extreme_vertex(sq, P{1, 0}), 1);  // listed from mid-edge
    EXPECT_EQ(geo::extreme_vertex(sq, P{1, 0}, true), 2);
    EXPECT_EQ(geo::extreme_vertex(sq, P{0, -1}), 4);
    EXPECT_EQ(geo::extreme_vertex(sq, P{0, -1}, true), 1);
  }
}

TEST(HullMinkowski, DegenerateInputs) {
  const V tri{{0, 0}, {2, 0}, {0, 2}};
  EXPECT_EQ(geo::minkowski(tri, V{{1, 1}}), (V{{1, 1}, {3, 1}, {1, 3}}));
  EXPECT_EQ(geo::minkowski(V{{0, 0}, {2, 0}}, V{{0, 0}, {0, 3}}), (V{{0, 0}, {2, 0}, {2, 3}, {0, 3}}));
  EXPECT_EQ(geo::minkowski(V{{0, 0}, {2, 0}}, V{{5, 0}, {6, 0}}), (V{{5, 0}, {8, 0}}));
  EXPECT_EQ(geo::minkowski(V{{0, 2}, {0, 0}, {2, 0}}, V{{1, 0}, {0, 0}}), (V{{0, 0}, {3, 0}, {1, 2}, {0, 2}}));
  EXPECT_TRUE(geo::minkowski(V{}, tri).empty());
}

// A Minkowski sum of polygons at the 1e9 bound reaches 2e9, past the 64-bit cross product's
// range; where_in_convex must take it (it used to abort on orient's range assert) and answer
// exactly, here against hand-checked answers and the support-function oracle.
TEST(HullMinkowski, SumAtTheBoundThroughWhereInConvex) {
  const long long B = 1000000000;
  const V sq{{-B, -B}, {B, -B}, {B, B}, {-B, B}}, tri{{-B, -B}, {B, B - 1}, {-B, B}};
  const V s = geo::minkowski(sq, tri);  // edges by angle: (2B,0) (2B,2B-1) (0,2B) (-2B,1) (-2B,0) (0,-4B)
  EXPECT_EQ(s, (V{{-2 * B, -2 * B}, {0, -2 * B}, {2 * B, -1}, {2 * B, 2 * B - 1}, {0, 2 * B}, {-2 * B, 2 * B}}));
  const std::vector<std::pair<P, geo::Where>> cases{
      {{0, 0}, geo::INSIDE},
      {{-2 * B, -2 * B}, geo::BOUNDARY},  // a vertex
      {{-2 * B, 0}, geo::BOUNDARY},       // on the left edge
      {{2 * B, 0}, geo::BOUNDARY},        // on the right edge
      {{2 * B, -2}, geo::OUTSIDE},        // below its lower end
      {{2 * B + 1, 0}, geo::OUTSIDE},
      {{B, -B}, geo::INSIDE},             // 0.35 units inside the edge (0,-2B) -> (2B,-1)
      {{B, -B - 1}, geo::OUTSIDE},        // 0.35 units outside it
      {{B, 2 * B - 1}, geo::INSIDE},      // against the edge (2B,2B-1) -> (0,2B)
      {{B, 2 * B}, geo::OUTSIDE},
      {{-2 * B, 2 * B + 1}, geo::OUTSIDE},
  };
  V qs;
  for (const auto& c : cases) qs.push_back(c.first);
  const std::vector<int> want = oracle_hull::minkowski_where(sq, tri, qs);
  for (std::size_t i = 0; i < cases.size(); i++) {
    EXPECT_EQ(want[i], static_cast<int>(cases[i].second)) << "oracle, case " << i;
    EXPECT_EQ(geo::where_in_convex(s, cases[i].first), cases[i].second) << "case " << i;
  }
  for (long long x = -2 * B - 1; x <= 2 * B + 1; x += B / 2 + 1)  // a coarse grid, with the oracle
    for (long long y = -2 * B - 1; y <= 2 * B + 1; y += B / 3 + 7) {
      const P q{x, y};
      EXPECT_EQ(static_cast<int>(geo::where_in_convex(s, q)), oracle_hull::minkowski_where(sq, tri, V{q})[0]) << x << " " << y;
    }
}

// The cases that the input checks below must let through, and the right answers for the
// counter-clockwise square (its clockwise copy is the death test below).
TEST(HullConvexOps, CounterClockwiseAndDegenerateInputsAccepted) {
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::minkowski(ccw, ccw), (V{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  EXPECT_EQ(geo::convex_intersection(ccw, ccw), (std::vector<D>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  const V with_collinear{{1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}};  // start on an edge
  EXPECT_EQ(geo::minkowski(with_collinear, V{{0, 0}}), (V{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}}));
  EXPECT_EQ(geo::convex_intersection(with_collinear, ccw).size(), 4u);
  const V line = geo::convex_hull<true>(V{{0, 0}, {2, 2}, {1, 1}});  // <true>'s collinear list
  EXPECT_EQ(geo::minkowski(line, V{{0, 0}, {1, 0}}), (V{{0, 0}, {1, 0}, {2, 1}, {3, 2}, {2, 2}}));  // (1,1) stays
  const std::vector<D> dsq{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  EXPECT_EQ(geo::minkowski(dsq, dsq).size(), 4u);
}

#ifndef NDEBUG
TEST(HullConvexOpsDeathTest, ClockwiseInputAsserts) {
  // A clockwise square silently gave an empty intersection and a non-convex Minkowski walk.
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}}, ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_DEATH(geo::convex_intersection(cw, ccw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::convex_intersection(ccw, cw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::minkowski(cw, ccw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::minkowski(ccw, cw), "not a ccw convex polygon");
  const V cw_collinear{{0, 1}, {0, 2}, {2, 2}, {2, 0}, {0, 0}};  // clockwise, collinear start
  EXPECT_DEATH(geo::minkowski(cw_collinear, ccw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::convex_intersection(cw_collinear, ccw), "not a ccw convex polygon");
  const std::vector<D> dcw{{0, 0}, {0, 1}, {1, 1}, {1, 0}}, dccw{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  EXPECT_DEATH(geo::minkowski(dcw, dccw), "not a ccw convex polygon");
  EXPECT_DEATH(geo::convex_intersection(dccw, dcw), "not a ccw convex polygon");
}
TEST(HullConvexOpsDeathTest, NonConvexInputAsserts) {
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const V dart{{0, 0}, {4, 0}, {1, 1}, {0, 4}};  // counter-clockwise, reflex at (1, 1)
  const V star{{0, 0}, {4, 0}, {1, 3}, {2, -2}, {3, 3}};  // every turn left, winds twice
  for (const V& bad : {dart, star}) {
    EXPECT_DEATH(geo::minkowski(bad, ccw), "not a ccw convex polygon");
    EXPECT_DEATH(geo::convex_intersection(ccw, bad), "not a ccw convex polygon");
  }
}
TEST(HullConvexOpsDeathTest, DegenerateOrOutOfRangeInputAsserts) {
  const long long B = 1000000000;
  const V ccw{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_DEATH(geo::convex_intersection(V{{0, 0}, {1, 1}, {2, 2}}, ccw), "not a ccw convex polygon");  // no area
  EXPECT_DEATH(geo::convex_intersection(V{{1, 1}, {1, 1}}, ccw), "not a ccw convex polygon");  // repeated
  const V big{{-B, -B}, {B + 1, -B}, {B, B}};
  EXPECT_DEATH(geo::convex_intersection(big, ccw), "not a ccw convex polygon in range");
  EXPECT_DEATH(geo::minkowski(ccw, big), "not a ccw convex polygon in range");
  EXPECT_DEATH(geo::minkowski(V{{2 * B, 0}}, ccw), "in range");  // a sum is not an input
  const std::vector<D> nan{{0, 0}, {1, 0}, {std::nan(""), 1}};
  EXPECT_DEATH(geo::minkowski(nan, nan), "");
  EXPECT_DEATH(geo::convex_intersection(nan, nan), "");
}
#endif

TEST(HullConvexIntersection, OverlapTouchContainDisjoint) {
  const V a{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_EQ(geo::convex_intersection(a, V{{2, -1}, {5, 2}, {2, 5}, {-1, 2}}),  // |x-2| + |y-2| <= 3
            (std::vector<D>{{1, 0}, {3, 0}, {4, 1}, {4, 3}, {3, 4}, {1, 4}, {0, 3}, {0, 1}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{2, -2}, {6, 2}, {2, 6}, {-2, 2}}),  // a inside, corners on it
            (std::vector<D>{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{1, 1}, {2, 1}, {1, 2}}), (std::vector<D>{{1, 1}, {2, 1}, {1, 2}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{4, 1}, {6, 1}, {6, 3}, {4, 3}}), (std::vector<D>{{4, 1}, {4, 3}}));
  EXPECT_EQ(geo::convex_intersection(a, V{{4, 4}, {5, 4}, {4, 5}}), (std::vector<D>{{4, 4}}));
  EXPECT_TRUE(geo::convex_intersection(a, V{{5, 5}, {6, 5}, {5, 6}}).empty());
}

// Floating: a vertex within eps (a distance) of the other polygon's edge line is on it, so
// squares eps/4 apart share an edge and squares 4 eps apart are disjoint; a square eps/4
// inside another keeps its own corners. Integral coordinates: crossings that are lattice
// points come back exactly.
TEST(HullConvexIntersection, FloatingEpsAndExactLatticeCrossings) {
  const double e = geo::eps<double>;
  const std::vector<D> a{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  auto square = [](double x0, double y0, double s) {
    return std::vector<D>{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}};
  };
  for (const auto& c : {geo::convex_intersection(a, square(1 + e / 4, 0, 1)),
                        geo::convex_intersection(square(1 + e / 4, 0, 1), a)}) {
    ASSERT_EQ(c.size(), 2u);  // the shared edge, lowest end first: each end from either square
    EXPECT_LE(dist(c[0], D{1, 0}), e / 2);
    EXPECT_LE(dist(c[1], D{1, 1}), e / 2);
  }
  EXPECT_TRUE(geo::convex_intersection(a, square(1 + 4 * e, 0, 1)).empty());
  EXPECT_EQ(geo::convex_intersection(a, square(1 + e / 4, 1 + e / 4, 1)).size(), 1u);  // corner touch
  EXPECT_EQ(geo::convex_intersection(a, square(-1, -1, 3)), a);
  // (0,0) (7,0) (0,7) against x + 3y >= 3: the crossings (3,0) and (0,1), exactly
  EXPECT_EQ(geo::convex_intersection(V{{0, 0}, {7, 0}, {0, 7}}, V{{3, 0}, {9, -2}, {9, 9}, {-9, 9}, {-9, 4}}),
            (std::vector<D>{{3, 0}, {7, 0}, {0, 7}, {0, 1}}));
}

TEST(HullLayers, GridAndCollinear) {
  V g;
  for (long long x = 0; x < 4; x++)
    for (long long y = 0; y < 4; y++) g.push_back({x, y});
  const std::vector<int> L = geo::convex_layers(g);
  for (std::size_t i = 0; i < g.size(); i++) {
    const bool border = g[i].x == 0 || g[i].x == 3 || g[i].y == 0 || g[i].y == 3;
    EXPECT_EQ(L[i], border ? 1 : 2);
  }
  EXPECT_EQ(geo::convex_layers(V{{0, 0}, {1, 1}, {2, 2}, {1, 1}}), (std::vector<int>{1, 1, 1, 1}));
  EXPECT_TRUE(geo::convex_layers(V{}).empty());
  EXPECT_EQ(geo::convex_layers(V{{0, 0}, {4, 0}, {0, 4}, {1, 1}, {1, 1}, {2, 1}}), (std::vector<int>{1, 1, 1, 2, 2, 2}));
}

TEST(HullTriangleCount, StrictInteriorOnly) {
  const V A{{0, 0}, {4, 0}, {0, 4}, {4, 4}};
  const V B{{1, 1}, {2, 2}, {3, 3}, {2, 0}, {0, 0}, {1, 2}, {1, 1}};
  const geo::TriangleCount<long long> tc(A, B);
  EXPECT_EQ(tc.count(0, 1, 2), 3);  // (1,1) twice and (1,2); (2,2) is on the hypotenuse
  EXPECT_EQ(tc.count(2, 1, 0), 3);  // any order
  EXPECT_EQ(tc.count(1, 2, 3), 1);  // (3,3)
  EXPECT_EQ(tc.count(0, 1, 3), 0);  // (1,1) and (2,2), (3,3) on the diagonal
  EXPECT_EQ(tc.count(0, 0, 1), 0);  // degenerate
}

}  // namespace
