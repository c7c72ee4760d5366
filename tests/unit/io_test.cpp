// Unit tests for geometry/io.hpp: the printing contract (fixed, at least 10 decimals,
// never "-0.000...", the stream's own format respected and its state untouched) and
// reading points back.
#include "geometry/io.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

#include <iomanip>
#include <limits>
#include <sstream>
#include <string>

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

TEST(WriteReal, Scalars) {
  std::ostringstream os;
  geo::write_real(os, -7LL);
  os << ' ';
  geo::write_real(os, -1e-12);
  os << ' ';
  geo::write_real(os, 2.5L);
  EXPECT_EQ(os.str(), "-7 0.0000000000 2.5000000000");
}

TEST(WriteReal, NonFiniteAsTheStreamPrintsThem) {  // the sign of -inf is kept
  std::ostringstream os, want;
  geo::write_real(os, std::numeric_limits<double>::quiet_NaN());
  os << ' ';
  geo::write_real(os, -std::numeric_limits<double>::infinity());
  os << ' ';
  geo::write_real(os, std::numeric_limits<long double>::infinity());
  want << std::fixed << std::setprecision(10) << std::numeric_limits<double>::quiet_NaN() << ' '
       << -std::numeric_limits<double>::infinity() << ' ' << std::numeric_limits<long double>::infinity();
  EXPECT_EQ(os.str(), want.str());
  EXPECT_EQ(os.str(), "nan -inf inf");
}

}  // namespace
