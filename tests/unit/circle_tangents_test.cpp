// Unit tests of geometry/circle/tangents.hpp.
#include "geometry/circle/tangents.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>

namespace {

using geo::Circle;
using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;
using CL = Circle<long long>;
using CD = Circle<double>;

TEST(CircleTangents, FromPointSampleOfCgl7F) {
  auto v = geo::tangents(CL{{2, 2}, 2}, PL(0, 0));
  ASSERT_EQ(v.size(), 2u);
  std::sort(v.begin(), v.end());
  EXPECT_NEAR(v[0].x, 0, 1e-15);
  EXPECT_NEAR(v[0].y, 2, 1e-15);
  EXPECT_NEAR(v[1].x, 2, 1e-15);
  EXPECT_NEAR(v[1].y, 0, 1e-15);
}

TEST(CircleTangents, FromPointDegenerate) {
  EXPECT_TRUE(geo::tangents(CL{{0, 0}, 5}, PL(1, 1)).empty());  // inside
  const auto on = geo::tangents(CL{{0, 0}, 5}, PL(3, 4));        // on: the point itself
  ASSERT_EQ(on.size(), 1u);
  EXPECT_EQ(on[0], PD(3, 4));
  const auto z = geo::tangents(CL{{0, 0}, 0}, PL(3, 4));  // zero radius: both at the centre
  ASSERT_EQ(z.size(), 2u);
  EXPECT_EQ(z[0], PD(0, 0));
  // p just outside (|v|^2 = r^2 + 1): two distinct points, no NaN
  const auto n = geo::tangents(CL{{0, 0}, 1000}, PL(1, 1000));
  ASSERT_EQ(n.size(), 2u);
  EXPECT_GT(std::hypot(n[0].x - n[1].x, n[0].y - n[1].y), 1e-3);
  const auto f = geo::tangents(CD{{0, 0}, 1}, PD(1 + 1e-12, 0));  // floating: within eps
  ASSERT_EQ(f.size(), 1u);
}

// Every returned line touches both circles at the returned points.
void expect_tangent_lines(const CL& a, const CL& b, size_t count) {
  const auto v = geo::tangents(a, b);
  ASSERT_EQ(v.size(), count);
  for (const auto& [p, q] : v) {
    EXPECT_NEAR(std::hypot(p.x - double(a.c.x), p.y - double(a.c.y)), double(a.r), 1e-9);
    EXPECT_NEAR(std::hypot(q.x - double(b.c.x), q.y - double(b.c.y)), double(b.r), 1e-9);
    // the radius at each touch point is perpendicular to the line pq
    const PD d = q - p;
    if (std::hypot(d.x, d.y) > 1e-9) {
      EXPECT_NEAR((p - PD(double(a.c.x), double(a.c.y))).dot(d), 0, 1e-6);
      EXPECT_NEAR((q - PD(double(b.c.x), double(b.c.y))).dot(d), 0, 1e-6);
    }
  }
}

TEST(CircleTangents, CommonTangentCounts) {
  expect_tangent_lines(CL{{1, 1}, 1}, CL{{6, 2}, 2}, 4);
  expect_tangent_lines(CL{{1, 2}, 1}, CL{{4, 2}, 2}, 3);
  expect_tangent_lines(CL{{1, 2}, 1}, CL{{3, 2}, 2}, 2);
  expect_tangent_lines(CL{{0, 0}, 1}, CL{{1, 0}, 2}, 1);
  expect_tangent_lines(CL{{0, 0}, 1}, CL{{0, 0}, 2}, 0);
  expect_tangent_lines(CL{{0, 0}, 5}, CL{{0, 0}, 5}, 0);  // equal: infinitely many, none given
  expect_tangent_lines(CL{{0, 0}, 5}, CL{{3, 4}, 5}, 2);  // equal radii crossing
  expect_tangent_lines(CL{{0, 0}, 0}, CL{{10, 0}, 3}, 4); // a point: each line twice (documented)
}

TEST(CircleTangents, ExternalTangentOfTouchingCircles) {
  const auto v = geo::tangents(CL{{0, 0}, 2}, CL{{0, 3}, 1});  // touch at (0, 2)
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[2].first, PD(0, 2));  // the internal one, counted once
  EXPECT_EQ(v[2].second, PD(0, 2));
}

TEST(CircleTangents, FloatingNearlyTangentNoNaN) {
  const auto v = geo::tangents(CD{{0.1, 0.2}, 0.3}, CD{{0.1, 0.6}, 0.1});  // 0.4 = 0.3 + 0.1
  EXPECT_EQ(v.size(), 3u);
  for (const auto& l : v) EXPECT_FALSE(std::isnan(l.first.x) || std::isnan(l.second.y));
}

}  // namespace
