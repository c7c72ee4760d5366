// hull/online.hpp: the online hull on hand cases: empty, one point, collinear and vertical
// runs (a segment), duplicates, a square growing into a pentagon and swallowing vertices,
// every insertion order of a small set, where() on vertices, edges and outside, tangents
// with an edge on the tangent line (the far end), inside / boundary queries ({q, q}), the
// long long extremes (1e9), doubles (a point within eps of an edge is not a vertex; near-
// duplicates and thin edges), and
// the asserted preconditions.
#include "geometry/hull/online.hpp"
#include "geometry/hull/convex_hull.hpp"
#include "oracle_hull.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;
using geo::BOUNDARY;
using geo::INSIDE;
using geo::OUTSIDE;

geo::OnlineHull<long long> of(const V& pts) {
  geo::OnlineHull<long long> h;
  for (auto p : pts) h.add(p);
  return h;
}

TEST(OnlineHull, EmptyAndOnePoint) {
  geo::OnlineHull<long long> h;
  EXPECT_TRUE(h.vertices().empty());
  EXPECT_EQ(h.where(P{0, 0}), OUTSIDE);
  h.add({3, -2});
  h.add({3, -2});  // a duplicate changes nothing
  EXPECT_EQ(h.vertices(), (V{{3, -2}}));
  EXPECT_EQ(h.where(P{3, -2}), BOUNDARY);
  EXPECT_EQ(h.where(P{3, -1}), OUTSIDE);
  EXPECT_EQ(h.where(P{4, -2}), OUTSIDE);
  EXPECT_EQ(h.tangents(P{0, 0}), std::make_pair(P{3, -2}, P{3, -2}));
  EXPECT_EQ(h.tangents(P{3, -2}), std::make_pair(P{3, -2}, P{3, -2}));  // on it: {q, q}
}

TEST(OnlineHull, CollinearPointsAreASegment) {
  auto h = of({{2, 1}, {0, 0}, {4, 2}, {2, 1}, {6, 3}});
  EXPECT_EQ(h.vertices(), (V{{0, 0}, {6, 3}}));
  EXPECT_EQ(h.vertices(), geo::convex_hull(V{{2, 1}, {0, 0}, {4, 2}, {6, 3}}));
  for (P q : {P{0, 0}, P{2, 1}, P{4, 2}, P{6, 3}}) EXPECT_EQ(h.where(q), BOUNDARY);
  for (P q : {P{8, 4}, P{-2, -1}, P{1, 1}, P{3, 1}}) EXPECT_EQ(h.where(q), OUTSIDE);
  // off the line: the ends, by side; on the line: the far end twice
  EXPECT_EQ(h.tangents(P{0, 5}), std::make_pair(P{0, 0}, P{6, 3}));
  EXPECT_EQ(h.tangents(P{6, -5}), std::make_pair(P{6, 3}, P{0, 0}));
  EXPECT_EQ(h.tangents(P{8, 4}), std::make_pair(P{0, 0}, P{0, 0}));
  EXPECT_EQ(h.tangents(P{-4, -2}), std::make_pair(P{6, 3}, P{6, 3}));
  EXPECT_EQ(h.tangents(P{4, 2}), std::make_pair(P{4, 2}, P{4, 2}));  // on it: {q, q}
}

TEST(OnlineHull, VerticalAndHorizontalRuns) {
  auto v = of({{0, 2}, {0, 0}, {0, 5}, {0, 3}});
  EXPECT_EQ(v.vertices(), (V{{0, 0}, {0, 5}}));
  EXPECT_EQ(v.where(P{0, 4}), BOUNDARY);
  EXPECT_EQ(v.where(P{0, 6}), OUTSIDE);
  EXPECT_EQ(v.where(P{1, 3}), OUTSIDE);
  EXPECT_EQ(v.tangents(P{0, -2}), std::make_pair(P{0, 5}, P{0, 5}));
  EXPECT_EQ(v.tangents(P{2, 1}), std::make_pair(P{0, 5}, P{0, 0}));
  auto r = of({{1, 7}, {-3, 7}, {4, 7}});  // horizontal: from the lowest (leftmost) point
  EXPECT_EQ(r.vertices(), (V{{-3, 7}, {4, 7}}));
  // a rectangle with points on its vertical sides, inserted side by side
  auto b = of({{0, 0}, {0, 1}, {0, 2}, {0, 3}, {5, 3}, {5, 1}, {5, 0}, {5, 2}});
  EXPECT_EQ(b.vertices(), (V{{0, 0}, {5, 0}, {5, 3}, {0, 3}}));
  for (P q : {P{0, 2}, P{5, 1}, P{2, 0}, P{2, 3}, P{0, 0}}) EXPECT_EQ(b.where(q), BOUNDARY);
  for (P q : {P{1, 1}, P{4, 2}}) EXPECT_EQ(b.where(q), INSIDE);
  for (P q : {P{-1, 1}, P{6, 1}, P{0, 4}, P{5, -1}}) EXPECT_EQ(b.where(q), OUTSIDE);
  // from below the left side's line: that side's far end, and the right side's low end
  EXPECT_EQ(b.tangents(P{0, -4}), std::make_pair(P{5, 0}, P{0, 3}));
  EXPECT_EQ(b.tangents(P{7, 3}), std::make_pair(P{0, 3}, P{5, 0}));
}

TEST(OnlineHull, GrowingSquareSwallowsVertices) {
  auto h = of({{0, 0}, {4, 0}, {4, 4}, {0, 4}});
  EXPECT_EQ(h.vertices(), (V{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  h.add({2, 0}), h.add({2, 2}), h.add({4, 1});  // on an edge, inside, on an edge
  EXPECT_EQ(h.vertices(), (V{{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  h.add({6, 2});
  EXPECT_EQ(h.vertices(), (V{{0, 0}, {4, 0}, {6, 2}, {4, 4}, {0, 4}}));
  EXPECT_EQ(h.where(P{5, 1}), BOUNDARY);
  EXPECT_EQ(h.where(P{5, 2}), INSIDE);
  h.add({8, -4});  // (4, 0) goes; the lowest point changes
  EXPECT_EQ(h.vertices(), (V{{8, -4}, {6, 2}, {4, 4}, {0, 4}, {0, 0}}));
  h.add({-100, -100}), h.add({100, 100});  // (0, 4) is above the diagonal: it stays
  EXPECT_EQ(h.vertices(), (V{{-100, -100}, {8, -4}, {100, 100}, {0, 4}}));
  h.add({-101, 101});
  EXPECT_EQ(h.vertices(), (V{{-100, -100}, {8, -4}, {100, 100}, {-101, 101}}));
  EXPECT_EQ(h.where(P{0, 4}), INSIDE);
}

TEST(OnlineHull, EveryInsertionOrderGivesConvexHull) {
  V pts{{0, 0}, {3, 0}, {3, 3}, {0, 3}, {1, 1}, {3, 1}, {0, 3}, {-1, 2}, {2, 4}};
  std::sort(pts.begin(), pts.end());
  const V want = geo::convex_hull(pts);
  EXPECT_EQ(want, (V{{0, 0}, {3, 0}, {3, 3}, {2, 4}, {0, 3}, {-1, 2}}));
  int orders = 0;
  do {
    auto h = of(pts);
    ASSERT_EQ(h.vertices(), want);
    orders++;
  } while (std::next_permutation(pts.begin(), pts.end()));
  EXPECT_EQ(orders, 181440);  // 9! / 2 (one point twice)
}

TEST(OnlineHull, TangentsOnASquare) {  // tangents.hpp's cases, as points
  auto sq = of({{0, 0}, {2, 0}, {2, 2}, {0, 2}});
  EXPECT_EQ(sq.tangents(P{1, -3}), std::make_pair(P{2, 0}, P{0, 0}));
  EXPECT_EQ(sq.tangents(P{4, 4}), std::make_pair(P{0, 2}, P{2, 0}));
  EXPECT_EQ(sq.tangents(P{4, 0}), std::make_pair(P{2, 2}, P{0, 0}));  // on an edge's line
  EXPECT_EQ(sq.tangents(P{0, -1}), std::make_pair(P{2, 0}, P{0, 2}));  // below x = 0's edge
  EXPECT_EQ(sq.tangents(P{-3, 1}), std::make_pair(P{0, 0}, P{0, 2}));
  EXPECT_EQ(sq.tangents(P{1, 1}), std::make_pair(P{1, 1}, P{1, 1}));  // inside
  EXPECT_EQ(sq.tangents(P{0, 1}), std::make_pair(P{0, 1}, P{0, 1}));  // on the boundary
}

TEST(OnlineHull, LongLongExtremes) {  // exact in the coordinate range, 1e9
  const long long B = 1000000000LL;
  auto h = of({{-B, -B}, {B, -B}, {B, B}, {-B, B}, {0, -B}, {B - 1, B - 1}, {B, B - 1}});
  EXPECT_EQ(h.vertices(), (V{{-B, -B}, {B, -B}, {B, B}, {-B, B}}));
  EXPECT_EQ(h.where(P{B, 0}), BOUNDARY);
  EXPECT_EQ(h.where(P{B - 1, 1 - B}), INSIDE);
  EXPECT_EQ(h.where(P{B, B}), BOUNDARY);
  EXPECT_EQ(h.tangents(P{B, B}), std::make_pair(P{B, B}, P{B, B}));
  h.add({B - 1, B});  // on the top edge: nothing changes
  h.add({B, B - 1});
  EXPECT_EQ(h.vertices().size(), 4u);
  auto c = of({{-B, -B}, {B, -B}, {B, B - 1}, {-B, B}});  // q at y = B, above the top edge
  EXPECT_EQ(c.where(P{B - 2, B}), OUTSIDE);
  EXPECT_EQ(c.tangents(P{B - 2, B}), std::make_pair(P{-B, B}, P{B, B - 1}));
  EXPECT_EQ(c.tangents(P{B, B}), std::make_pair(P{-B, B}, P{B, -B}));  // on the right edge's line
  auto t = of({{-B, 0}, {B, 1}, {B, 0}, {0, 1}});
  EXPECT_EQ(t.where(P{0, 0}), BOUNDARY);
  EXPECT_EQ(t.where(P{1, 1}), BOUNDARY);
  EXPECT_EQ(t.where(P{-1, 1}), OUTSIDE);  // 1/1e9 above the edge's line
}

TEST(OnlineHull, Doubles) {
  using D = geo::Point<double>;
  geo::OnlineHull<double> h;
  for (D p : {D{0.5, 0.25}, D{2.5, 0.25}, D{2.5, 1.75}, D{0.5, 1.75}, D{1.5, 1.0}}) h.add(p);
  EXPECT_EQ(h.vertices(), (std::vector<D>{{0.5, 0.25}, {2.5, 0.25}, {2.5, 1.75}, {0.5, 1.75}}));
  EXPECT_EQ(h.where(D{1.5, 0.25}), BOUNDARY);
  EXPECT_EQ(h.where(D{2.5 + 1e-11, 1.0}), BOUNDARY);  // within eps of the right edge
  EXPECT_EQ(h.where(D{2.5 - 1e-11, 1.0}), BOUNDARY);
  EXPECT_EQ(h.where(D{2.5 + 1e-6, 1.0}), OUTSIDE);
  EXPECT_EQ(h.where(D{2.5 - 1e-6, 1.0}), INSIDE);
  h.add({2.5 + 1e-11, 1.0});  // within eps of the right edge: not a vertex
  EXPECT_EQ(h.vertices().size(), 4u);
  h.add({2.5 + 1e-6, 1.0});  // farther: a vertex
  EXPECT_EQ(h.vertices(),
            (std::vector<D>{{0.5, 0.25}, {2.5, 0.25}, {2.5 + 1e-6, 1.0}, {2.5, 1.75}, {0.5, 1.75}}));
  EXPECT_EQ(h.tangents(D{4.5, 1.0}), std::make_pair(D{2.5, 1.75}, D{2.5, 0.25}));
  EXPECT_EQ(h.tangents(D{2.5 + 2e-6, 1.0}), std::make_pair(D{2.5, 1.75}, D{2.5, 0.25}));
}

// eps is a distance to a segment (on_segment), not orient's smallest altitude: with orient,
// two hull vertices 1.4e-10 apart hid a point 1000 away between them in the chains' order,
// and a query 1000 away in the y range of a near-horizontal edge (1e-12 tall) was BOUNDARY.
// The tangents compare exact signs: an eps tie between two vertices of a sliver (width
// ~1e-9) seen from q at distances 1 and 4 had put the far end 3e-9 off the tangent line.
TEST(OnlineHull, FloatingNearDuplicatesAndThinEdges) {
  using D = geo::Point<double>;
  geo::OnlineHull<double> n;
  for (D p : {D{0, 0}, D{1e-10, 1e-10}, D{1000, 5e-11}}) n.add(p);
  EXPECT_EQ(n.vertices(), (std::vector<D>{{0, 0}, {1000, 5e-11}, {1e-10, 1e-10}}));
  EXPECT_EQ(n.where(D{1000, 5e-11}), BOUNDARY);
  EXPECT_EQ(n.where(D{1001, 5e-11}), OUTSIDE);
  geo::OnlineHull<double> r;  // a unit square turned by 1e-12
  for (D p : {D{0, 0}, D{1, 1e-12}, D{1 - 1e-12, 1}, D{-1e-12, 1 - 1e-12}}) r.add(p);
  EXPECT_EQ(r.vertices().size(), 4u);
  EXPECT_EQ(r.where(D{1000, 5e-13}), OUTSIDE);
  EXPECT_EQ(r.where(D{0.5, 5e-13}), BOUNDARY);
  EXPECT_EQ(r.where(D{0.5, 0.5}), INSIDE);
  const D v1{-0x1.12e0be826d695p-30, -0x1.8000000225c18p+1}, v2{0x1.9c511dc3a41ep-31, -0x1.12e0be826d695p-32},
      v3{-0x1.12e0be826d695p-32, 0x1.5798ee2308c3ap-31};  // (-1e-9, -3), (7.5e-10, -2.5e-10), (-2.5e-10, 6.25e-10)
  geo::OnlineHull<double> s;
  for (D p : {v1, v2, v3}) s.add(p);
  EXPECT_EQ(s.vertices(), (std::vector<D>{v1, v2, v3}));
  const auto [a, b] = s.tangents(D{0, 1});  // (0, 1) is on the line v1 v3 up to rounding
  EXPECT_TRUE(a == v1 || a == v3);
  EXPECT_EQ(b, v2);
}

// Each chain dropped a vertex within eps of its neighbours' segment; a neighbour dropped the
// same way later moved the dropped point's witness, so the error added up: a cluster of
// near-duplicates (the property's shrunk case) left an inserted point 2.01 eps outside, a
// staircase of 100 near-duplicates moving away from the hull 59.4 eps. Now the chains keep
// the exact hull (the rounded sign) and vertices() thins it once: every inserted point is
// within eps of vertices(), and where() calls it INSIDE or BOUNDARY.
TEST(OnlineHull, FloatingBandDoesNotCompound) {
  using D = geo::Point<double>;
  const std::vector<D> cluster{{5.9999999989999999, 5.9999999989999999}, {5.9999999996250004, 6},
                               {3.9999999989999999, 5.9999999989999999}, {3.999999999625, 6},
                               {1.9999999989999999, 3.9999999989999999}, {1.999999999625, 4},
                               {-8.7500000000000008e-10, 5.0000000000000003e-10}, {-1.2500000000000001e-10, 0},
                               {1.9999999989999999, -7.500000000000001e-10}, {3.9999999989999999, 1.9999999989999999},
                               {3.999999999625, 2}, {-2.5000000000000002e-10, -7.500000000000001e-10},
                               {2.5000000000000002e-10, 0}, {6.2500000000000001e-10, -1.0000000000000001e-09}};
  std::vector<D> stair{{0, 1000}, {1000, 1000}};
  for (int i = 0; i < 100; i++) stair.push_back({0.6e-9 * i, -0.6e-9 * i});
  for (const auto& in : {cluster, stair}) {
    geo::OnlineHull<double> h;
    for (const auto& p : in) h.add(p);
    EXPECT_LE(oracle_hull::worst_outside(in, h.vertices(), geo::eps<double>), 1.0);
    for (const auto& p : in) EXPECT_NE(h.where(p), geo::OUTSIDE);
  }
}

TEST(OnlineHullDeathTest, Preconditions) {
  geo::OnlineHull<long long> h;
  EXPECT_DEATH(h.tangents(P{0, 0}), "");  // no points
  EXPECT_DEATH(h.add(P{1000000000LL + 1, 0}), "");
  EXPECT_DEATH(h.where(P{0, -1000000000LL - 1}), "");
  geo::OnlineHull<double> d;
  EXPECT_DEATH(d.add({std::numeric_limits<double>::quiet_NaN(), 0.0}), "");
}

}  // namespace
