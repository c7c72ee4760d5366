// Unit tests of geometry/rational_point.hpp: RatPoint's exact equality across
// representations, the exact (x, y) order and cmp, lattice(), point<F>(), frac_cmp's edge
// cases, and a std::set of RatPoints.
#include "geometry/rational_point.hpp"

#include <gtest/gtest.h>
#include <set>

namespace {

using geo::Point;
using geo::RatPoint;
using W = RatPoint::W;

RatPoint R(W x, W y, W d) { return RatPoint{x, y, d}; }

TEST(RationalPoint, EqualityAcrossRepresentations) {
  EXPECT_EQ(R(1, 2, 3), R(2, 4, 6));
  EXPECT_EQ(R(-1, 0, 3), R(-5, 0, 15));
  EXPECT_FALSE(R(1, 2, 3) == R(1, 2, 4));
  EXPECT_FALSE(R(1, 2, 3) == R(2, 4, 7));
  EXPECT_EQ(R(0, 0, 7), R(0, 0, 1));
}

TEST(RationalPoint, OrderAndCmpAreExact) {
  EXPECT_LT(R(1, 5, 3), R(1, 2, 2));  // x: 1/3 < 1/2
  EXPECT_LT(R(1, 1, 3), R(2, 3, 6));  // x tie, y 1/3 < 1/2
  EXPECT_FALSE(R(2, 3, 6) < R(1, 1, 3));
  EXPECT_FALSE(R(1, 1, 3) < R(2, 2, 6));
  EXPECT_EQ(R(1, 1, 3).cmp(R(2, 3, 6)), -1);
  EXPECT_EQ(R(2, 3, 6).cmp(R(1, 1, 3)), 1);
  EXPECT_EQ(R(2, 2, 6).cmp(R(1, 1, 3)), 0);
  EXPECT_LT(R(-1, 9, 2), R(0, -9, 1));  // negative numerators
  // numerators near 2.4e28 over denominators near 8e18, one unit apart
  const W big = W(24) * W(1000000000000000000LL) * W(1000000000LL) + 1, d = W(7999999999999999999LL);
  EXPECT_LT(R(big, 0, d), R(big + 1, 0, d));
  EXPECT_LT(R(big + 1, 0, d + 1), R(big, 0, d - 1));
  const W e = W(2000000000000000001LL);  // another scale of the same point; y off by 1/(3e)
  EXPECT_EQ(R(big * 3, 0, e * 3), R(big, 0, e));
  EXPECT_FALSE(R(big * 3, 1, e * 3) == R(big, 0, e));
  EXPECT_LT(R(big, 0, e), R(big * 3, 1, e * 3));
}

TEST(RationalPoint, SetMergesEqualPoints) {
  std::set<RatPoint> s{R(1, 0, 2), R(2, 0, 4), R(0, 0, 1), R(3, 0, 6)};
  EXPECT_EQ(s.size(), 2u);
}

TEST(RationalPoint, Lattice) {
  EXPECT_TRUE(R(5, -3, 1).lattice());
  EXPECT_TRUE(R(10, -6, 2).lattice());
  EXPECT_FALSE(R(10, -5, 2).lattice());
  EXPECT_FALSE(R(1, 0, 2).lattice());
  EXPECT_TRUE(R(0, 0, 9).lattice());
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
  const RatPoint p = R(7, -1, 2);
  EXPECT_EQ(p.point(), Point<double>(3.5, -0.5));
  EXPECT_EQ(p.point<long double>(), Point<long double>(3.5L, -0.5L));
  const auto t = R(1, 2, 3).point();
  EXPECT_NEAR(t.x, 1.0 / 3, 1e-16);
  EXPECT_NEAR(t.y, 2.0 / 3, 1e-16);
}

}  // namespace
