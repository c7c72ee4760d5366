// Unit tests of geometry/hull/convex_hull.hpp and geometry/hull/convex_hull_fast.hpp (typed
// tests: every test runs for both, named Short and Fast): the documented results on
// degenerate input (pitfall 6 of docs/pitfalls.md: all equal, all collinear, duplicates, collinear kept or dropped), the
// start vertex, the AOJ CGL_4_A samples, the pre-pass on large input, maximum coordinates,
// and floating input with the same answers.
#include "geometry/hull/convex_hull.hpp"
#include "geometry/hull/convex_hull_fast.hpp"
#include "oracle_hull.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace {

struct Short {
  template <bool keep = false, class T> static std::vector<T> hull(const std::vector<T>& v) {
    return geo::convex_hull<keep>(v);
  }
};
struct Fast {
  template <bool keep = false, class T> static std::vector<T> hull(const std::vector<T>& v) {
    return geo::convex_hull_fast<keep>(v);
  }
};
struct Names {
  template <class H> static std::string GetName(int) { return std::is_same_v<H, Short> ? "Short" : "Fast"; }
};
using Variants = testing::Types<Short, Fast>;
template <class H> class HullConvexHull : public testing::Test {};
TYPED_TEST_SUITE(HullConvexHull, Variants, Names);
template <class H> class HullConvexHullDeathTest : public testing::Test {};
TYPED_TEST_SUITE(HullConvexHullDeathTest, Variants, Names);

using P = geo::Point<long long>;
using V = std::vector<P>;

TYPED_TEST(HullConvexHull, EmptyAndSinglePoint) {
  EXPECT_EQ(TypeParam::hull(V{}), V{});
  EXPECT_EQ(TypeParam::template hull<true>(V{}), V{});
  EXPECT_EQ(TypeParam::hull(V{{3, 4}}), (V{{3, 4}}));
  EXPECT_EQ(TypeParam::template hull<true>(V{{3, 4}}), (V{{3, 4}}));
}

TYPED_TEST(HullConvexHull, AllEqualMergesToOnePoint) {
  const V v(7, P{-2, 5});
  EXPECT_EQ(TypeParam::hull(v), (V{{-2, 5}}));
  EXPECT_EQ(TypeParam::template hull<true>(v), (V{{-2, 5}}));
}

TYPED_TEST(HullConvexHull, TwoPointsStartAtTheLowest) {
  EXPECT_EQ(TypeParam::hull(V{{5, 5}, {1, 2}}), (V{{1, 2}, {5, 5}}));
  EXPECT_EQ(TypeParam::hull(V{{5, 2}, {1, 2}, {5, 2}}), (V{{1, 2}, {5, 2}}));  // tie in y: leftmost
}

TYPED_TEST(HullConvexHull, AllCollinearDocumentedResults) {
  const V v{{3, 3}, {0, 0}, {2, 2}, {1, 1}, {2, 2}, {-1, -1}};
  EXPECT_EQ(TypeParam::hull(v), (V{{-1, -1}, {3, 3}}));                                // the two ends
  EXPECT_EQ(TypeParam::template hull<true>(v), (V{{-1, -1}, {0, 0}, {1, 1}, {2, 2}, {3, 3}}));  // once, in order
  const V horizontal{{4, 0}, {-3, 0}, {0, 0}, {9, 0}};
  EXPECT_EQ(TypeParam::hull(horizontal), (V{{-3, 0}, {9, 0}}));
  EXPECT_EQ(TypeParam::template hull<true>(horizontal), (V{{-3, 0}, {0, 0}, {4, 0}, {9, 0}}));
  const V vertical{{0, 5}, {0, -5}, {0, 1}};
  EXPECT_EQ(TypeParam::template hull<true>(vertical), (V{{0, -5}, {0, 1}, {0, 5}}));
  const V down{{2, -2}, {-2, 2}, {0, 0}};  // falling line: the lowest is the right end
  EXPECT_EQ(TypeParam::template hull<true>(down), (V{{2, -2}, {0, 0}, {-2, 2}}));
}

TYPED_TEST(HullConvexHull, SquareWithEdgeAndInnerPoints) {
  V v;
  for (long long x = 0; x <= 2; x++)
    for (long long y = 0; y <= 2; y++) v.push_back({x, y});
  v.push_back({2, 2});  // a duplicate corner
  std::reverse(v.begin(), v.end());
  EXPECT_EQ(TypeParam::hull(v), (V{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  EXPECT_EQ(TypeParam::template hull<true>(v), (V{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}}));
}

TYPED_TEST(HullConvexHull, AojSamples) {
  const V s1{{2, 1}, {0, 0}, {1, 2}, {2, 2}, {4, 2}, {1, 3}, {3, 3}};
  EXPECT_EQ(TypeParam::template hull<true>(s1), (V{{0, 0}, {2, 1}, {4, 2}, {3, 3}, {1, 3}}));
  const V s2{{0, 0}, {2, 2}, {0, 2}, {0, 1}};
  EXPECT_EQ(TypeParam::template hull<true>(s2), (V{{0, 0}, {2, 2}, {0, 2}, {0, 1}}));
  EXPECT_EQ(TypeParam::hull(s2), (V{{0, 0}, {2, 2}, {0, 2}}));
}

TYPED_TEST(HullConvexHull, TriangleWithBoundaryPointsOnEveryEdge) {
  const V v{{0, 0}, {6, 0}, {0, 6}, {3, 0}, {3, 3}, {0, 3}, {1, 1}, {2, 4}, {4, 2}};
  EXPECT_EQ(TypeParam::hull(v), (V{{0, 0}, {6, 0}, {0, 6}}));
  EXPECT_EQ(TypeParam::template hull<true>(v), (V{{0, 0}, {3, 0}, {6, 0}, {4, 2}, {3, 3}, {2, 4}, {0, 6}, {0, 3}}));
}

TYPED_TEST(HullConvexHull, MaximumCoordinates) {
  const long long B = 1000000000;
  const V v{{B, B}, {-B, -B}, {B, -B}, {-B, B}, {0, 0}, {B, 0}, {B - 1, B}, {-B, B - 1}};
  EXPECT_EQ(TypeParam::hull(v), (V{{-B, -B}, {B, -B}, {B, B}, {-B, B}}));
  EXPECT_EQ(TypeParam::template hull<true>(v), (V{{-B, -B}, {B, -B}, {B, 0}, {B, B}, {B - 1, B}, {-B, B}, {-B, B - 1}}));
}

TYPED_TEST(HullConvexHull, LargeInputThroughThePrepass) {
  // 20000 lattice points in a disk of radius 1000 (the pre-pass drops most of them),
  // checked directly: every turn strictly left, every input point inside or on the result.
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<long long> u(-1000, 1000);
  V v;
  while (v.size() < 20000) {
    const P p{u(rng), u(rng)};
    if (p.x * p.x + p.y * p.y <= 1000 * 1000) v.push_back(p);
  }
  const V h = TypeParam::hull(v);
  ASSERT_GE(h.size(), 3u);
  for (std::size_t i = 0; i < h.size(); i++) {
    const P a = h[i], b = h[(i + 1) % h.size()], c = h[(i + 2) % h.size()];
    EXPECT_GT(a.cross(b, c), 0);
  }
  for (const P& q : v)
    for (std::size_t i = 0; i < h.size(); i++) ASSERT_GE(h[i].cross(h[(i + 1) % h.size()], q), 0);
  const V hk = TypeParam::template hull<true>(v);
  for (const P& q : v) {  // <true> holds exactly the points on the strict hull's edges
    bool on = false;
    for (std::size_t i = 0; i < h.size() && !on; i++)
      on = h[i].cross(h[(i + 1) % h.size()], q) == 0;
    EXPECT_EQ(on, std::find(hk.begin(), hk.end(), q) != hk.end());
  }
}

TYPED_TEST(HullConvexHull, FloatingMatchesIntegral) {
  const std::vector<geo::Point<double>> v{{0, 0}, {2, 0}, {1, 0}, {2, 2}, {0, 2}, {1, 1}, {0.5, 2}};
  const std::vector<geo::Point<double>> strict{{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  const std::vector<geo::Point<double>> keep{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0.5, 2}, {0, 2}};
  EXPECT_EQ(TypeParam::hull(v), strict);
  EXPECT_EQ(TypeParam::template hull<true>(v), keep);
}

TYPED_TEST(HullConvexHull, FloatingPointWithinEpsOfAnEdgeCountsAsOnIt) {
  using D = geo::Point<double>;
  using VD = std::vector<D>;
  const double e = geo::eps<double>;
  const VD sq{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  // Within eps of the right edge, outside or inside: the strict hull drops it; <true> keeps
  // it when outside (a vertex of the exact hull: its pops have no eps band, which would let
  // a zig-zag of near-duplicates through; see NearDuplicateZigZag).
  for (const double h : {e / 10, -e / 10, e / 2, -e / 2}) {
    VD v = sq;
    v.push_back({1 + h, 0.5});
    EXPECT_EQ(TypeParam::hull(v), sq) << h;
    EXPECT_EQ(TypeParam::template hull<true>(v), h > 0 ? (VD{{0, 0}, {1, 0}, {1 + h, 0.5}, {1, 1}, {0, 1}}) : sq) << h;
  }
  // 2 eps away: a vertex (outside) or dropped (inside), both modes.
  VD out = sq, in = sq;
  out.push_back({1 + 2 * e, 0.5}), in.push_back({1 - 2 * e, 0.5});
  const VD with{{0, 0}, {1, 0}, {1 + 2 * e, 0.5}, {1, 1}, {0, 1}};
  EXPECT_EQ(TypeParam::hull(out), with);
  EXPECT_EQ(TypeParam::template hull<true>(out), with);
  EXPECT_EQ(TypeParam::hull(in), sq);
  EXPECT_EQ(TypeParam::template hull<true>(in), sq);
  // (0.01, e/10) is within eps of the bottom edge but sorts after its far end (1, 0) by
  // (y, x): the chain meets it after (1, 0) and both modes drop it (documented).
  VD v = sq;
  v.push_back({0.01, e / 10});
  EXPECT_EQ(TypeParam::hull(v), sq);
  EXPECT_EQ(TypeParam::template hull<true>(v), sq);
  // The lowest point within eps of its neighbours' line: always output (the chains start
  // there), so the strict hull keeps it too.
  const VD w{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0.5, -e / 10}};
  const VD w_hull{{0.5, -e / 10}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
  EXPECT_EQ(TypeParam::hull(w), w_hull);
  EXPECT_EQ(TypeParam::template hull<true>(w), w_hull);
  // The same at the highest point.
  const VD t{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0.5, 1 + e / 10}};
  const VD t_hull{{0, 0}, {1, 0}, {1, 1}, {0.5, 1 + e / 10}, {0, 1}};
  EXPECT_EQ(TypeParam::hull(t), t_hull);
  EXPECT_EQ(TypeParam::template hull<true>(t), t_hull);
}

TYPED_TEST(HullConvexHull, LargeInputFastPaths) {
  // >= 512 points: radix sort. All on the hull: the pre-pass is skipped. The polygon's
  // vertices: prefix sums of primitive vectors sorted by angle (strictly convex).
  std::vector<P> dirs;
  for (long long a = -20; a <= 20; a++)
    for (long long b = -20; b <= 20; b++)
      if ((a || b) && std::gcd(a, b) == 1 && (b > 0 || (b == 0 && a > 0))) dirs.push_back({a, b});
  const std::size_t half = std::min<std::size_t>(dirs.size(), 400);
  dirs.resize(half);
  for (std::size_t i = 0; i < half; i++) dirs.push_back(dirs[i] * -1);
  std::sort(dirs.begin(), dirs.end(), [](const P& a, const P& b) {
    auto up = [](const P& v) { return v.y > 0 || (v.y == 0 && v.x > 0); };
    return up(a) != up(b) ? up(a) : a.cross(b) > 0;
  });
  V poly;
  P cur{-999000000, -999000000};  // the polygon spans < 1e5
  for (const P& d : dirs) poly.push_back(cur), cur = cur + d;
  ASSERT_GE(poly.size(), 512u);
  V in = poly;
  std::mt19937 rng(7);
  std::shuffle(in.begin(), in.end(), rng);
  const V h = TypeParam::hull(in);
  ASSERT_EQ(h.size(), poly.size());  // poly starts at its lowest-leftmost point, CCW
  EXPECT_EQ(h, poly);
  // Same polygon plus many copies of inner points: the pre-pass runs and drops them.
  const P center = (poly[0] + poly[poly.size() / 2]) / 2;
  for (int i = 0; i < 3000; i++) in.push_back((poly[static_cast<std::size_t>(i) % poly.size()] + center) / 2);
  for (int i = 0; i < 3000; i++) in.push_back(center);
  EXPECT_EQ(TypeParam::hull(in), poly);
  // double, -0.0 and +0.0 in one run of equal y (the radix key treats them alike).
  using D = geo::Point<double>;
  std::vector<D> w;
  for (int i = 0; i < 600; i++) w.push_back({i % 2 ? 1.0 : -0.0, i % 3 ? -0.0 : 0.0}), w.push_back({-1, 2});
  EXPECT_EQ(TypeParam::hull(w), (std::vector<D>{{0, 0}, {1, 0}, {-1, 2}}));
}

// Dropping a point within eps of its neighbours' segment, then a neighbour, ... compounds:
// on 150 points of an arc of radius 1000 whose neighbours' sagitta is eps / 100 the chain
// from the first point dropped every point up to where its last neighbour left the band, and
// the middle of that run lay 6.8 eps outside the chord; a staircase of 100 near-duplicates
// (each 0.85 eps from the next, moving away from the hull) lost its first point by 59 eps.
// Now every input point is within eps of the strict hull, and inside <true>'s.
TYPED_TEST(HullConvexHull, FloatingBandDoesNotCompound) {
  using D = geo::Point<double>;
  const double e = geo::eps<double>, r = 1000, step = std::sqrt(8 * r * e) / 10;
  std::vector<D> arc{{0, 0}};
  for (int i = 0; i < 150; i++) arc.push_back({r * std::cos(i * step / r), r * std::sin(i * step / r)});
  std::vector<D> stair{{0, 1000}, {1000, 1000}};
  for (int i = 0; i < 100; i++) stair.push_back({0.6e-9 * i, -0.6e-9 * i});
  for (const auto& in : {arc, stair}) {
    EXPECT_LE(oracle_hull::worst_outside(in, TypeParam::hull(in), geo::eps<double>), 1.0);
    EXPECT_EQ(oracle_hull::worst_outside(in, TypeParam::template hull<true>(in), geo::eps<double>), 0.0);
  }
  // The staircase is collinear: its ends are the hull's lowest vertex and a vertex.
  EXPECT_EQ(TypeParam::hull(stair), (std::vector<D>{{0.6e-9 * 99, -0.6e-9 * 99}, {1000, 1000}, {0, 1000}, {0, 0}}));
}

// <true> used to count b as on segment aq whenever b was within eps of it: near-duplicates at
// a diamond's centre and side corners then made the chain double back through the centre
// (the centre twice in the output, the polygon self-intersecting). Its pops now use the
// rounded sign: the exact hull's boundary points (the oracle).
TYPED_TEST(HullConvexHull, NearDuplicateZigZag) {
  using D = geo::Point<double>;
  const std::vector<D> in{{-0.99999999987499999, -6.2500000000000001e-10}, {-0.99999999987499999, 0},
                          {-1.0000000000000001e-09, -1.0000000000000001e-09}, {-1.0000000000000001e-09, -1.0000000010000001},
                          {-3.7500000000000005e-10, -1}, {-3.7500000000000005e-10, 0},
                          {-8.7500000000000008e-10, 0.99999999900000003}, {0.99999999900000003, -1.0000000000000001e-09},
                          {0.99999999962499997, 0}};
  EXPECT_EQ(oracle_hull::check_hull(in, TypeParam::template hull<true>(in), true), "");
  EXPECT_LE(oracle_hull::worst_outside(in, TypeParam::hull(in), geo::eps<double>), 1.0);
}

// Two points one ulp apart: the pop's cross product (b - a) x (q - a) with q next to b
// cancels and its sign is noise. An adversarial campaign found the strict hull keeping a
// vertex 746 units inside (a right turn, 21% of the area missing) and <true> returning a
// clockwise chain; the oracle says what the hull is. Now the cross product is taken as
// (b - a) x (q - b), which is the same number exactly and does not cancel.
TYPED_TEST(HullConvexHull, UlpPairsDoNotTurnTheChain) {
  using D = geo::Point<double>;
  const std::vector<D> inward{{0x1.95aea632eaa67p+10, 0x1.68b278d0735fbp+9}, {0x1.7e706a49ddbap+8, 0x1.18ff197659p+6},
                              {0x1.8906cd36e101p+12, 0x1.8c5b7a9dc4e34p+11}, {0x1.95aea632eaa68p+10, 0x1.68b278d0735fcp+9},
                              {0x1.d62dd8f20230cp+11, 0x1.7060da64f39ep+12}};
  EXPECT_EQ(oracle_hull::check_hull(inward, TypeParam::hull(inward), false), "");
  const std::vector<D> clockwise{{0x1.0a9d8ec9aa0a1p+11, -0x1.9a501135c1d63p+10}, {-0x1.283e374034a1p+8, -0x1.3bbceae58337bp+3},
                                 {-0x1.283e374034a11p+8, -0x1.3bbceae58337bp+3}, {0x1.2f76efadc2a76p+9, 0x1.dd7e1dbad1545p+8}};
  EXPECT_EQ(oracle_hull::check_hull(clockwise, TypeParam::template hull<true>(clockwise), true), "");
  EXPECT_EQ(oracle_hull::check_hull(clockwise, TypeParam::hull(clockwise), false), "");
}

// Floating near-duplicates (within eps, not equal): not merged. A corner computed twice by
// rounding: the strict hull keeps one copy (the other lies within eps of the segment of its
// neighbours), <true> keeps both, each once, in counter-clockwise order.
TYPED_TEST(HullConvexHull, FloatingNearDuplicatesKeepTheTrueVertices) {
  using D = geo::Point<double>;
  const D near0{2.2204460492503131e-16, -1.1102230246251565e-16};
  const std::vector<D> in{near0, {0, 0}, {2, 0}, {2, 0}, {2, 2}, {2, 2}, {0, 2}, {0, 2}, {0, 0}};
  EXPECT_EQ(TypeParam::hull(in), (std::vector<D>{near0, {2, 0}, {2, 2}, {0, 2}}));
  EXPECT_EQ(TypeParam::template hull<true>(in), (std::vector<D>{near0, {2, 0}, {2, 2}, {0, 2}, {0, 0}}));
  // All points within eps of each other: the strict hull is the lowest and the highest;
  // <true> keeps the exact hull's boundary: the three corners, counter-clockwise.
  const std::vector<D> dot{{1, 1}, {1 + 1e-12, 1}, {1, 1 - 1e-12}};
  EXPECT_EQ(TypeParam::hull(dot), (std::vector<D>{{1, 1 - 1e-12}, {1 + 1e-12, 1}}));
  EXPECT_EQ(TypeParam::template hull<true>(dot), (std::vector<D>{{1, 1 - 1e-12}, {1 + 1e-12, 1}, {1, 1}}));
}

#ifndef NDEBUG
// Beyond 1e9 the pre-pass's cross products overflow, and orient (exact to 4e18) no longer
// stops such input; a NaN would make the sort and every turn meaningless.
TYPED_TEST(HullConvexHullDeathTest, OutOfRangeOrNaNAsserts) {
  const long long B = 1000000000;
  EXPECT_DEATH(TypeParam::hull(V{{0, 0}, {B + 1, 0}, {0, 1}}), "in_range");
  EXPECT_DEATH(TypeParam::template hull<true>(V{{0, 0}, {1, 0}, {0, -B - 1}}), "in_range");
  using PD = geo::Point<double>;
  EXPECT_DEATH(TypeParam::hull(std::vector<PD>{{0, 0}, {std::nan(""), 0}, {0, 1}}), "in_range");
  EXPECT_DEATH(TypeParam::hull(std::vector<PD>{{0, 0}, {1, 0}, {0, INFINITY}}), "in_range");
}
#endif

}  // namespace
