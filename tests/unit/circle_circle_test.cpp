// Unit tests of geometry/circle/circle.hpp (the circle type, valid, cut: a line
// against a circle) and of geometry/circle/relation.hpp: contains and relation (CGL_7_A codes).
#include "geometry/circle/circle.hpp"
#include "geometry/circle/relation.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Circle;
using geo::Point;
using CL = Circle<long long>;
using CD = Circle<double>;

TEST(Circle, ContainsExact) {
  const CL c{{1, 2}, 5};
  EXPECT_EQ(geo::contains(c, Point<long long>(4, 6)), geo::BOUNDARY);  // 3-4-5
  EXPECT_EQ(geo::contains(c, Point<long long>(4, 5)), geo::INSIDE);
  EXPECT_EQ(geo::contains(c, Point<long long>(5, 5)), geo::BOUNDARY);  // (4,3)
  EXPECT_EQ(geo::contains(c, Point<long long>(5, 6)), geo::OUTSIDE);
  const CL zero{{7, 7}, 0};  // a point
  EXPECT_EQ(geo::contains(zero, Point<long long>(7, 7)), geo::BOUNDARY);
  EXPECT_EQ(geo::contains(zero, Point<long long>(7, 8)), geo::OUTSIDE);
  const long long m = 1000000000;  // the documented bound: d2 = 8e18, r^2 = 1e18
  EXPECT_EQ(geo::contains(CL{{-m, -m}, m}, Point<long long>(m, m)), geo::OUTSIDE);
  EXPECT_EQ(geo::contains(CL{{-m, 0}, m}, Point<long long>(0, 0)), geo::BOUNDARY);
  EXPECT_EQ(geo::contains(CL{{-m, 0}, m}, Point<long long>(0, 1)), geo::OUTSIDE);
}

TEST(Circle, ContainsFloatingEpsIsADistance) {
  const CD c{{0, 0}, 1000};
  EXPECT_EQ(geo::contains(c, Point<double>(1000 + 1e-10, 0)), geo::BOUNDARY);
  EXPECT_EQ(geo::contains(c, Point<double>(1000 + 1e-7, 0)), geo::OUTSIDE);
  EXPECT_EQ(geo::contains(c, Point<double>(1000 - 1e-7, 0)), geo::INSIDE);
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(geo::contains(c, Point<double>(1000 + 1e-7, 0)), geo::BOUNDARY);
}

TEST(Circle, RelationSamplesOfCgl7A) {
  EXPECT_EQ(geo::relation(CL{{1, 1}, 1}, CL{{6, 2}, 2}), 4);
  EXPECT_EQ(geo::relation(CL{{1, 2}, 1}, CL{{4, 2}, 2}), 3);
  EXPECT_EQ(geo::relation(CL{{1, 2}, 1}, CL{{3, 2}, 2}), 2);
  EXPECT_EQ(geo::relation(CL{{0, 0}, 1}, CL{{1, 0}, 2}), 1);
  EXPECT_EQ(geo::relation(CL{{0, 0}, 1}, CL{{0, 0}, 2}), 0);
}

TEST(Circle, RelationDegenerate) {
  EXPECT_EQ(geo::relation(CL{{3, 4}, 5}, CL{{3, 4}, 5}), -1);  // equal
  EXPECT_EQ(geo::relation(CL{{3, 4}, 0}, CL{{3, 4}, 0}), -1);  // equal points
  EXPECT_EQ(geo::relation(CL{{3, 4}, 0}, CL{{3, 5}, 0}), 4);   // two points
  EXPECT_EQ(geo::relation(CL{{0, 0}, 5}, CL{{3, 4}, 0}), 3);   // a point on the circle
  EXPECT_EQ(geo::relation(CL{{0, 0}, 5}, CL{{3, 3}, 0}), 0);   // a point inside
  // Nearly internally tangent (issue): d^2 - (r1 - r2)^2 = 1, crossing; and symmetric.
  const CL big{{0, 0}, 10000}, small{{9999, 1}, 1};
  EXPECT_EQ(geo::relation(big, small), 2);
  EXPECT_EQ(geo::relation(small, big), 2);
  EXPECT_EQ(geo::relation(big, CL{{10000, 1}, 1}), 2);
  EXPECT_EQ(geo::relation(big, CL{{9999, 0}, 1}), 1);
  EXPECT_EQ(geo::relation(big, CL{{10001, 0}, 1}), 3);
  EXPECT_EQ(geo::relation(big, CL{{10001, 1}, 1}), 4);
}

TEST(Circle, RelationFloating) {
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{2 + 1e-12, 0}, 1}), 3);
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{2 + 1e-6, 0}, 1}), 4);
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{2 - 1e-6, 0}, 1}), 2);
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{1e-12, 0}, 1}), -1);  // equal within eps
  EXPECT_EQ(geo::relation(CD{{0, 0}, 1}, CD{{1e-12, 0}, 1.5}), 0); // concentric
  EXPECT_EQ(geo::relation(CD{{0, 0}, 2}, CD{{1, 0}, 1 + 1e-12}), 1);
  const CD a{{0.1, 0.7}, 0.3}, b{{0.4, 0.3}, 0.2};  // 0.5 apart: externally tangent
  EXPECT_EQ(geo::relation(a, b), 3);
  EXPECT_EQ(geo::relation(b, a), 3);
}

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
  EXPECT_DEATH(geo::contains(CL{{0, 0}, -1}, Point<long long>(0, 0)), "");
  EXPECT_DEATH(geo::contains(CL{{0, 0}, 1}, Point<long long>(0, -1000000001)), "");
  EXPECT_DEATH(geo::contains(CD{{0, 0}, 1}, Point<double>(std::nan(""), 0)), "");
  EXPECT_DEATH(geo::relation(CL{{0, 0}, 1}, CL{{2000000000, 0}, 1}), "");
  EXPECT_DEATH(geo::relation(CL{{0, 0}, 1}, CL{{0, 0}, 1000000001}), "");
  EXPECT_DEATH(geo::relation(CD{{0, 0}, 1}, CD{{0, 0}, -0.5}), "");
  EXPECT_DEATH(geo::relation(CD{{0, 0}, std::nan("")}, CD{{0, 0}, 1}), "");
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
