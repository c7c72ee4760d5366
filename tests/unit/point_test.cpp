// Unit tests for geometry/point.hpp: every member and free function, with degenerate inputs
// (zero vector, signed zeros, the 1e9 bound) and in_range. Printing and reading: io_test.cpp.
// The scalar rules (eps, sgn, wide_t, real_t): scalar_test.cpp; Where: where_test.cpp.
#include "geometry/point.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cmath>
#include <limits>
#include <set>
#include <type_traits>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;

TEST(Point, DefaultIsOrigin) {
  const PL p;
  EXPECT_EQ(p.x, 0);
  EXPECT_EQ(p.y, 0);
  const PD q{};
  EXPECT_EQ(q.x, 0.0);
  EXPECT_EQ(q.y, 0.0);
}

TEST(Point, Arithmetic) {
  const PL a(1, 2), b(3, 4);
  EXPECT_EQ(a + b, PL(4, 6));
  EXPECT_EQ(a - b, PL(-2, -2));
  EXPECT_EQ(a * -1, PL(-1, -2));
  EXPECT_EQ(a * 3, PL(3, 6));
  EXPECT_EQ(PL(7, -7) / 2, PL(3, -3));  // integral division truncates toward zero
  EXPECT_EQ(PD(1, 2) / 4.0, PD(0.25, 0.5));
}

TEST(Point, EqualityAndLexicographicOrder) {
  EXPECT_TRUE(PL(1, 2) == PL(1, 2));
  EXPECT_FALSE(PL(1, 2) != PL(1, 2));
  EXPECT_TRUE(PL(1, 2) != PL(2, 1));
  EXPECT_TRUE(PL(1, 5) < PL(2, 0));   // x first
  EXPECT_FALSE(PL(2, 0) < PL(1, 5));
  EXPECT_TRUE(PL(1, 2) < PL(1, 3));   // then y
  EXPECT_FALSE(PL(1, 3) < PL(1, 3));  // irreflexive
  const std::set<PL> s{PL(1, 2), PL(0, 5), PL(1, 2), PL(0, -1)};
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(*s.begin(), PL(0, -1));
  // exact, not eps-tolerant
  EXPECT_FALSE(PD(1, 1) == PD(1, 1 + 1e-15));
  EXPECT_TRUE(PD(0.0, 1) == PD(-0.0, 1));  // IEEE: -0.0 == 0.0
}

TEST(Point, DotCrossNorms) {
  const PL a(1, 2), b(3, 4);
  EXPECT_EQ(a.dot(b), 11);
  EXPECT_EQ(a.cross(b), -2);
  EXPECT_EQ(b.cross(a), 2);
  EXPECT_EQ(PL(1, 1).cross(PL(2, 1), PL(1, 2)), 1);   // (b - this) x (c - this)
  EXPECT_EQ(PL(1, 1).cross(PL(1, 2), PL(2, 1)), -1);
  EXPECT_EQ(PL(3, 4).norm2(), 25);
  static_assert(std::is_same<decltype(PL(3, 4).norm()), double>::value, "norm of long long is double");
  EXPECT_EQ(PL(3, 4).norm(), 5.0);
  EXPECT_EQ(dist2(PL(1, 1), PL(4, 5)), 25);
  EXPECT_EQ(dist(PL(1, 1), PL(4, 5)), 5.0);
  EXPECT_EQ(dist(PD(0.5, 0), PD(0.5, -2)), 2.0);
}

TEST(Point, ExactAtTheBound) {
  const LL M = 1000000000;
  EXPECT_EQ(PL(M, M).norm2(), 2000000000000000000LL);
  EXPECT_EQ(dist2(PL(-M, -M), PL(M, M)), 8000000000000000000LL);
  EXPECT_EQ(PL(M, -M).cross(PL(M, M)), 2000000000000000000LL);
  EXPECT_EQ(PL(-M, -M).cross(PL(M, -M), PL(-M, M)), 4000000000000000000LL);
  EXPECT_EQ(PL(-M, M).cross(PL(M, -M), PL(-M, -M)), -4000000000000000000LL);
  EXPECT_EQ(PL(M, M).dot(PL(-M, -M)), -2000000000000000000LL);
}

TEST(Point, Perpendiculars) {
  EXPECT_EQ(PL(1, 2).perp(), PL(-2, 1));
  EXPECT_EQ(PL(1, 2).perp() * -1, PL(2, -1));
  EXPECT_EQ(PL(1, 2).perp().perp(), PL(-1, -2));
  EXPECT_EQ(PL(1, 2).perp().perp().perp().perp(), PL(1, 2));
  EXPECT_EQ(PL(0, 0).perp(), PL(0, 0));
}



TEST(Point, ExplicitConversionCastsEachCoordinate) {
  EXPECT_EQ(PD(PL(3, -1000000001)), PD(3, -1000000001));
  EXPECT_EQ(PL(PD(2.75, -2.75)), PL(2, -2));  // truncates, as the cast does
  const LL big = (1LL << 53) + 1;             // rounds once to the nearest double
  EXPECT_EQ(PD(PL(big, 0)).x, static_cast<double>(big));
  EXPECT_EQ(Point<long double>(PL(big, -big)), Point<long double>(big, -big));  // exact
  static_assert(!std::is_convertible<PL, PD>::value, "explicit only");
}

TEST(Point, ZeroVectorOverItsNormIsNaN) {  // documented: 0 / 0, no assertion
  for (const PD z : {PD(0, 0), PD(-0.0, 0.0)}) {
    const PD u = z / z.norm();
    EXPECT_TRUE(std::isnan(u.x) && std::isnan(u.y));
  }
}

TEST(Point, InRange) {
  EXPECT_TRUE(geo::in_range(PL(1000000000, -1000000000), 1000000000));
  EXPECT_FALSE(geo::in_range(PL(1000000001, 0), 1000000000));
  EXPECT_FALSE(geo::in_range(PL(0, -1000000001), 1000000000));
  EXPECT_TRUE(geo::in_range(PD(1e300, -1e300), 1000000000));
  EXPECT_FALSE(geo::in_range(PD(std::nan(""), 0), 1000000000));
  EXPECT_FALSE(geo::in_range(PD(0, INFINITY), 1000000000));
}

TEST(Point, InRangeAtTheBound) {
  using PL = geo::Point<long long>;
  using PD = geo::Point<double>;
  const long long B = 1000000000;
  EXPECT_TRUE(geo::in_range(PL(B, -B), B));
  EXPECT_TRUE(geo::in_range(PL(-B, B), B));
  EXPECT_FALSE(geo::in_range(PL(B + 1, 0), B));  // each coordinate is checked
  EXPECT_FALSE(geo::in_range(PL(0, B + 1), B));
  EXPECT_FALSE(geo::in_range(PL(-B - 1, 0), B));
  EXPECT_FALSE(geo::in_range(PL(0, -B - 1), B));
  EXPECT_FALSE(geo::in_range(PL(LLONG_MIN, 0), B));
  EXPECT_FALSE(geo::in_range(PL(0, LLONG_MAX), B));
  EXPECT_TRUE(geo::in_range(PD(1e300, -1e300), B));  // floating: finite is enough
  EXPECT_FALSE(geo::in_range(PD(std::numeric_limits<double>::infinity(), 0), 1));
  EXPECT_FALSE(geo::in_range(PD(0, std::nan("")), 1));
  EXPECT_FALSE(geo::in_range(
      geo::Point<long double>(0, -std::numeric_limits<long double>::infinity()), 1));
  // a number r is checked as the point (r, 0)
  EXPECT_FALSE(geo::in_range(PD(std::nan("")), 1));
  EXPECT_FALSE(geo::in_range(PL(B + 1), B));
  __extension__ typedef __int128 i128;
  using PI = geo::Point<i128>;
  // every integer type std::is_integral knows (__int128 only in gnu++ modes) is checked
  EXPECT_EQ(geo::in_range(PI(static_cast<i128>(1) << 100, 0), 1),
            !std::is_integral<i128>::value);
  EXPECT_TRUE(geo::in_range(PI(0, static_cast<i128>(1) << 60), LLONG_MAX));
}


}  // namespace
