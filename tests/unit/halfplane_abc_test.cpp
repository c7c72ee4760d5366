// Unit tests of geometry/halfplane_abc.hpp: each documented case (empty, unbounded with and
// without a box, a point, a segment, parallel and opposite half-planes, duplicates, a = b = 0,
// many lines through a vertex, rational vertices, the stated bounds) with hand-computed
// answers, and the death tests of its preconditions.
#include "geometry/halfplane_abc.hpp"

#include "oracle_rational.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace {

using geo::Abc;
using geo::RatPoint;
using oracle::Q;
using oracle::QP;
using LL = long long;
using HV = std::vector<Abc>;

// the result as exact rationals, rotated to start at the lowest (y, then x) vertex
std::vector<QP> qv(const std::vector<RatPoint>& r) {
  std::vector<QP> v;
  for (auto& p : r) v.push_back(QP{oracle::q(p.x) / oracle::q(p.d), oracle::q(p.y) / oracle::q(p.d)});
  auto lo = std::min_element(v.begin(), v.end(), [](const QP& a, const QP& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  });
  std::rotate(v.begin(), lo, v.end());
  return v;
}
std::string show(const std::vector<QP>& v) {
  std::string s;
  for (auto& p : v) s += "(" + p.x.str() + "," + p.y.str() + ") ";
  return s;
}
void expect(const std::vector<RatPoint>& got, const std::vector<QP>& want) {
  const auto g = qv(got);
  ASSERT_EQ(g.size(), want.size()) << show(g);
  for (size_t i = 0; i < g.size(); i++)
    EXPECT_TRUE(oracle::qsame(g[i], want[i])) << show(g) << " vs " << show(want);
}
QP P(Q x, Q y) { return QP{x, y}; }

TEST(HalfplaneAbc, BoxAloneIsTheSquareCounterClockwise) {
  expect(geo::halfplane_abc({}, 2), {P(-2, -2), P(2, -2), P(2, 2), P(-2, 2)});
}

TEST(HalfplaneAbc, TriangleWithRationalVertex) {
  // x >= 0, y >= 0, 2x + 3y <= 7: (0,0), (7/2, 0), (0, 7/3)
  const auto r = geo::halfplane_abc({{-1, 0, 0}, {0, -1, 0}, {2, 3, 7}});
  expect(r, {P(0, 0), P(Q(7, 2), 0), P(0, Q(7, 3))});
  int lattice = 0;
  for (auto& p : r) lattice += p.lattice();
  EXPECT_EQ(lattice, 1);
  for (auto& p : r) EXPECT_GT(p.d, 0);  // a positive denominator
}

TEST(HalfplaneAbc, EmptyDisjointStrip) {
  EXPECT_TRUE(geo::halfplane_abc({{1, 0, 0}, {-1, 0, -1}}, 10).empty());
  EXPECT_TRUE(geo::halfplane_abc({{1, 1, -1}, {-1, 0, 0}, {0, -1, 0}}).empty());
}

TEST(HalfplaneAbc, UnboundedWithoutBoxIsEmptyWithBoxClipped) {
  EXPECT_TRUE(geo::halfplane_abc({{1, 0, 0}}).empty());
  EXPECT_TRUE(geo::halfplane_abc({{1, 0, 0}, {0, 1, 0}, {-1, 0, 5}}).empty());  // gap pi
  EXPECT_TRUE(geo::halfplane_abc({}).empty());
  expect(geo::halfplane_abc({{1, 0, 0}}, 3), {P(-3, -3), P(0, -3), P(0, 3), P(-3, 3)});
}

TEST(HalfplaneAbc, SinglePoint) {
  expect(geo::halfplane_abc({{1, 0, 1}, {-1, 0, -1}, {0, 1, 2}, {0, -1, -2}}), {P(1, 2)});
  // x >= 0, y >= 0, x + y <= 0: the corner only
  expect(geo::halfplane_abc({{-1, 0, 0}, {0, -1, 0}, {1, 1, 0}}), {P(0, 0)});
  // 2x + y <= 1, x + 2y >= 1, x = y: the rational point (1/3, 1/3)
  const auto r = geo::halfplane_abc({{2, 1, 1}, {-1, -2, -1}, {-1, 1, 0}, {1, -1, 0}});
  expect(r, {P(Q(1, 3), Q(1, 3))});
  EXPECT_EQ(r[0], (RatPoint{1, 1, 3}));
  EXPECT_FALSE(r[0].lattice());
}

TEST(HalfplaneAbc, Segment) {
  expect(geo::halfplane_abc({{0, 1, 0}, {0, -1, 0}}, 3), {P(-3, 0), P(3, 0)});
  // x + y <= 2, x + y >= 2, x >= 0, y >= 0: the segment (0,2)-(2,0)
  expect(geo::halfplane_abc({{1, 1, 2}, {-1, -1, -2}, {-1, 0, 0}, {0, -1, 0}}),
         {P(2, 0), P(0, 2)});
  // a line of slope 1/3 cut by the box: rational ends
  expect(geo::halfplane_abc({{-1, 3, 1}, {2, -6, -2}}, 1), {P(-1, 0), P(1, Q(2, 3))});
}

TEST(HalfplaneAbc, ParallelKeepsTheTightest) {
  const HV h{{1, 0, 5}, {2, 0, 4}, {3, 0, 9}, {0, 1, 1}, {-1, 0, 0}, {0, -1, 0}};
  expect(geo::halfplane_abc(h), {P(0, 0), P(2, 0), P(2, 1), P(0, 1)});
  HV r(h.rbegin(), h.rend());
  expect(geo::halfplane_abc(r), {P(0, 0), P(2, 0), P(2, 1), P(0, 1)});
  // same line at two scales: x <= 2 and 3x <= 6
  expect(geo::halfplane_abc({{3, 0, 6}, {1, 0, 2}, {-1, 0, 0}, {0, 1, 1}, {0, -1, 0}}),
         {P(0, 0), P(2, 0), P(2, 1), P(0, 1)});
}

TEST(HalfplaneAbc, OppositeHalfPlanes) {
  // a strip 1 <= y <= 3 in the box
  expect(geo::halfplane_abc({{0, 1, 3}, {0, -1, -1}}, 4), {P(-4, 1), P(4, 1), P(4, 3), P(-4, 3)});
  // touching strips: a line, then a segment in the box
  expect(geo::halfplane_abc({{0, 2, 6}, {0, -1, -3}}, 4), {P(-4, 3), P(4, 3)});
  // apart
  EXPECT_TRUE(geo::halfplane_abc({{0, 1, 1}, {0, -1, -3}}, 4).empty());
}

TEST(HalfplaneAbc, DuplicatesChangeNothing) {
  const HV h{{-1, 0, 0}, {0, -1, 0}, {1, 1, 4}};
  HV d;
  for (int k = 0; k < 3; k++) d.insert(d.end(), h.begin(), h.end());
  expect(geo::halfplane_abc(d), {P(0, 0), P(4, 0), P(0, 4)});
}

TEST(HalfplaneAbc, ZeroNormal) {
  const HV h{{-1, 0, 0}, {0, -1, 0}, {1, 1, 4}};
  HV a = h, b = h;
  a.push_back({0, 0, 0});  // 0 <= 0: always true
  a.push_back({0, 0, 7});
  expect(geo::halfplane_abc(a), {P(0, 0), P(4, 0), P(0, 4)});
  b.push_back({0, 0, -1});  // 0 <= -1: never
  EXPECT_TRUE(geo::halfplane_abc(b).empty());
  EXPECT_TRUE(geo::halfplane_abc({{0, 0, -1}}, 5).empty());
  expect(geo::halfplane_abc({{0, 0, 3}}, 1), {P(-1, -1), P(1, -1), P(1, 1), P(-1, 1)});
}

TEST(HalfplaneAbc, ManyLinesThroughAVertex) {
  // x <= 0, y <= 0 and redundant lines through the origin: one vertex there
  expect(geo::halfplane_abc({{1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {2, 1, 0}, {1, 3, 0}}, 5),
         {P(-5, -5), P(0, -5), P(0, 0), P(-5, 0)});
  // a star: every line through (1, 1), normals all round: the point
  HV s;
  for (int a = -3; a <= 3; a++)
    for (int b = -3; b <= 3; b++)
      if (a || b) s.push_back({a, b, a + b});
  expect(geo::halfplane_abc(s), {P(1, 1)});
}

TEST(HalfplaneAbc, NoThreeConsecutiveCollinear) {
  // a hexagon cut from the square by lines through edge points
  const auto r = geo::halfplane_abc({{1, 1, 3}, {-1, -1, 3}, {1, -1, 3}, {-1, 1, 3}}, 2);
  expect(r, {P(-1, -2), P(1, -2), P(2, -1), P(2, 1), P(1, 2), P(-1, 2), P(-2, 1), P(-2, -1)});
}

TEST(HalfplaneAbc, BoundsAndDoubles) {
  const LL A = 2000000000, C = 4000000000000000000;
  // |a| = A, |c| = C: the square [-2e9, 2e9]^2
  expect(geo::halfplane_abc({{A, 0, C}, {-A, 0, C}, {0, A, C}, {0, -A, C}}),
         {P(-A, -A), P(A, -A), P(A, A), P(-A, A)});
  // nearly parallel lines at the bound: (A, A-1) and, c = C, and the box
  const auto r = geo::halfplane_abc({{A, A - 1, C}, {A - 1, A - 2, -C}, {-A, 1 - A, C}}, C);
  const auto w = oracle::abc_hpi({{A, A - 1, C}, {A - 1, A - 2, -C}, {-A, 1 - A, C}}, C);
  expect(r, w);
  // doubles on request
  const auto t = geo::halfplane_abc({{-1, 0, 0}, {0, -1, 0}, {2, 3, 7}});
  bool found = false;
  for (auto& p : t) found = found || (p.point().x == 3.5 && p.point<long double>().y == 0);
  EXPECT_TRUE(found);
}

// the kernel of a counter-clockwise polygon: edge p -> r gives a = r.y - p.y, b = p.x - r.x,
// c = a p.x + b p.y (the docs' formula)
HV edges(const std::vector<std::array<LL, 2>>& P) {
  HV H;
  for (size_t i = 0; i < P.size(); i++) {
    const auto p = P[i], r = P[(i + 1) % P.size()];
    const LL a = r[1] - p[1], b = p[0] - r[0];
    H.push_back({a, b, a * p[0] + b * p[1]});
  }
  return H;
}
TEST(HalfplaneAbc, PolygonKernel) {
  // an L: the kernel is the corner square
  expect(geo::halfplane_abc(edges({{0, 0}, {4, 0}, {4, 2}, {2, 2}, {2, 4}, {0, 4}})),
         {P(0, 0), P(2, 0), P(2, 2), P(0, 2)});
  // a plus sign of arm width 2: the kernel is the centre square
  expect(geo::halfplane_abc(edges({{1, -3}, {1, -1}, {3, -1}, {3, 1}, {1, 1}, {1, 3},
                                   {-1, 3}, {-1, 1}, {-3, 1}, {-3, -1}, {-1, -1}, {-1, -3}})),
         {P(-1, -1), P(1, -1), P(1, 1), P(-1, 1)});
  // two reflex notches: y >= 0, x >= y, x + y <= 4, x + y >= 0, ...: the triangle
  expect(geo::halfplane_abc(edges({{0, 0}, {4, 0}, {4, 4}, {2, 2}, {0, 4}, {-2, 2}})),
         {P(0, 0), P(4, 0), P(2, 2)});
}

using HalfplaneAbcDeathTest = ::testing::Test;
TEST(HalfplaneAbcDeathTest, PreconditionsAssert) {
  const LL A = 2000000000, C = 4000000000000000000;
  EXPECT_DEATH(geo::halfplane_abc({{A + 1, 0, 0}}, 1), "2000000000");
  EXPECT_DEATH(geo::halfplane_abc({{0, -A - 1, 0}}, 1), "2000000000");
  EXPECT_DEATH(geo::halfplane_abc({{1, 0, C + 1}}, 1), "h.c");
  EXPECT_DEATH(geo::halfplane_abc({{1, 0, -C - 1}}, 1), "h.c");
  EXPECT_DEATH(geo::halfplane_abc({}, -1), "box");
  EXPECT_DEATH(geo::halfplane_abc({}, C + 1), "box");
}

}  // namespace
