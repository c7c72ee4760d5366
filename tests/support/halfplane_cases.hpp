// The unit cases every half-plane variant runs (halfplane.hpp's default, halfplane_exact.hpp):
// a typed test suite each variant's test file instantiates with a struct V holding
// `static constexpr bool exact` (decides exactly on doubles, exactly left turns at every scale)
// and `static auto run(H, box)`:
//   INSTANTIATE_TYPED_TEST_SUITE_P(Short, Halfplane, Short);
#pragma once
#include "geometry/halfplane.hpp"
#include "geometry/orient.hpp"
#include "geometry/polygon/area.hpp"

#include "oracle_planar.hpp"

#include <gtest/gtest.h>

#include <array>
#include <climits>
#include <cmath>
#include <limits>
#include <vector>

namespace halfplane_cases {

using geo::Line;
using geo::Point;
using PL = Point<long long>;
using LL = Line<long long>;
using PD = Point<double>;

// True iff got is want up to a cyclic rotation (exact compare: these vertices are exact).
inline bool same_cycle(const std::vector<PD>& got, const std::vector<PD>& want) {
  if (got.size() != want.size()) return false;
  if (got.empty()) return true;
  for (size_t s = 0; s < got.size(); s++) {
    bool ok = true;
    for (size_t k = 0; k < got.size(); k++) ok = ok && got[(s + k) % got.size()] == want[k];
    if (ok) return true;
  }
  return false;
}

inline LL L(long long ax, long long ay, long long bx, long long by) { return {PL(ax, ay), PL(bx, by)}; }

template <class V> class Halfplane : public ::testing::Test {};
template <class V> class HalfplaneDeathTest : public ::testing::Test {};
TYPED_TEST_SUITE_P(Halfplane);
TYPED_TEST_SUITE_P(HalfplaneDeathTest);

TYPED_TEST_P(Halfplane, TriangleWithoutBox) {
  // y >= 0, x + y <= 4 (direction (-1, 1)), x >= 0 (direction (0, -1)).
  const std::vector<LL> H{L(0, 0, 1, 0), L(4, 0, 0, 4), L(0, 4, 0, 0)};
  const auto r = TypeParam::run(H);
  EXPECT_TRUE(same_cycle(r, {PD(0, 0), PD(4, 0), PD(0, 4)}));
  EXPECT_EQ(geo::area(r), 8.0);
}

TYPED_TEST_P(Halfplane, EmptyAndNoLines) {
  EXPECT_TRUE(TypeParam::run(std::vector<LL>{}).empty());  // the plane: unbounded
  EXPECT_TRUE(same_cycle(TypeParam::run(std::vector<LL>{}, 2LL),
                         {PD(-2, -2), PD(2, -2), PD(2, 2), PD(-2, 2)}));
  // x >= 1 and x <= 0: empty, with or without a box.
  const std::vector<LL> H{L(1, 1, 1, 0), L(0, 0, 0, 1)};
  EXPECT_TRUE(TypeParam::run(H, 10LL).empty());
  EXPECT_TRUE(TypeParam::run(H).empty());
}

TYPED_TEST_P(Halfplane, UnboundedWithoutBoxIsEmptyResult) {
  // One half-plane, two, a strip, a wedge: the directions leave a gap >= pi.
  EXPECT_TRUE(TypeParam::run(std::vector<LL>{L(0, 0, 1, 0)}).empty());
  EXPECT_TRUE(TypeParam::run(std::vector<LL>{L(0, 0, 1, 0), L(0, 1, -1, 1)}).empty());
  EXPECT_TRUE(TypeParam::run(std::vector<LL>{L(0, 0, 1, 0), L(0, 0, 0, 1)}).empty());
  // The same wedge closed by a box.
  EXPECT_TRUE(same_cycle(TypeParam::run(std::vector<LL>{L(0, 0, 1, 0), L(0, 0, 0, -1)}, 3LL),
                         {PD(0, 0), PD(3, 0), PD(3, 3), PD(0, 3)}));
}

TYPED_TEST_P(Halfplane, ParallelSameDirectionKeepsInner) {
  const std::vector<LL> H{L(0, 0, 1, 0), L(5, 2, 6, 2), L(-3, 1, 7, 1), L(0, 2, 1, 2)};
  EXPECT_TRUE(same_cycle(TypeParam::run(H, 4LL),
                         {PD(-4, 2), PD(4, 2), PD(4, 4), PD(-4, 4)}));
}

TYPED_TEST_P(Halfplane, OppositeParallelStripSegmentEmpty) {
  // 0 <= y <= 1: a strip, clipped by the box.
  EXPECT_TRUE(same_cycle(TypeParam::run(std::vector<LL>{L(0, 0, 1, 0), L(0, 1, -1, 1)}, 2LL),
                         {PD(-2, 0), PD(2, 0), PD(2, 1), PD(-2, 1)}));
  // y >= 0 and y <= 0: the segment y = 0 of the box, two vertices, area 0.
  const auto seg = TypeParam::run(std::vector<LL>{L(0, 0, 1, 0), L(1, 0, 0, 0)}, 2LL);
  EXPECT_TRUE(same_cycle(seg, {PD(-2, 0), PD(2, 0)}));
  EXPECT_EQ(geo::area2(seg), 0.0);
  // y >= 1 and y <= 0: empty.
  EXPECT_TRUE(TypeParam::run(std::vector<LL>{L(0, 1, 1, 1), L(1, 0, 0, 0)}, 2LL).empty());
}

TYPED_TEST_P(Halfplane, NegativeAreaCaseOfPitfall2) {
  // Small integral input with parallel lines whose result has zero area: x = 0 and
  // 0 <= y <= 1 (x >= 0, x <= 0, y >= 0, y <= 1). Naive deque code returns a polygon
  // with a negative area here; the answer is the segment from (0, 0) to (0, 1).
  const std::vector<LL> H{L(0, 1, 0, 0), L(0, 0, 0, 1), L(0, 0, 1, 0), L(1, 1, 0, 1)};
  const auto r = TypeParam::run(H);
  EXPECT_TRUE(same_cycle(r, {PD(0, 0), PD(0, 1)}));
  EXPECT_EQ(geo::area2(r), 0.0);
  // Squeezed to a point: x = 0, y = 0.
  const std::vector<LL> P{L(0, 1, 0, 0), L(0, 0, 0, 1), L(0, 0, 1, 0), L(1, 0, 0, 0)};
  EXPECT_TRUE(same_cycle(TypeParam::run(P), {PD(0, 0)}));
}

TYPED_TEST_P(Halfplane, PointFromThreeConcurrentLines) {
  // y >= 0, y <= x, x <= 0 (directions (1,0), (-1,-1), (0,1)): only the origin.
  const std::vector<LL> H{L(0, 0, 1, 0), L(1, 1, 0, 0), L(0, 0, 0, 1)};
  EXPECT_TRUE(same_cycle(TypeParam::run(H), {PD(0, 0)}));
  // Opening one of them by one unit gives a small triangle.
  const std::vector<LL> T{L(0, -1, 1, -1), L(1, 1, 0, 0), L(0, 0, 0, 1)};
  EXPECT_TRUE(same_cycle(TypeParam::run(T), {PD(-1, -1), PD(0, -1), PD(0, 0)}));
}

TYPED_TEST_P(Halfplane, RedundantAndDuplicateLines) {
  std::vector<LL> H{L(0, 0, 1, 0), L(0, 0, 1, 0), L(1, 0, 1, 1), L(1, 1, 0, 1), L(0, 1, 0, 0),
                    L(-5, -5, 5, -5), L(2, 0, 3, 1)};  // unit square, a duplicate, two loose
  EXPECT_TRUE(same_cycle(TypeParam::run(H), {PD(0, 0), PD(1, 0), PD(1, 1), PD(0, 1)}));
  H.push_back(L(0, 0, 1, 1));  // the diagonal: keeps the upper-left triangle, no repeated vertex
  EXPECT_TRUE(same_cycle(TypeParam::run(H), {PD(0, 0), PD(1, 1), PD(0, 1)}));
}

TYPED_TEST_P(Halfplane, NonLatticeVertexAndBound) {
  // y >= 0, the line through (0,3) and (2,0) keeping the origin's side, x >= 0: vertices
  // (0,0), (2,0), (0,3); then cut by y <= x: (0,0), (2,0), (1.2, 1.2).
  const std::vector<LL> H{L(0, 0, 1, 0), L(2, 0, 0, 3), L(0, 3, 0, 0), L(1, 1, 0, 0)};
  const auto r = TypeParam::run(H);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_NEAR(geo::area(r), 1.2, 1e-12);
  const long long m = 1000000000;
  const std::vector<LL> B{L(-m, -m, m, -m + 1), L(m, m, -m, m - 1)};
  const auto b = TypeParam::run(B, m);
  EXPECT_EQ(b.size(), 4u);
  EXPECT_GT(geo::area(b), 0);
}

TYPED_TEST_P(Halfplane, DoubleInput) {
  using LD = Line<double>;
  const std::vector<LD> H{{PD(0, 0), PD(1, 0)}, {PD(1, 0), PD(0, 0)}};  // segment y = 0
  EXPECT_TRUE(same_cycle(TypeParam::run(H, 1.5), {PD(-1.5, 0), PD(1.5, 0)}));
  const std::vector<LD> T{{PD(0, 0), PD(1, 0)}, {PD(4, 0), PD(0, 4)}, {PD(0, 4), PD(0, 0)}};
  const auto r = TypeParam::run(T);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_NEAR(geo::area(r), 8.0, 1e-12);
  // A line 1e-12 inside the boundary y = 0 (within eps): the vertices merge as on a line.
  const std::vector<LD> S{{PD(0, 0), PD(1, 0)}, {PD(1, 1e-12), PD(0, 1e-12)}};
  EXPECT_EQ(TypeParam::run(S, 1.0).size(), 2u);
}

// The exact region of H (box included), by the rational oracle.
template <class T> std::vector<oracle::QP> exact_region(const std::vector<Line<T>>& H, T box) {
  std::vector<std::array<Point<T>, 2>> L;
  for (auto& l : H) L.push_back({l.a, l.b});
  const Point<T> c[4] = {{-box, -box}, {box, -box}, {box, box}, {-box, box}};
  for (int k = 0; k < 4 && box > 0; k++) L.push_back({c[k], c[(k + 1) % 4]});
  return oracle::hpi(L, 0);
}

// Every consecutive turn left by geo::orient, no vertex repeated.
inline bool convex_by_orient(const std::vector<PD>& g) {
  for (size_t i = 0; i < g.size(); i++)
    for (size_t j = i + 1; j < g.size(); j++)
      if (g[i] == g[j]) return false;
  for (size_t i = 0; g.size() >= 3 && i < g.size(); i++)
    if (geo::orient(g[i], g[(i + 1) % g.size()], g[(i + 2) % g.size()]) <= 0) return false;
  return true;
}

// |g - v| <= 8u (|v| + M) in each coordinate (the documented vertex error).
inline bool near(const PD& g, const oracle::QP& v, double M) {
  const double vx = v.x.convert_to<double>(), vy = v.y.convert_to<double>();
  const double tol = 4 * std::numeric_limits<double>::epsilon() * (std::max(std::abs(vx), std::abs(vy)) + M);
  return std::abs(g.x - vx) <= tol && std::abs(g.y - vy) <= tol;
}

// Every consecutive turn of g left in exact arithmetic (the doubles as rationals), and the
// exact shoelace area > 0 (sizes >= 3).
inline bool exactly_convex(const std::vector<PD>& g) {
  oracle::Q a2 = 0;
  for (size_t i = 0; i < g.size(); i++) {
    const size_t n = g.size();
    const oracle::QP a = oracle::qp(g[i]), b = oracle::qp(g[(i + 1) % n]), c = oracle::qp(g[(i + 2) % n]);
    if (oracle::orientation(a, b, c) <= 0) return false;
    a2 += oracle::cross(a, b);
  }
  return a2 > 0;
}

TYPED_TEST_P(Halfplane, DoubleNearlyConcurrentIsTheExactTriangle) {
  // Five lines in [-1.2, 1.8], two of them nearly the same line: the exact region is a
  // triangle with sides of about 1e-6 (1000 eps). Deciding with eps at rounded crossing
  // points once gave four vertices, a right turn and a vertex 64 eps outside a half-plane.
  const std::vector<Line<double>> H{
      {PD(-0x1.b6b7e8eb3bacep-1, -0x1.51f7a8a68124p-6), PD(0x1.88d598560bfbbp-2, 0x1.8c559980e2333p+0)},
      {PD(-0x1.776d4f1e2f7dfp-1, 0x1.a1b981ffac6fep+0), PD(0x1.0a406b9b05a0ep-2, -0x1.aabc884bf98fp-4)},
      {PD(-0x1.7901f88dd006p-1, 0x1.a145422dd4d4ep+0), PD(0x1.0d69be8c3fbcbp-2, -0x1.a3788b057296p-4)},
      {PD(0x1.5bd4f8fe8549cp-1, 0x1.2a3d414b2b01fp+0), PD(-0x1.271112f7ff5d3p+0, 0x1.73423a9e0a8bp-2)},
      {PD(0x1.b9d11a42c03cp-6, 0x1.ba7931bb7b1fap+0), PD(-0x1.001ba23ba7c5cp-1, -0x1.9b5bc1c36ada8p-3)}};
  const auto want = exact_region(H, 0.0);
  ASSERT_EQ(want.size(), 3u);
  const auto got = TypeParam::run(H);
  EXPECT_TRUE(convex_by_orient(got));
  if (!TypeParam::exact) return;  // Short: rounded decisions, no promise near degeneracy
  ASSERT_EQ(got.size(), 3u);
  size_t s = 0;
  while (s < 3 && !near(got[s], want[0], 1.8)) s++;
  ASSERT_LT(s, 3u);
  for (size_t k = 0; k < 3; k++) EXPECT_TRUE(near(got[(s + k) % 3], want[k], 1.8)) << k;
}

TYPED_TEST_P(Halfplane, LongLongVerticesThatRoundTogetherMerge) {
  using P = PL;
  const long long B = 1000000000;
  // Three nearly concurrent lines across the 1e9 box: the exact region is a triangle of
  // sides about 6e-10 (< eps) near (0, -0.5). Each vertex is computed from points at 1e9, so
  // it errs by up to 8u (|v| + M) ~ 9e-7: rounded (plain or FMA: one point, or two), the
  // result is near every exact vertex and keeps the promises of its size.
  const std::vector<LL> H{{P(-999999997, -1000000000), P(999999998, 1000000000)},
                          {P(-999999997, 999999998), P(999999997, -999999999)},
                          {P(1000000000, -1000000000), P(-1000000000, 999999999)}};
  const auto want = exact_region(H, B);
  ASSERT_EQ(want.size(), 3u);
  const auto got = TypeParam::run(H, B);
  ASSERT_GE(got.size(), 1u);
  EXPECT_TRUE(convex_by_orient(got));
  if (got.size() >= 3 && TypeParam::exact) {  // Short: only within orient's range
    EXPECT_TRUE(exactly_convex(got));
  }
  for (auto& g : got)
    for (auto& v : want) EXPECT_TRUE(near(g, v, 1e9));
  // Four exact vertices, two of them 1 / (2e9) apart: they may round together (three remain).
  const std::vector<LL> H2{{P(-999999997, 999999998), P(999999997, -999999999)},
                           {P(999999998, -999999999), P(999999998, -999999997)}};
  const auto want2 = exact_region(H2, B);
  ASSERT_EQ(want2.size(), 4u);
  const auto got2 = TypeParam::run(H2, B);
  ASSERT_GE(got2.size(), 3u);
  ASSERT_LE(got2.size(), 4u);
  EXPECT_TRUE(convex_by_orient(got2));
  if (TypeParam::exact) {
    EXPECT_TRUE(exactly_convex(got2));
  }
  EXPECT_GT(geo::area(got2), 0);
  for (auto& g : got2) {
    bool ok = false;
    for (auto& v : want2) ok = ok || near(g, v, 1e9);
    EXPECT_TRUE(ok);
  }
}

TYPED_TEST_P(Halfplane, LongLongThinWedgeRoundsClockwise) {
  using P = PL;
  const long long B = 1000000000;
  // Two lines from the lattice point v near (-1e9, -1e9) with directions d1 = (180880435,
  // 198418958), d2 = (271105398, 297392311), d1 x d2 = 1 (angle ~1e-17): a wedge clipped by
  // the box edge y = 1e9 about 2.6e9 away. The exact region is a triangle two of whose
  // vertices are about 1e-7 (one ulp) apart. Rounded (a + (b - a) t in double), they can turn
  // clockwise exactly while orient's rounded cross product (error ~1e3 here) calls it left:
  // the result must still turn left exactly at every vertex, with exact area > 0.
  const P v(-1000000000, -999746614);
  const std::vector<LL> H{{v, P(-819119565, -801327656)}, {P(-728894602, -702354303), v}};
  const auto want = exact_region(H, B);
  ASSERT_EQ(want.size(), 3u);
  const auto got = TypeParam::run(H, B);
  ASSERT_GE(got.size(), 2u);  // the region has interior: at least a segment survives
  EXPECT_TRUE(convex_by_orient(got));
  if (got.size() >= 3 && TypeParam::exact) {  // Short: only within orient's range
    EXPECT_TRUE(exactly_convex(got));
  }
  for (auto& g : got) {
    bool ok = false;
    for (auto& w : want) ok = ok || near(g, w, 1e9);
    EXPECT_TRUE(ok);
  }
}

TYPED_TEST_P(Halfplane, ExactDecisionsOnDoubles) {
  // y >= 0 and below the line through (1, 0) and (0, h), h = 2^-60, in the box [-2, 2]^2:
  // exactly the triangle (-2, 0) (1, 0) (-2, 3h). Its turns are straight for orient, so the
  // result is a segment: (1, 0) and one of the two ends 3h apart at x = -2.
  const double h = std::ldexp(1.0, -60);
  const std::vector<Line<double>> H{{PD(0, 0), PD(1, 0)}, {PD(1, 0), PD(0, h)}};
  const auto want = exact_region(H, 2.0);
  ASSERT_EQ(want.size(), 3u);
  const auto got = TypeParam::run(H, 2.0);
  EXPECT_TRUE(same_cycle(got, {PD(-2, 0), PD(1, 0)}) || same_cycle(got, {PD(1, 0), PD(-2, 3 * h)}));
  // The same with x <= 0 and the line moved below y = 0 by h at x = 0: exactly empty (a
  // tolerance of eps would have kept a segment).
  const std::vector<Line<double>> E{{PD(0, 0), PD(1, 0)}, {PD(1, 0), PD(0, -h)}, {PD(0, 0), PD(0, 1)}};
  EXPECT_TRUE(exact_region(E, 2.0).empty());
  EXPECT_TRUE(TypeParam::run(E, 2.0).empty());
  // Touching exactly at the origin: the point (0, 0).
  const std::vector<Line<double>> T{{PD(0, 0), PD(1, 0)}, {PD(1, 0), PD(0, 0)}, {PD(0, 0), PD(0, 1)},
                                    {PD(0, 1), PD(0, 0)}};
  EXPECT_TRUE(same_cycle(TypeParam::run(T, 2.0), {PD(0, 0)}));
}

// Shrunk from the FMA build: a thin quadrilateral along the 1e9 diagonal (two of its exact
// vertices less than an ulp apart) whose rounded vertices reached the cleaning as four
// points; a wrong erase index dropped the vertex (0, 0) instead of one of the checked
// triple. Every exact vertex must stay near the result.
TYPED_TEST_P(Halfplane, ThinTriangleAtTheBoundKeepsItsVertices) {
  using P = PL;
  const std::vector<LL> H{{P(1000000000, -1000000000), P(999999998, 999999999)},
                          {P(-1000000000, -1000000000), P(1000000000, -1000000000)},
                          {P(-1000000000, -1000000000), P(999999999, 999999999)},
                          {P(-1000000000, 1000000000), P(1000000000, -1000000000)},
                          {P(999999999, 999999999), P(-1000000000, -999999997)}};
  const auto want = exact_region(H, 1000000000LL);
  ASSERT_EQ(want.size(), 4u);  // two of them less than an ulp apart
  const auto got = TypeParam::run(H, 1000000000LL);
  ASSERT_GE(got.size(), 3u);
  EXPECT_TRUE(convex_by_orient(got));
  for (auto& v : want) {  // within 1e-5 of the result's vertices (the bug: 1.06)
    double d = 1e300;
    for (auto& g : got) d = std::min(d, std::hypot(g.x - v.x.convert_to<double>(), g.y - v.y.convert_to<double>()));
    EXPECT_LE(d, 1e-5);
  }
}

TYPED_TEST_P(HalfplaneDeathTest, Preconditions) {
  const std::vector<LL> same{L(1, 1, 1, 1)};
  EXPECT_DEATH(TypeParam::run(same, 5LL), "");
  const std::vector<LL> far{L(0, 0, 1000000001, 0)};
  EXPECT_DEATH(TypeParam::run(far, 5LL), "");
  EXPECT_DEATH(TypeParam::run(std::vector<LL>{}, 1000000001LL), "");
  EXPECT_DEATH(TypeParam::run(std::vector<LL>{}, -1LL), "");
  // checked before the box corners are built (-box, 2 box would overflow first)
  EXPECT_DEATH(TypeParam::run(std::vector<LL>{}, LLONG_MIN), "box >= 0");
  EXPECT_DEATH(TypeParam::run(std::vector<LL>{}, 4000000000000000000LL), "in_range\\(P\\(box\\)");
  using LD = Line<double>;
  EXPECT_DEATH(TypeParam::run(std::vector<LD>{{PD(0, 0), PD(std::nan(""), 1)}}, 1.0), "");
  if (TypeParam::exact) {  // its expansions need 0 or 1e-60 <= |x| <= 1e60
    EXPECT_DEATH(TypeParam::run(std::vector<LD>{{PD(0, 0), PD(1e61, 1)}}, 1.0), "");
    EXPECT_DEATH(TypeParam::run(std::vector<LD>{{PD(0, 0), PD(1e-61, 1)}}, 1.0), "");
  }
  EXPECT_DEATH(TypeParam::run(std::vector<LD>{}, std::nan("")), "");
}

REGISTER_TYPED_TEST_SUITE_P(Halfplane, TriangleWithoutBox, EmptyAndNoLines, UnboundedWithoutBoxIsEmptyResult, ParallelSameDirectionKeepsInner, OppositeParallelStripSegmentEmpty, NegativeAreaCaseOfPitfall2, PointFromThreeConcurrentLines, RedundantAndDuplicateLines, NonLatticeVertexAndBound, DoubleInput, DoubleNearlyConcurrentIsTheExactTriangle, LongLongVerticesThatRoundTogetherMerge, LongLongThinWedgeRoundsClockwise, ExactDecisionsOnDoubles, ThinTriangleAtTheBoundKeepsItsVertices);
REGISTER_TYPED_TEST_SUITE_P(HalfplaneDeathTest, Preconditions);

}  // namespace halfplane_cases
