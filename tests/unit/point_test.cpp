// Unit tests for geometry/point.hpp: every member and free function, with degenerate inputs
// (zero vector, signed zeros, the 1e9 bound) and the printing contract (never "-0.000...").
#include "geometry/point.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;

template <class T> std::string print(const Point<T>& p) {
  std::ostringstream os;
  os << p;
  return os.str();
}

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
  EXPECT_EQ(-a, PL(-1, -2));
  EXPECT_EQ(a * 3, PL(3, 6));
  EXPECT_EQ(3 * a, PL(3, 6));
  EXPECT_EQ(PL(7, -7) / 2, PL(3, -3));  // integral division truncates toward zero
  EXPECT_EQ(PD(1, 2) / 4.0, PD(0.25, 0.5));
  PL c = a;
  c += b;
  EXPECT_EQ(c, PL(4, 6));
  c -= a;
  EXPECT_EQ(c, b);
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
  EXPECT_EQ(geo::dist2(PL(1, 1), PL(4, 5)), 25);
  EXPECT_EQ(geo::dist(PL(1, 1), PL(4, 5)), 5.0);
  EXPECT_EQ(geo::dist(PD(0.5, 0), PD(0.5, -2)), 2.0);
}

TEST(Point, ExactAtTheBound) {
  const LL M = 1000000000;
  EXPECT_EQ(PL(M, M).norm2(), 2000000000000000000LL);
  EXPECT_EQ(geo::dist2(PL(-M, -M), PL(M, M)), 8000000000000000000LL);
  EXPECT_EQ(PL(M, -M).cross(PL(M, M)), 2000000000000000000LL);
  EXPECT_EQ(PL(-M, -M).cross(PL(M, -M), PL(-M, M)), 4000000000000000000LL);
  EXPECT_EQ(PL(-M, M).cross(PL(M, -M), PL(-M, -M)), -4000000000000000000LL);
  EXPECT_EQ(PL(M, M).dot(PL(-M, -M)), -2000000000000000000LL);
}

TEST(Point, Perpendiculars) {
  EXPECT_EQ(PL(1, 2).perp(), PL(-2, 1));
  EXPECT_EQ(PL(1, 2).perp_cw(), PL(2, -1));
  EXPECT_EQ(PL(1, 2).perp().perp(), PL(-1, -2));
  EXPECT_EQ(PL(1, 2).perp().perp_cw(), PL(1, 2));
  EXPECT_EQ(PL(0, 0).perp(), PL(0, 0));
}

TEST(Point, AngleOfAPoint) {
  EXPECT_DOUBLE_EQ(PD(0, 1).angle(), M_PI / 2);
  EXPECT_DOUBLE_EQ(PD(1, 1).angle(), M_PI / 4);
  EXPECT_DOUBLE_EQ(PD(0, -2).angle(), -M_PI / 2);
  EXPECT_EQ(PD(-1, 0).angle(), M_PI);
  EXPECT_EQ(PD(3, 0).angle(), 0.0);
  EXPECT_EQ(PD(0, 0).angle(), 0.0);
}

// angle() is documented to lie in (-pi, pi]; a negative-zero y (what -PD(1, 0) produces)
// must not give -pi.
TEST(Point, AngleWithNegativeZeroYStaysInRange) {
  const PD p = -PD(1, 0);  // (-1, -0.0)
  ASSERT_TRUE(std::signbit(p.y));
  EXPECT_GT(p.angle(), -M_PI);
  EXPECT_EQ(p.angle(), M_PI);
}

TEST(Point, AngleBetweenVectors) {
  EXPECT_DOUBLE_EQ(geo::angle(PD(1, 0), PD(0, 1)), M_PI / 2);
  EXPECT_DOUBLE_EQ(geo::angle(PD(1, 0), PD(0, -1)), -M_PI / 2);
  EXPECT_DOUBLE_EQ(geo::angle(PD(0, 1), PD(1, 0)), -M_PI / 2);
  EXPECT_EQ(geo::angle(PD(1, 0), PD(-1, 0)), M_PI);
  EXPECT_EQ(geo::angle(PD(0, 0), PD(1, 1)), 0.0);  // zero vector: 0
  EXPECT_EQ(geo::angle(PD(2, 2), PD(0, 0)), 0.0);
  static_assert(std::is_same<decltype(geo::angle(PL(1, 0), PL(0, 1))), double>::value, "real_t");
  EXPECT_EQ(geo::angle(PL(1, 0), PL(-5, 0)), M_PI);
  EXPECT_DOUBLE_EQ(geo::angle(PL(1000000000, 0), PL(0, -1000000000)), -M_PI / 2);
}

TEST(Point, AngleBetweenVectorsWithNegativeZerosStaysInRange) {
  // cross = 1 * (-0.0) - (-0.0) * (-1) = -0.0 - 0.0 = -0.0, dot = -1: atan2 gives -pi
  const double a = geo::angle(PD(1, -0.0), PD(-1, -0.0));
  EXPECT_GT(a, -M_PI);
  EXPECT_EQ(a, M_PI);
}

TEST(Point, Rotate) {
  const PD r = PD(1, 0).rotate(M_PI / 2);
  EXPECT_NEAR(r.x, 0.0, 1e-15);
  EXPECT_NEAR(r.y, 1.0, 1e-15);
  EXPECT_EQ(PD(2.5, -1).rotate(0), PD(2.5, -1));
  const PD h = PD(2, 1).rotate(M_PI);
  EXPECT_NEAR(h.x, -2.0, 1e-15);
  EXPECT_NEAR(h.y, -1.0, 1e-15);
  const Point<long double> l = Point<long double>(0, 3).rotate(-M_PIl / 2);
  EXPECT_NEAR(static_cast<double>(l.x), 3.0, 1e-17);
  EXPECT_NEAR(static_cast<double>(l.y), 0.0, 1e-17);
}

TEST(Point, Unit) {
  const PD u = PD(3, 4).unit();
  EXPECT_DOUBLE_EQ(u.x, 0.6);
  EXPECT_DOUBLE_EQ(u.y, 0.8);
  EXPECT_EQ(PD(0, -5).unit(), PD(0, -1));
  EXPECT_DOUBLE_EQ(PD(1e-100, 0).unit().x, 1.0);
  EXPECT_NEAR(PD(-1e100, 1e100).unit().norm(), 1.0, 1e-15);
}

#ifndef NDEBUG
TEST(PointDeathTest, UnitOfZeroVectorAsserts) {
  EXPECT_DEATH((void)PD(0, 0).unit(), "zero vector");
  EXPECT_DEATH((void)PD(-0.0, 0.0).unit(), "zero vector");
}
#endif

TEST(Point, InRange) {
  EXPECT_TRUE(geo::in_range(PL(1000000000, -1000000000), 1000000000));
  EXPECT_FALSE(geo::in_range(PL(1000000001, 0), 1000000000));
  EXPECT_FALSE(geo::in_range(PL(0, -1000000001), 1000000000));
  EXPECT_TRUE(geo::in_range(PD(1e300, -1e300), 1000000000));
  EXPECT_FALSE(geo::in_range(PD(std::nan(""), 0), 1000000000));
  EXPECT_FALSE(geo::in_range(PD(0, INFINITY), 1000000000));
  EXPECT_TRUE(geo::all_in_range(std::vector<PL>{}, 0));
  EXPECT_TRUE(geo::all_in_range(std::vector<PL>{PL(5, -5), PL(-5, 0)}, 5));
  EXPECT_FALSE(geo::all_in_range(std::vector<PL>{PL(5, -5), PL(-6, 0)}, 5));
  EXPECT_FALSE(geo::all_in_range(std::vector<PD>{PD(0, 0), PD(1, std::nan(""))}, 5));
}

// ------------------------------------------------------------------ printing

TEST(PointPrint, Defaults) {
  EXPECT_EQ(print(PL(3, -4)), "3 -4");
  EXPECT_EQ(print(PL(-1000000000, 0)), "-1000000000 0");
  EXPECT_EQ(print(PD(1.5, -2)), "1.5000000000 -2.0000000000");
  EXPECT_EQ(print(PD(1e-10, 123456.75)), "0.0000000001 123456.7500000000");
}

TEST(PointPrint, NoNegativeZero) {
  EXPECT_EQ(print(PD(-0.0, -0.0)), "0.0000000000 0.0000000000");
  EXPECT_EQ(print(PD(-1e-12, -4e-11)), "0.0000000000 0.0000000000");
  EXPECT_EQ(print(PD(-6e-11, 0)), "-0.0000000001 0.0000000000");  // rounds away from 0
  EXPECT_EQ(print(Point<long double>(-1e-15L, -0.0L)), "0.0000000000 0.0000000000");
  std::ostringstream os;
  os << std::fixed << std::setprecision(2) << PD(-0.001, -0.004);
  EXPECT_EQ(os.str(), "0.00 0.00");
}

// Rounding ties: at precision 0, -0.5 rounds (half to even) to "-0".
TEST(PointPrint, NoNegativeZeroAtPrecisionZero) {
  std::ostringstream os;
  os << std::fixed << std::setprecision(0) << PD(-0.5, -0.25);
  EXPECT_EQ(os.str(), "0 0");
}

// The long double nearest below 5e-11 rounds to zero at 10 decimals: no minus sign.
TEST(PointPrint, NoNegativeZeroLongDoubleJustBelowHalfUnit) {
  const long double v = -0xd.be6fecebdedd5bdp-38L;
  ASSERT_TRUE(oracle::q(-v) < oracle::Q(5, 100000000000LL));  // |v| < 5e-11 exactly
  EXPECT_EQ(print(Point<long double>(v, 0)), "0.0000000000 0.0000000000");
}

TEST(PointPrint, StreamStateAndFormats) {
  std::ostringstream os;
  os << PD(1.5, 2);
  EXPECT_EQ(os.precision(), 6);  // restored
  EXPECT_FALSE(os.flags() & std::ios::floatfield);
  std::ostringstream a;
  a << std::setprecision(3) << PD(1.5, 0);  // fewer than 10 digits without a format: 10
  EXPECT_EQ(a.str(), "1.5000000000 0.0000000000");
  std::ostringstream b;
  b << std::setprecision(12) << PD(1.5, 0);
  EXPECT_EQ(b.str(), "1.500000000000 0.000000000000");
  std::ostringstream c;
  c << std::fixed << std::setprecision(3) << PD(1.5, -0.0004);
  EXPECT_EQ(c.str(), "1.500 0.000");
  std::ostringstream d;
  d << std::scientific << std::setprecision(2) << PD(1.5, -0.0);
  EXPECT_EQ(d.str(), "1.50e+00 0.00e+00");
  std::ostringstream e;
  e << std::scientific << std::setprecision(2) << PD(-1e-300, 0);  // tiny but not zero
  EXPECT_EQ(e.str(), "-1.00e-300 0.00e+00");
}

TEST(PointRead, Reads) {
  std::istringstream in("3 -4 1.5 -2.25 7 x");
  PL a;
  PD b;
  ASSERT_TRUE(static_cast<bool>(in >> a));
  EXPECT_EQ(a, PL(3, -4));
  ASSERT_TRUE(static_cast<bool>(in >> b));
  EXPECT_EQ(b, PD(1.5, -2.25));
  PL c;
  EXPECT_FALSE(static_cast<bool>(in >> c));  // "7 x"
}

TEST(PointRead, PrintedDefaultReadsBack) {
  const PD p(0.1, -123456.789);
  std::stringstream ss;
  ss << p;
  PD q;
  ASSERT_TRUE(static_cast<bool>(ss >> q));
  EXPECT_NEAR(q.x, p.x, 0.5e-10);
  EXPECT_NEAR(q.y, p.y, 0.5e-10);
}

}  // namespace
