// Unit tests of geometry/circle/contains.hpp: a point against a circle (relation(C, {p, 0}) read
// as a region): exact at the coordinate bound, eps as a distance for doubles, zero radius, the
// debug preconditions. Property: circle_prop.cpp (RelationAndContainsExact against exact
// rationals).
#include "geometry/circle/contains.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <type_traits>

namespace {

using geo::Circle;
using geo::Point;
using CL = Circle<long long>;
using CD = Circle<double>;

TEST(CircleContains, ContainsExact) {
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

TEST(CircleContains, ContainsFloatingEpsIsADistance) {
  const CD c{{0, 0}, 1000};
  EXPECT_EQ(geo::contains(c, Point<double>(1000 + 1e-10, 0)), geo::BOUNDARY);
  EXPECT_EQ(geo::contains(c, Point<double>(1000 + 1e-7, 0)), geo::OUTSIDE);
  EXPECT_EQ(geo::contains(c, Point<double>(1000 - 1e-7, 0)), geo::INSIDE);
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(geo::contains(c, Point<double>(1000 + 1e-7, 0)), geo::BOUNDARY);
}

TEST(CircleContains, ReturnsWhere) {
  static_assert(std::is_same_v<decltype(geo::contains(CL{}, Point<long long>())), geo::Where>);
  EXPECT_EQ(geo::contains(CL{{0, 0}, 5}, Point<long long>(3, 4)), 1);  // CGL_3_C's code
}

// Debug preconditions: r >= 0, |x|,|y|,r <= 1e9 for long long, no NaN.
TEST(CircleContainsDeathTest, Preconditions) {
  EXPECT_DEATH(geo::contains(CL{{0, 0}, -1}, Point<long long>(0, 0)), "");
  EXPECT_DEATH(geo::contains(CL{{0, 0}, 1}, Point<long long>(0, -1000000001)), "");
  EXPECT_DEATH(geo::contains(CD{{0, 0}, 1}, Point<double>(std::nan(""), 0)), "");
}

}  // namespace
