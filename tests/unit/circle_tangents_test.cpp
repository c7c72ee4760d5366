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
  const auto z = geo::tangents(CL{{0, 0}, 0}, PL(3, 4));  // zero radius: the line pc, once
  ASSERT_EQ(z.size(), 1u);
  EXPECT_EQ(z[0], PD(0, 0));
  EXPECT_TRUE(geo::tangents(CL{{2, 3}, 0}, PL(2, 3)).empty());  // p = c: every line, none given
  // p just outside (|v|^2 = r^2 + 1): two distinct points, no NaN
  const auto n = geo::tangents(CL{{0, 0}, 1000}, PL(1, 1000));
  ASSERT_EQ(n.size(), 2u);
  EXPECT_GT(std::hypot(n[0].x - n[1].x, n[0].y - n[1].y), 1e-3);
  const auto f = geo::tangents(CD{{0, 0}, 1}, PD(1 + 1e-12, 0));  // floating: within eps
  ASSERT_EQ(f.size(), 1u);
}

// Every returned line is given by two distinct points, touches A at .first and B at .second,
// or, at a contact point (.first on both circles), is perpendicular to the radius there.
void expect_tangent_lines(const CL& a, const CL& b, size_t count) {
  const auto v = geo::tangents(a, b);
  ASSERT_EQ(v.size(), count);
  const PD ca(double(a.c.x), double(a.c.y)), cb(double(b.c.x), double(b.c.y));
  for (size_t i = 0; i < v.size(); i++) {
    const auto& [p, q] = v[i];
    const PD d = q - p;
    ASSERT_GT(std::hypot(d.x, d.y), 0.5);  // integer input: distinct by at least 1
    EXPECT_NEAR(std::hypot(p.x - ca.x, p.y - ca.y), double(a.r), 1e-9);
    const bool contact = std::abs(std::hypot(p.x - cb.x, p.y - cb.y) - double(b.r)) < 1e-9;
    if (!contact) {
      EXPECT_NEAR(std::hypot(q.x - cb.x, q.y - cb.y), double(b.r), 1e-9);
    }
    // the line pq lies at distance r from each centre
    EXPECT_NEAR(std::abs(d.cross(ca - p)) / std::hypot(d.x, d.y), double(a.r), 1e-9);
    EXPECT_NEAR(std::abs(d.cross(cb - p)) / std::hypot(d.x, d.y), double(b.r), 1e-9);
    for (size_t j = 0; j < i; j++)  // each line once: some point of line j is off line i
      EXPECT_GT(std::max(std::abs(d.cross(v[j].first - p)), std::abs(d.cross(v[j].second - p))) / std::hypot(d.x, d.y), 1e-6);
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
}

// Every row of the documented count table, zero radii included (relation() in the comment).
TEST(CircleTangents, CountTableWithZeroRadii) {
  expect_tangent_lines(CL{{0, 0}, 0}, CL{{10, 0}, 3}, 2);  // point outside a circle (4)
  expect_tangent_lines(CL{{10, 0}, 3}, CL{{0, 0}, 0}, 2);
  expect_tangent_lines(CL{{0, 5}, 0}, CL{{0, 0}, 1}, 2);
  expect_tangent_lines(CL{{0, 1}, 0}, CL{{0, 0}, 1}, 1);   // point on a circle (3)
  expect_tangent_lines(CL{{0, 0}, 5}, CL{{3, 4}, 0}, 1);
  expect_tangent_lines(CL{{1, 1}, 0}, CL{{0, 0}, 5}, 0);   // point inside (0)
  expect_tangent_lines(CL{{0, 0}, 0}, CL{{3, 4}, 0}, 1);   // two distinct points (4)
  expect_tangent_lines(CL{{3, 4}, 0}, CL{{3, 4}, 0}, 0);   // one point twice (-1)
  expect_tangent_lines(CL{{0, 0}, 0}, CL{{0, 0}, 2}, 0);   // a point at the centre (0)
  EXPECT_EQ(geo::relation(CL{{0, 1}, 0}, CL{{0, 0}, 1}), 3);
  EXPECT_EQ(geo::relation(CL{{0, 0}, 0}, CL{{3, 4}, 0}), 4);
  EXPECT_EQ(geo::relation(CL{{0, 0}, 0}, CL{{10, 0}, 3}), 4);
  // the line through two points, and the tangent at a point on a circle, exactly
  const auto two = geo::tangents(CL{{0, 0}, 0}, CL{{3, 4}, 0});
  EXPECT_EQ(two[0].first, PD(0, 0));
  EXPECT_EQ(two[0].second, PD(3, 4));
  const auto on = geo::tangents(CL{{0, 1}, 0}, CL{{0, 0}, 1});
  EXPECT_EQ(on[0].first, PD(0, 1));
  EXPECT_EQ(on[0].second, PD(1, 1));  // (0, 1) + perp((0, -1))
}

// The same table with double circles whose decisions are far from the eps band.
TEST(CircleTangents, CountTableFloating) {
  auto n = [](CD a, CD b) { return geo::tangents(a, b).size(); };
  EXPECT_EQ(n(CD{{0.1, 0.2}, 0}, CD{{1.1, 0.2}, 0.3}), 2u);
  EXPECT_EQ(n(CD{{0.5, 0}, 0}, CD{{0, 0}, 0.5}), 1u);
  EXPECT_EQ(n(CD{{0.1, 0}, 0}, CD{{0, 0}, 0.5}), 0u);
  EXPECT_EQ(n(CD{{0.1, 0.2}, 0}, CD{{0.4, 0.6}, 0}), 1u);
  EXPECT_EQ(n(CD{{0.1, 0.2}, 0}, CD{{0.1, 0.2}, 0}), 0u);
  EXPECT_EQ(n(CD{{0, 0}, 0.25}, CD{{0, 0.75}, 0.5}), 3u);
  EXPECT_EQ(n(CD{{0, 0}, 1}, CD{{0, 0.5}, 0.5}), 1u);
  const auto t = geo::tangents(CD{{0, 0}, 0.25}, CD{{0, 0.75}, 0.5});
  EXPECT_EQ(t[2].first, PD(0, 0.25));  // the contact tangent: the point and a second one
  EXPECT_EQ(t[2].second, PD(-0.75, 0.25));
}

TEST(CircleTangents, ExternalTangentOfTouchingCircles) {
  const auto v = geo::tangents(CL{{0, 0}, 2}, CL{{0, 3}, 1});  // touch at (0, 2)
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[2].first, PD(0, 2));  // the internal one, counted once, at the contact point
  EXPECT_EQ(v[2].second, PD(-3, 2));  // plus perp(B.c - A.c): it determines the line
}

TEST(CircleTangents, FloatingNearlyTangentNoNaN) {
  const auto v = geo::tangents(CD{{0.1, 0.2}, 0.3}, CD{{0.1, 0.6}, 0.1});  // 0.4 = 0.3 + 0.1
  EXPECT_EQ(v.size(), 3u);
  for (const auto& l : v) EXPECT_FALSE(std::isnan(l.first.x) || std::isnan(l.second.y));
}

TEST(CircleTangentsDeathTest, Preconditions) {
  EXPECT_DEATH(geo::tangents(CL{{0, 0}, -1}, PL(5, 5)), "");
  EXPECT_DEATH(geo::tangents(CL{{0, 0}, 1}, PL(2000000000, 5)), "");
  EXPECT_DEATH(geo::tangents(CL{{0, 0}, 1}, CL{{5, 0}, -2}), "");
  EXPECT_DEATH(geo::tangents(CL{{0, 0}, 1}, CL{{5, 0}, 1000000001}), "");
  EXPECT_DEATH(geo::tangents(CD{{0, 0}, std::nan("")}, CD{{5, 0}, 1}), "");
  EXPECT_DEATH(geo::tangents(CD{{0, 0}, 1}, PD(std::nan(""), 0)), "");
}

}  // namespace
