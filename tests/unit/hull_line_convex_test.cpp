// hull/line_convex.hpp: extreme_vertex and line_convex on documented results and
// degenerate cases (polygons listed from a collinear vertex, one-point chords, 4e18
// edge vectors) and asserted preconditions.
#include "geometry/hull/line_convex.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using D = geo::Point<double>;

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

#ifndef NDEBUG
// Clockwise, zero-area (n >= 3) and degenerate arguments are asserted in debug builds.
TEST(HullLineConvexDeathTest, PreconditionsAsserted) {
  const V cw{{0, 0}, {0, 2}, {2, 2}, {2, 0}}, flat{{1, 0}, {0, 0}, {2, 0}}, sq{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const V cw_collinear{{0, 1}, {0, 2}, {2, 2}, {2, 0}, {0, 0}};
  for (const V& bad : {cw, flat, cw_collinear}) {
    EXPECT_DEATH(geo::extreme_vertex(bad, P{1, 0}), "");
    EXPECT_DEATH(geo::line_convex(bad, P{1, -1}, P{1, 3}), "");
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

}  // namespace
