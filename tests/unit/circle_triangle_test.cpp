// Unit tests of geometry/circle/triangle.hpp: circumcircle and incircle.
#include "geometry/circle/triangle.hpp"

#include <gtest/gtest.h>
#include <cmath>

namespace {

using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;

TEST(CircleTriangle, CircumcircleSamples) {
  auto c = geo::circumcircle(PL(1, -2), PL(3, 2), PL(-2, 0));
  EXPECT_NEAR(c.c.x, 0.625, 1e-15);  // CGL_7_C sample 1
  EXPECT_NEAR(c.c.y, 0.6875, 1e-15);
  EXPECT_NEAR(c.r, 2.71353666826155124291, 1e-15);
  auto d = geo::circumcircle(PL(0, 3), PL(4, 0), PL(0, 0));
  EXPECT_EQ(d.c, PD(2, 1.5));
  EXPECT_EQ(d.r, 2.5);
  auto e = geo::circumcircle(PD(0, 3), PD(4, 0), PD(0, 0));  // floating, same answer
  EXPECT_NEAR(e.c.x, 2, 1e-15);
  EXPECT_NEAR(e.r, 2.5, 1e-15);
}

TEST(CircleTriangle, CircumcircleLargeAndThin) {
  const long long m = 1000000000;  // degree-3 numerators in __int128
  auto c = geo::circumcircle(PL(-m, -m), PL(m, -m), PL(-m, m));
  EXPECT_EQ(c.c, PD(0, 0));
  EXPECT_NEAR(c.r, std::sqrt(2.0) * 1e9, 1e-6);
  auto t = geo::circumcircle(PL(-10000, 0), PL(10000, 0), PL(0, 1));  // R = (1e8 + 1) / 2
  EXPECT_NEAR(t.c.x, 0, 1e-9);
  EXPECT_NEAR(t.c.y, (1 - 1e8) / 2, 1e-7);
  EXPECT_NEAR(t.r, (1e8 + 1) / 2, 1e-7);
}

TEST(CircleTriangle, IncircleSamples) {
  auto c = geo::incircle(PL(0, 3), PL(4, 0), PL(0, 0));  // 3-4-5: r = 1 at (1, 1)
  EXPECT_NEAR(c.c.x, 1, 1e-15);
  EXPECT_NEAR(c.c.y, 1, 1e-15);
  EXPECT_NEAR(c.r, 1, 1e-15);
  auto d = geo::incircle(PD(0, 0), PD(4, 0), PD(0, 3));  // same triangle, other order
  EXPECT_NEAR(d.c.x, 1, 1e-15);
  EXPECT_NEAR(d.r, 1, 1e-15);
}

TEST(CircleTriangle, IncircleCollinearIsDocumented) {
  auto c = geo::incircle(PL(0, 0), PL(2, 0), PL(4, 0));  // r = 0, centre on the segment
  EXPECT_EQ(c.r, 0);
  EXPECT_EQ(c.c.y, 0);
  EXPECT_GE(c.c.x, 0);
  EXPECT_LE(c.c.x, 4);
  auto d = geo::incircle(PL(1, 1), PL(1, 1), PL(5, 4));  // two equal vertices: r = 0
  EXPECT_EQ(d.r, 0);
}

TEST(CircleTriangleDeathTest, Preconditions) {
  EXPECT_DEATH(geo::circumcircle(PL(0, 0), PL(1, 1), PL(3, 3)), "");  // collinear
  EXPECT_DEATH(geo::incircle(PL(2, 2), PL(2, 2), PL(2, 2)), "");       // one point
  EXPECT_DEATH(geo::circumcircle(PL(0, 0), PL(1, 0), PL(0, 1000000001)), "");
  EXPECT_DEATH(geo::incircle(PL(0, 0), PL(1, 0), PL(-1000000001, 1)), "");
  EXPECT_DEATH(geo::circumcircle(PD(0, 0), PD(1, 0), PD(0, std::nan(""))), "");
  EXPECT_DEATH(geo::incircle(PD(std::nan(""), 0), PD(1, 0), PD(0, 1)), "");
}

}  // namespace
