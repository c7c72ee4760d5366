// Unit tests of geometry/rational_point.hpp: RatPoint's reduced form, exact equality and
// (x, y) order, lattice(), point<F>(), frac_cmp's edge cases, cross_point_exact (lattice and
// rational crossings, the 1e9 bound, nearly parallel lines) and the death tests.
#include "geometry/rational_point.hpp"

#include "oracle_rational.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <set>
#include <vector>

namespace {

using geo::Point;
using geo::RatPoint;
using LL = long long;
using PL = Point<LL>;
using W = RatPoint::W;

TEST(RationalPoint, ReducedWithPositiveDenominator) {
  const RatPoint p(W(2), W(-4), W(-6));  // (-1/3, 2/3)
  EXPECT_EQ(p.x, -1);
  EXPECT_EQ(p.y, 2);
  EXPECT_EQ(p.d, 3);
  const RatPoint z(W(0), W(0), W(-7));
  EXPECT_TRUE(z.x == 0 && z.y == 0 && z.d == 1);
  const RatPoint i(PL(5, -3));
  EXPECT_TRUE(i.x == 5 && i.y == -3 && i.d == 1 && i.lattice());
  EXPECT_TRUE(RatPoint(W(10), W(-6), W(2)).lattice());
  EXPECT_FALSE(RatPoint(W(10), W(-5), W(2)).lattice());
}

TEST(RationalPoint, EqualityAndOrderAreExact) {
  EXPECT_EQ(RatPoint(W(1), W(2), W(3)), RatPoint(W(-2), W(-4), W(-6)));
  EXPECT_NE(RatPoint(W(1), W(2), W(3)), RatPoint(W(1), W(2), W(4)));
  EXPECT_LT(RatPoint(W(1), W(5), W(3)), RatPoint(W(1), W(2), W(2)));  // x: 1/3 < 1/2
  EXPECT_LT(RatPoint(W(1), W(1), W(3)), RatPoint(W(2), W(3), W(6)));  // x tie, y 1/3 < 1/2
  EXPECT_FALSE(RatPoint(W(2), W(3), W(6)) < RatPoint(W(1), W(1), W(3)));
  EXPECT_FALSE(RatPoint(W(1), W(1), W(3)) < RatPoint(W(1), W(1), W(3)));
  // numerators near 2.4e28 over denominators near 8e18, one unit apart
  const W big = W(24) * W(1000000000000000000LL) * W(1000000000LL) + 1, d = W(7999999999999999999LL);
  EXPECT_LT(RatPoint(big, W(0), d), RatPoint(big + 1, W(0), d));
  EXPECT_LT(RatPoint(big + 1, W(0), d + 1), RatPoint(big, W(0), d - 1));
  std::set<RatPoint> s{RatPoint(W(1), W(0), W(2)), RatPoint(W(2), W(0), W(4)), RatPoint(W(0), W(0), W(1))};
  EXPECT_EQ(s.size(), 2u);
}

TEST(RationalPoint, FracCmp) {
  const W big = W(1) << 100, d = (W(1) << 62) + 3;
  EXPECT_EQ(geo::frac_cmp(W(1), W(3), W(2), W(6)), 0);
  EXPECT_EQ(geo::frac_cmp(W(-1), W(3), W(0), W(6)), -1);
  EXPECT_EQ(geo::frac_cmp(big, d, big + 1, d), -1);
  EXPECT_EQ(geo::frac_cmp(-big, d, -big + 1, d + 1), -1);
  EXPECT_EQ(geo::frac_cmp(big * 3, d * 3, big, d), 0);
}

TEST(RationalPoint, Doubles) {
  const RatPoint p(W(7), W(-1), W(2));
  EXPECT_EQ(p.point(), Point<double>(3.5, -0.5));
  EXPECT_EQ(p.point<long double>(), Point<long double>(3.5L, -0.5L));
  const auto t = RatPoint(W(1), W(2), W(3)).point();
  EXPECT_NEAR(t.x, 1.0 / 3, 1e-16);
  EXPECT_NEAR(t.y, 2.0 / 3, 1e-16);
}

TEST(RationalPoint, CrossPointExact) {
  EXPECT_EQ(geo::cross_point_exact(PL(0, 0), PL(2, 2), PL(0, 2), PL(2, 0)), RatPoint(PL(1, 1)));
  const RatPoint r = geo::cross_point_exact(PL(0, 0), PL(3, 1), PL(0, 1), PL(1, 0));  // (3/4, 1/4)
  EXPECT_EQ(r, RatPoint(W(3), W(1), W(4)));
  EXPECT_FALSE(r.lattice());
  // the crossing beyond the points given (lines, not segments); swapping and reversing
  const RatPoint f = geo::cross_point_exact(PL(0, 0), PL(1, 0), PL(5, 1), PL(6, 3));
  EXPECT_EQ(f, RatPoint(W(9), W(0), W(2)));
  EXPECT_EQ(geo::cross_point_exact(PL(6, 3), PL(5, 1), PL(1, 0), PL(0, 0)), f);
  // nearly parallel at 1e9: directions (2e9, 2e9 - 1) and (2e9 - 1, 2e9 - 2)
  const LL M = 1000000000;
  const PL a(-M, -M), b(M, M - 1), c(-M, -M + 1), d(M - 1, M - 1);
  const RatPoint x = geo::cross_point_exact(a, b, c, d);
  oracle::QP want;
  ASSERT_TRUE(oracle::line_cross(a, b, c, d, want));
  EXPECT_TRUE(oracle::same(want, x.x, x.y, x.d));
  EXPECT_EQ(geo::cross_point_exact(c, d, a, b), x);
}

using RationalPointDeathTest = ::testing::Test;
TEST(RationalPointDeathTest, PreconditionsAssert) {
  EXPECT_DEATH(RatPoint(W(1), W(1), W(0)), "D != 0");
  EXPECT_DEATH(RatPoint(W(1), W(1), W(1) << 64), "63");
  EXPECT_DEATH(geo::cross_point_exact(PL(0, 0), PL(1, 1), PL(0, 1), PL(2, 3)), "parallel");
  EXPECT_DEATH(geo::cross_point_exact(PL(0, 0), PL(0, 0), PL(0, 1), PL(2, 3)), "parallel");
  const LL M = 1000000000;
  EXPECT_DEATH(geo::cross_point_exact(PL(0, 0), PL(M + 1, 0), PL(0, 1), PL(1, 3)), "in_range");
}

}  // namespace
