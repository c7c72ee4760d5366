// Unit tests of geometry/polygon/cut.hpp: convex_cut.
#include "geometry/polygon/cut.hpp"
#include "geometry/polygon/area.hpp"

#include "oracle_polygon.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>
#include <boost/multiprecision/gmp.hpp>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = std::vector<Point<double>>;
using Q = oracle::Q;

TEST(PolygonCut, AojSample) {  // CGL_4_C
  const PL g{{1, 1}, {4, 1}, {4, 3}, {1, 3}};
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(g, {2, 0}, {2, 4})), 2.0);
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(g, {2, 4}, {2, 0})), 4.0);
}

TEST(PolygonCut, DegenerateInputs) {
  const PL sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_TRUE(geo::convex_cut(PL{}, {0, 0}, {1, 0}).empty());
  EXPECT_EQ(geo::convex_cut(PL{{1, 1}}, {0, 0}, {1, 0}).size(), 1u);   // left of the x axis
  EXPECT_TRUE(geo::convex_cut(PL{{1, -1}}, {0, 0}, {1, 0}).empty());
  EXPECT_EQ(geo::convex_cut(sq, {-1, -1}, {5, -1}).size(), 4u);       // wholly left
  EXPECT_TRUE(geo::convex_cut(sq, {5, -1}, {-1, -1}).empty());        // wholly right
  // touching at a vertex from the right: that vertex only, area 0
  const auto v = geo::convex_cut(sq, {5, 1}, {4, 0});  // x - y >= 4
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], Point<double>(4, 0));
  // the line along an edge: the whole square on one side, the edge alone on the other
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(sq, {0, 0}, {1, 0})), 16.0);
  const auto e = geo::convex_cut(sq, {1, 0}, {0, 0});
  EXPECT_EQ(e.size(), 2u);
  EXPECT_EQ(geo::area(e), 0.0);
}

TEST(PolygonCut, ThroughVerticesAndCollinearVertices) {
  const PL sq{{0, 0}, {2, 0}, {4, 0}, {4, 4}, {0, 4}};  // (2, 0) collinear
  const auto d = geo::convex_cut(sq, {0, 0}, {4, 4});  // the diagonal: keeps the top-left half
  EXPECT_DOUBLE_EQ(geo::area(d), 8.0);
  EXPECT_EQ(d.size(), 3u);
  const auto h = geo::convex_cut(sq, {2, -5}, {2, 5});  // through the collinear vertex
  EXPECT_DOUBLE_EQ(geo::area(h), 8.0);
  EXPECT_EQ(h.size(), 4u);
}

TEST(PolygonCut, IntegralInputNonIntegralResult) {  // pitfall 4: nothing truncated
  const PL t{{0, 0}, {1, 0}, {0, 1}};
  const auto c = geo::convex_cut(t, {0, 0}, {1, 1});
  EXPECT_DOUBLE_EQ(geo::area(c), 0.25);
  bool half = false;
  for (const auto& p : c) half |= (p.x == 0.5 && p.y == 0.5);
  EXPECT_TRUE(half);
}

TEST(PolygonCut, OrientationKept) {
  const PL cw{{0, 0}, {0, 4}, {4, 4}, {4, 0}};
  const auto c = geo::convex_cut(cw, {2, 0}, {2, 4});  // left of upward x = 2: x <= 2
  EXPECT_DOUBLE_EQ(geo::area(c), -8.0);
  for (const auto& p : c) EXPECT_LE(p.x, 2.0);
}

TEST(PolygonCut, CrossingBuiltFromTheNearerEndpoint) {  // pitfall 1
  // The edge (0,0) -> (1e9, 1e9) meets the line x = 1 at (1, 1), a billionth of the way
  // along. From the far endpoint, 1e9 - 1e9 * 0.999999999 leaves ~1e-7 of error.
  const LL M = 1000000000;
  for (const PL& t : {PL{{0, 0}, {M, M}, {0, M}}, PL{{M, M}, {0, 0}, {M, 0}}}) {
    const auto c = geo::convex_cut(t, {1, -5}, {1, 5});  // keeps x <= 1
    int hits = 0;
    for (const auto& p : c)
      if (std::abs(p.x - 1) < 1e-3 && std::abs(p.y - 1) < 1e-3) {
        hits++;
        EXPECT_LE(std::abs(p.x - 1), 4e-16);
        EXPECT_LE(std::abs(p.y - 1), 4e-16);
      }
    EXPECT_EQ(hits, 1);
  }
}

TEST(PolygonCut, MaximumCoordinates) {
  const LL M = 1000000000;
  const PL box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(box, {-M, -M}, {M, M})), 2e18);
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(box, {M, M}, {-M, -M})), 2e18);
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(box, {0, -M}, {0, M})), 2e18);
}

TEST(PolygonCut, ExactTypeIsExact) {
  using QPt = Point<Q>;
  const std::vector<QPt> t{{Q(0), Q(0)}, {Q(3), Q(0)}, {Q(0), Q(3)}};
  const auto c = geo::convex_cut(t, QPt{Q(1), Q(-1)}, QPt{Q(1, 3), Q(5)});
  const auto want = oracle::clip_left(oracle::qpoly(t), oracle::QP{Q(1), Q(-1)}, oracle::QP{Q(1, 3), Q(5)});
  ASSERT_EQ(c.size(), want.size());
  for (size_t i = 0; i < c.size(); i++) {
    EXPECT_EQ(c[i].x, want[i].x);
    EXPECT_EQ(c[i].y, want[i].y);
  }
}

TEST(PolygonCut, FloatingVertexWithinEpsOfTheLineCountsAsOn) {
  geotest::ScopedEps<double> e(1e-9);
  const PD sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  // x = 4 + 0.3e-9 as the line: the right edge is "on" it, so no sliver crossing appears.
  const auto c = geo::convex_cut(sq, {4 + 0.3e-9, -1}, {4 + 0.3e-9, 5});
  EXPECT_EQ(c.size(), 4u);
  const auto r = geo::convex_cut(sq, {4 + 0.3e-9, 5}, {4 + 0.3e-9, -1});
  EXPECT_EQ(r.size(), 2u);
}

TEST(PolygonCut, FloatingShortDirectionStillDefinesTheLine) {
  // a and b 1e-10 apart (closer than eps): the side of a vertex is its distance to the
  // line, not the smallest altitude of the skinny triangle (a, b, v), which is ~1e-10.
  geotest::ScopedEps<double> e(1e-9);
  const PD sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(sq, {2, 1}, {2, 1 + 1e-10})), 8.0);
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(sq, {2, 1 + 1e-10}, {2, 1})), 8.0);
  EXPECT_EQ(geo::convex_cut(sq, {5, 1}, {5, 1 + 1e-10}).size(), 4u);
  EXPECT_TRUE(geo::convex_cut(sq, {5, 1 + 1e-10}, {5, 1}).empty());
}

TEST(PolygonCut, NonConvexSignedAreaIsTheLeftPart) {
  // a U: [0,3]x[0,3] without the notch [1,2]x[1,3], area 7. Above y = 2: the two prongs.
  PL u{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}};
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(u, {0, 2}, {1, 2})), 2.0);  // y >= 2
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(u, {1, 2}, {0, 2})), 5.0);  // y <= 2
  EXPECT_EQ(geo::convex_cut(u, {0, 2}, {1, 2}).size(), 8u);  // the edge (2,2)-(1,2) overlaps
  std::reverse(u.begin(), u.end());
  EXPECT_DOUBLE_EQ(geo::area(geo::convex_cut(u, {0, 2}, {1, 2})), -2.0);
}

using PolygonCutDeathTest = ::testing::Test;
TEST(PolygonCutDeathTest, DegenerateLineAsserts) {
  EXPECT_DEATH(geo::convex_cut(PL{{0, 0}, {1, 0}, {0, 1}}, {1, 1}, {1, 1}), "l.a != l.b");
}

// long long |x|,|y| <= 1e9 for P and the line; floating: finite (side of line.hpp).
TEST(PolygonCutDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const PL t{{-M, -M}, {M, -M}, {M, M}};
  EXPECT_EQ(geo::convex_cut(t, {0, -M}, {0, M}).size(), 3u);  // at the bound: fine
  EXPECT_DEATH(geo::convex_cut(t, {0, -M - 1}, {0, M}), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::convex_cut(PL{{0, 0}, {M + 1, 0}, {0, 1}}, {0, 0}, {0, 1}), "in_range\\(r, ");
  EXPECT_DEATH(geo::convex_cut(PD{{0, 0}, {1, 0}, {0, std::nan("")}}, {0, 0}, {0, 1}), "in_range\\(r, ");
}

}  // namespace
