// Unit tests for geometry/orient.hpp: orient on concrete cases, exact and floating,
// the eps bands, symmetry, the eps override, and why the tolerance is an altitude and not a
// threshold on the raw cross product (the latter is not homogeneous); cross_sign, exact
// against the oracle up to 4e18 and where the naive double product loses the sign.
#include "geometry/orient.hpp"

#include "oracle.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cmath>
#include <random>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
constexpr LL M = 1000000000;

template <class T> void expect_symmetric(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  const int r = geo::orient(a, b, c);
  EXPECT_EQ(geo::orient(b, c, a), r);
  EXPECT_EQ(geo::orient(c, a, b), r);
  EXPECT_EQ(geo::orient(b, a, c), -r);
  EXPECT_EQ(geo::orient(a, c, b), -r);
  EXPECT_EQ(geo::orient(c, b, a), -r);
}

// ------------------------------------------------------------------ orient, long long

TEST(Orient, LongLongBasic) {
  EXPECT_EQ(geo::orient(PL(0, 0), PL(1, 0), PL(0, 1)), 1);
  EXPECT_EQ(geo::orient(PL(0, 0), PL(0, 1), PL(1, 0)), -1);
  EXPECT_EQ(geo::orient(PL(0, 0), PL(1, 1), PL(2, 2)), 0);
  EXPECT_EQ(geo::orient(PL(0, 0), PL(2, 2), PL(1, 1)), 0);
  EXPECT_EQ(geo::orient(PL(1, 1), PL(1, 1), PL(5, 3)), 0);  // duplicate points
  EXPECT_EQ(geo::orient(PL(4, 4), PL(4, 4), PL(4, 4)), 0);
  expect_symmetric(PL(0, 0), PL(5, 1), PL(2, 7));
}

TEST(Orient, LongLongAtTheBound) {
  EXPECT_EQ(geo::orient(PL(-M, -M), PL(M, M), PL(M - 1, M)), 1);   // cross = 2e9
  EXPECT_EQ(geo::orient(PL(-M, -M), PL(M, M), PL(M, M - 1)), -1);
  EXPECT_EQ(geo::orient(PL(-M, -M), PL(M, M), PL(0, 0)), 0);
  EXPECT_EQ(geo::orient(PL(-M, M), PL(M, -M), PL(M, M)), 1);        // cross = 4e18
  EXPECT_EQ(geo::orient(PL(-M, -M + 1), PL(M, M), PL(0, 1)), 1);    // cross = 1e9
  EXPECT_EQ(geo::orient(PL(-M, -M + 1), PL(M, M), PL(1, 1)), -1);   // cross = 1 - 1e9
  expect_symmetric(PL(-M, -M), PL(M, M), PL(M - 1, M));
}

// The library's own outputs reach 2e9 (a Minkowski sum of 1e9 polygons), where both
// 64-bit products of the cross product overflow; orient is exact up to 4e18.
constexpr LL W = 4000000000000000000;  // 4e18, the documented bound
TEST(Orient, LongLongBeyondOneBillion) {
  auto exact = [](const PL& a, const PL& b, const PL& c) {
    return oracle::orientation(oracle::qp(a), oracle::qp(b), oracle::qp(c));
  };
  for (const LL B : {2 * M, W}) {
    const PL cases[][3] = {
        {PL(-B, -B), PL(B, B), PL(B - 1, B)},   // |cross| = 2B, products ~4B^2 each
        {PL(-B, -B), PL(B, B), PL(B, B - 1)},
        {PL(-B, -B), PL(B, B), PL(0, 0)},
        {PL(-B, -B), PL(B, B), PL(-B + 1, -B + 1)},
        {PL(-B, B), PL(B, -B), PL(B, B)},       // cross = 8 B^2
        {PL(-B, B), PL(B, -B), PL(-B, -B)},
        {PL(-B, -B + 1), PL(B, B), PL(1, 1)},   // cross = 1 - B
        {PL(B, -B), PL(-B, B), PL(-B + 1, B)},
    };
    for (const auto& t : cases) {
      const int want = exact(t[0], t[1], t[2]);
      EXPECT_EQ(geo::orient(t[0], t[1], t[2]), want) << B;
      expect_symmetric(t[0], t[1], t[2]);
    }
  }
  EXPECT_EQ(geo::orient(PL(-2 * M, -2 * M), PL(2 * M, 2 * M), PL(2 * M - 1, 2 * M)), 1);
  EXPECT_EQ(geo::orient(PL(-W, -W), PL(W, W), PL(W, W - 1)), -1);
  EXPECT_EQ(geo::orient(PL(-W, -W), PL(W, W), PL(-W + 1, -W + 1)), 0);
}


#ifndef NDEBUG
TEST(OrientDeathTest, LongLongBeyondTheBoundAsserts) {
  EXPECT_DEATH((void)geo::orient(PL(W + 1, 0), PL(0, 0), PL(1, 1)), "in_range");
  EXPECT_DEATH((void)geo::orient(PL(0, 0), PL(0, -W - 1), PL(1, 1)), "in_range");
}
TEST(OrientDeathTest, NonFiniteAsserts) {
  EXPECT_DEATH((void)geo::orient(PD(std::nan(""), 0), PD(0, 0), PD(1, 1)), "in_range");
}
#endif

// ------------------------------------------------------------------ orient, floating

TEST(Orient, DoubleEpsBands) {
  const PD a(0, 0), b(1, 0);  // longest side 1: altitude == |c.y|
  EXPECT_EQ(geo::orient(a, b, PD(0.5, 0.4e-9)), 0);    // <= eps/2: must be 0
  EXPECT_EQ(geo::orient(a, b, PD(0.5, -0.4e-9)), 0);
  EXPECT_EQ(geo::orient(a, b, PD(0.5, 2.5e-9)), 1);    // >= 2 eps: exact sign
  EXPECT_EQ(geo::orient(a, b, PD(0.5, -2.5e-9)), -1);
  EXPECT_EQ(geo::orient(a, b, PD(0.5, 0.5)), 1);
  expect_symmetric(a, b, PD(0.5, 1e-9));  // in the band: any answer, but the same one
  expect_symmetric(a, b, PD(0.5, 0.9e-9));
  expect_symmetric(a, b, PD(0.5, 1.1e-9));
}

TEST(Orient, DoubleMeasuresTheSmallestAltitude) {
  // c is 3e-8 (30 eps) away from line ab, but the triangle's smallest altitude (onto the
  // longest side ac, length ~100) is 3e-10 <= eps/2: collinear, from every vertex alike.
  const PD a(0, 0), b(1, 0), c(100, 3e-8);
  EXPECT_EQ(geo::orient(a, b, c), 0);
  expect_symmetric(a, b, c);
  EXPECT_EQ(geo::orient(a, b, PD(100, 3e-7)), 1);  // altitude 3e-9 >= 2 eps
}

TEST(Orient, DoubleExactlyCollinearUnderFma) {
  // c = 2 b exactly, so abc is exactly collinear; an FMA-contracted raw cross product
  // (what GCC emits for a*b - c*d under -mfma) is the rounding error of one product: not 0.
  const PD a(0, 0), b(0.1, 0.3), c(0.2, 0.6);
  ASSERT_EQ(oracle::orientation(oracle::qp(a), oracle::qp(b), oracle::qp(c)), 0);
  const double fused = std::fma(b.x, c.y, -(b.y * c.x));
  EXPECT_NE(fused, 0.0);
  EXPECT_EQ(geo::orient(a, b, c), 0);
  expect_symmetric(a, b, c);
}

TEST(Orient, LongDouble) {
  using P = Point<long double>;
  EXPECT_EQ(geo::orient(P(0, 0), P(1, 0), P(0.5L, 0.4e-9L)), 0);
  EXPECT_EQ(geo::orient(P(0, 0), P(1, 0), P(0.5L, -2.5e-9L)), -1);
  // near the documented long double bound 8.0e8
  EXPECT_EQ(geo::orient(P(-8e8L, -8e8L), P(8e8L, 8e8L), P(0, 1e-6L)), 1);
  EXPECT_EQ(geo::orient(P(-8e8L, -8e8L), P(8e8L, 8e8L), P(1e-10L, 0)), 0);
}

// The design's reason for an altitude: scaling every coordinate and eps by 4 leaves orient's
// answer unchanged, while a threshold on the raw cross product (an area, which scales by 16)
// flips from "collinear" to "counter-clockwise".
TEST(Orient, RawCrossThresholdIsNotHomogeneous) {
  auto raw = [](const PD& a, const PD& b, const PD& c) { return geo::sgn((b - a).cross(c - a)); };
  const PD a(0, 0), b(1, 0), c(0.5, 0.4e-9);
  const PD a4 = a * 4.0, b4 = b * 4.0, c4 = c * 4.0;
  int raw1 = 0, raw4 = 0, o1 = 0, o4 = 0;
  o1 = geo::orient(a, b, c);
  raw1 = raw(a, b, c);  // cross 4e-10 <= eps 1e-9
  {
    geotest::ScopedEps<double> scoped(4e-9);
    o4 = geo::orient(a4, b4, c4);
    raw4 = raw(a4, b4, c4);  // cross 6.4e-9 > eps 4e-9
  }
  EXPECT_EQ(raw1, 0);
  EXPECT_EQ(raw4, 1);
  EXPECT_NE(raw1, raw4);  // the raw threshold is not homogeneous
  EXPECT_EQ(o1, 0);       // altitude 4e-10 <= eps/2 and 1.6e-9 <= 4e-9/2
  EXPECT_EQ(o4, o1);
}

TEST(Orient, EpsOverride) {
  const PD a(0, 0), b(1, 0), c(0.5, 1e-7);
  EXPECT_EQ(geo::orient(a, b, c), 1);
  {
    geotest::ScopedEps<double> scoped(1e-6);
    EXPECT_EQ(geo::orient(a, b, c), 0);
  }
  EXPECT_EQ(geo::orient(a, b, c), 1);
}

// ------------------------------------------------------------------ ccw





// ------------------------------------------------------------------ cross_sign

TEST(CrossSign, LongLong) {
  EXPECT_EQ(geo::cross_sign(PL(1, 0), PL(0, 1)), 1);
  EXPECT_EQ(geo::cross_sign(PL(0, 1), PL(1, 0)), -1);
  EXPECT_EQ(geo::cross_sign(PL(2, 4), PL(-1, -2)), 0);
  EXPECT_EQ(geo::cross_sign(PL(0, 0), PL(5, 7)), 0);
}

TEST(CrossSign, LongLongAt2e9) {
  const LL T = 2000000000;
  EXPECT_EQ(geo::cross_sign(PL(T, -T), PL(T, T)), 1);          // 8e18, no overflow
  EXPECT_EQ(geo::cross_sign(PL(T, T), PL(-T, -T)), 0);
  EXPECT_EQ(geo::cross_sign(PL(T, T - 1), PL(T - 1, T - 2)), -1);  // exactly -1
  EXPECT_EQ(geo::cross_sign(PL(T - 1, T - 2), PL(T, T - 1)), 1);
}

TEST(CrossSign, DoubleExactWhereTheNaiveProductIsNot) {
  // cross = 1 - (1 + 2^-52)(1 - 2^-53) = -2^-53 + 2^-105 < 0, but both products round to 1
  const PD a(1, 1 + 0x1p-52), b(1 - 0x1p-53, 1);
  ASSERT_EQ(oracle::sign(oracle::cross(oracle::qp(a), oracle::qp(b))), -1);
  volatile double p1 = a.x * b.y, p2 = a.y * b.x;  // no contraction: two rounded products
  EXPECT_EQ(p1 - p2, 0.0);
  EXPECT_EQ(geo::cross_sign(a, b), -1);
  EXPECT_EQ(geo::cross_sign(b, a), 1);
  EXPECT_EQ(geo::cross_sign(PD(0.1, 0.3), PD(0.2, 0.6)), 0);  // b = 2a exactly
  EXPECT_EQ(geo::cross_sign(PD(1e-150, 3), PD(1e-150, 3)), 0);
}

TEST(CrossSign, LongDouble) {
  using P = Point<long double>;
  const P a(1, 1 + 0x1p-63L), b(1 - 0x1p-64L, 1);
  ASSERT_EQ(oracle::sign(oracle::cross(oracle::qp(a), oracle::qp(b))), -1);
  EXPECT_EQ(geo::cross_sign(a, b), -1);
  EXPECT_EQ(geo::cross_sign(b, a), 1);
}

// Beyond 2e9 the 64-bit products overflow; compared in __int128 the sign stays exact for every
// long long, up to LLONG_MAX.
TEST(CrossSign, LongLongBeyond2e9MatchesTheOracle) {
  auto exact = [](const PL& a, const PL& b) {
    return oracle::sign(oracle::cross(oracle::qp(a), oracle::qp(b)));
  };
  for (const LL T : {LL(4000000000), W, LLONG_MAX}) {
    const PL a(T, T - 1), b(T - 1, T - 2);  // a x b = T(T-2) - (T-1)^2 = -1
    ASSERT_EQ(exact(a, b), -1);
    EXPECT_EQ(geo::cross_sign(a, b), -1);
    EXPECT_EQ(geo::cross_sign(b, a), 1);
    EXPECT_EQ(geo::cross_sign(PL(T, -T), PL(-T, T)), 0);
    EXPECT_EQ(geo::cross_sign(PL(-T, -T), PL(T, -T)), 1);
  }
  std::mt19937_64 rng(11);
  for (const LL T : {LL(4000000000), W, LLONG_MAX}) {
    std::uniform_int_distribution<LL> c(-T, T), k(-3, 3);
    for (int i = 0; i < 2000; i++) {
      const PL a(c(rng), c(rng));
      // b nearly parallel to a half the time: a / 2 moved by a few units, in range
      const PL b = i % 2 ? PL(c(rng), c(rng)) : PL(a.x / 2 + k(rng), a.y / 2 + k(rng));
      ASSERT_EQ(geo::cross_sign(a, b), exact(a, b)) << a.x << ' ' << a.y << ' ' << b.x << ' ' << b.y;
    }
  }
}

#ifndef NDEBUG
TEST(CrossSignDeathTest, NonFiniteAsserts) {
  EXPECT_DEATH((void)geo::cross_sign(PD(std::nan(""), 0), PD(1, 1)), "l - l == 0 && r - r == 0");
  EXPECT_DEATH((void)geo::cross_sign(PD(1e200, 1), PD(1, 1e200)), "l - l == 0 && r - r == 0");  // overflow
}
#endif

}  // namespace
