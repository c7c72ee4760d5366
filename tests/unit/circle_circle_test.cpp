// Unit tests of geometry/circle/circle.hpp: the circle type, valid, cut (a line against a
// circle). contains and relation: circle_relation_test.cpp.
#include "geometry/circle/circle.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Circle;
using geo::Point;
using CL = Circle<long long>;
using CD = Circle<double>;

// cut(C, v, d): the line C.c + v + d s (v = p - C.c for a point p on it); foot at s = t,
// common points at t -+ h (h < 0: none).
TEST(Circle, CutExactDiscriminant) {
  const CL c{{2, 1}, 5};
  const auto [t, h] = geo::cut(c, Point<long long>(0, 4) - c.c, Point<long long>(1, 0));  // y = 4
  EXPECT_EQ(t, 2);
  EXPECT_EQ(h, 4);
  const auto tan = geo::cut(c, Point<long long>(0, 6) - c.c, Point<long long>(3, 0));  // y = 6: tangent
  EXPECT_DOUBLE_EQ(tan.x, 2.0 / 3);
  EXPECT_EQ(tan.y, 0);
  EXPECT_LT(geo::cut(c, Point<long long>(0, 7) - c.c, Point<long long>(1, 0)).y, 0);
  // discriminant r^2 |d|^2 - cross^2 = 1: two points, never a false tangent
  const auto n = geo::cut(CL{{0, 0}, 9805}, Point<long long>(9797, 396), Point<long long>(-223, 5517));
  EXPECT_GT(n.y, 0);
  EXPECT_NEAR(n.y, 1 / 30487018.0, 1e-20);  // sqrt(1) / |d|^2
  // at the bound: d, p - c of 2e9 per coordinate, r = 1e9 (degree 4 in __int128)
  const long long m = 1000000000;
  const auto b = geo::cut(CL{{m, m}, m}, Point<long long>(-2 * m, -2 * m), Point<long long>(2 * m, 2 * m));
  EXPECT_EQ(b.x, 1);
  EXPECT_DOUBLE_EQ(b.y, std::sqrt(0.125));  // through the centre: h = r / |d|
  const auto g = geo::cut(CL{{m, m}, m}, Point<long long>(-2 * m, -m), Point<long long>(2 * m, 0));
  EXPECT_EQ(g.x, 1);
  EXPECT_EQ(g.y, 0);  // y = 0 touches the circle of radius 1e9 about (1e9, 1e9)
}

TEST(Circle, CutFloatingEpsIsADistance) {
  const CD c{{0, 0}, 1000};
  EXPECT_EQ(geo::cut(c, Point<double>(0, 1000 + 1e-10), Point<double>(1, 0)).y, 0);
  EXPECT_LT(geo::cut(c, Point<double>(0, 1000 + 1e-7), Point<double>(1, 0)).y, 0);
  const auto in = geo::cut(c, Point<double>(0, 1000 - 1e-7), Point<double>(1, 0));
  EXPECT_NEAR(in.y * in.y, 2e-4, 1e-9);
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(geo::cut(c, Point<double>(0, 1000 - 1e-7), Point<double>(1, 0)).y, 0);
}

// Debug preconditions: r >= 0, |x|,|y|,r <= 1e9 for long long, no NaN.
TEST(CircleCircleDeathTest, Preconditions) {
  // cut asserts |d|^2 > 0 itself (also when it underflows); valid(C) is its callers' assert
  // (circle_intersect_test, circle_area_test).
  EXPECT_DEATH(geo::cut(CL{{0, 0}, 1}, Point<long long>(1, 0), Point<long long>(0, 0)), "");
  EXPECT_DEATH(geo::cut(CD{{0, 0}, 1}, Point<double>(0, 2), Point<double>(1e-170, 0)), "");
  EXPECT_TRUE(geo::valid(CL{{0, 0}, 5}, 5) && !geo::valid(CL{{0, 0}, 6}, 5));  // bound B
  EXPECT_FALSE(geo::valid(CL{{0, 0}, 1000000001}));
  EXPECT_FALSE(geo::valid(CD{{0, std::nan("")}, 1}));
  EXPECT_TRUE(geo::valid(CL{{-1000000000, 1000000000}, 0}));
}

}  // namespace
