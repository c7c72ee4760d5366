// Unit tests of geometry/circle/through.hpp: two, one (the midpoint) or no centres, the left
// one first, exact counts at the bounds, floating eps as a length, asserted preconditions.
#include "geometry/circle/through.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Point;
using geo::through;
using PL = Point<long long>;
using PD = Point<double>;

TEST(CircleThrough, TwoOneNone) {
  auto c = through(PL(0, 0), PL(6, 8), 5LL);  // 2r apart: the midpoint
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].x, 3.0);
  EXPECT_EQ(c[0].y, 4.0);
  EXPECT_TRUE(through(PL(0, 0), PL(6, 8), 4LL).empty());
  c = through(PL(0, 0), PL(8, 0), 5LL);  // centres (4, 3) left of a -> b, then (4, -3)
  ASSERT_EQ(c.size(), 2u);
  EXPECT_NEAR(c[0].x, 4, 1e-15);
  EXPECT_NEAR(c[0].y, 3, 1e-15);
  EXPECT_NEAR(c[1].x, 4, 1e-15);
  EXPECT_NEAR(c[1].y, -3, 1e-15);
  c = through(PL(8, 0), PL(0, 0), 5LL);  // reversed: the left one is now below
  EXPECT_NEAR(c[0].y, -3, 1e-15);
  EXPECT_TRUE(through(PL(0, 0), PL(1, 0), 0LL).empty());
}

TEST(CircleThrough, ExactAtTheBounds) {
  const long long B = 1000000000;
  // |b - a|^2 = 4 r^2 - 1: two centres, 1e-9 apart in r's units; one more unit: none
  EXPECT_EQ(through(PL(-B, 0), PL(-B + 19999, 1), 10000LL).size(), 2u);   // 399960002 < 4e8
  EXPECT_EQ(through(PL(0, 0), PL(19999, 200), 10000LL).size(), 0u);      // 400000001 > 4e8
  EXPECT_EQ(through(PL(-B, -B), PL(B, B), B).size(), 0u);               // 8e18 > 4e18
  auto c = through(PL(-B, 0), PL(B, 0), B);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].x, 0.0);
  c = through(PL(-B, -B), PL(B, -B + 2), B);  // d^2 = 4e18 + 4 > 4 r^2: none
  EXPECT_TRUE(c.empty());
  c = through(PL(-B, -B), PL(B - 2, -B), B);  // two, close to the midpoint
  ASSERT_EQ(c.size(), 2u);
  for (auto p : c) {  // both within rounding of r from a and b
    EXPECT_NEAR(std::hypot(p.x + B, p.y + B), double(B), 1e-6 * B);
    EXPECT_NEAR(std::hypot(p.x - (B - 2), p.y + B), double(B), 1e-6 * B);
  }
  EXPECT_GT(c[0].y, c[1].y);  // left of a -> b (pointing +x) is above
}

TEST(CircleThrough, FloatingEpsIsALength) {
  EXPECT_EQ(through(PD(0, 0), PD(10 + 1e-10, 0), 5.0).size(), 1u);  // within eps: tangent
  EXPECT_EQ(through(PD(0, 0), PD(10 - 1e-10, 0), 5.0).size(), 1u);
  EXPECT_EQ(through(PD(0, 0), PD(10 + 1e-7, 0), 5.0).size(), 0u);
  auto c = through(PD(0, 0), PD(10 - 1e-7, 0), 5.0);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_GT(c[0].y, 0);
  auto m = through(PD(0, 0), PD(10 - 1e-10, 0), 5.0)[0];  // the midpoint, exactly
  EXPECT_EQ(m.y, 0.0);
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(through(PD(0, 0), PD(10 + 1e-7, 0), 5.0).size(), 1u);
  EXPECT_EQ(through(Point<long double>(0, 0), Point<long double>(0, 2), 1.0L).size(), 1u);
}

TEST(CircleThroughDeath, Preconditions) {
  EXPECT_DEATH(through(PL(1, 1), PL(1, 1), 5LL), "");  // every circle through a
  EXPECT_DEATH(through(PL(0, 0), PL(1, 1), -1LL), "");
  EXPECT_DEATH(through(PL(0, 0), PL(1000000001, 1), 5LL), "");
  EXPECT_DEATH(through(PL(0, 0), PL(1, 1), 1000000001LL), "");
  EXPECT_DEATH(through(PD(0, 0), PD(std::nan(""), 1), 1.0), "");
  // |b - a|^2 underflows below ~1e-154: the centres were NaN and inf; now asserted
  EXPECT_DEATH(through(PD(0, 0), PD(0x1.8p-513, 0), 1.0), "1e-140");
  EXPECT_EQ(through(PD(0, 0), PD(1e-140, 0), 1.0).size(), 2u);  // the bound itself is fine
}

}  // namespace
