// Unit tests of geometry/circle/arc.hpp: every case of the contract ({s, l}: the arc from s
// counter-clockwise by l; 2 pi all, 0 one point, -1 none), the start's range at the -pi cut,
// exact decisions next to tangency, floating eps as a length, asserted preconditions.
#include "geometry/circle/arc.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::arc;
using geo::Circle;
using CL = Circle<long long>;
using CD = Circle<double>;
const double PI = std::acos(-1.0);

TEST(CircleArc, Crossing) {
  auto a = arc(CL{{0, 0}, 1}, CL{{1, 0}, 1});  // chord at x = 1/2: -60..60 degrees
  EXPECT_NEAR(a.x, -PI / 3, 1e-15);
  EXPECT_NEAR(a.y, 2 * PI / 3, 1e-15);
  a = arc(CL{{1, 0}, 1}, CL{{0, 0}, 1});  // the other circle's arc: 120..240 degrees
  EXPECT_NEAR(a.x, 2 * PI / 3, 1e-15);
  EXPECT_NEAR(a.y, 2 * PI / 3, 1e-15);
  a = arc(CL{{0, 0}, 5}, CL{{-10, -1}, 6});  // around -pi: the start wraps into [-pi, pi]
  EXPECT_GE(a.x, -PI);
  EXPECT_LE(a.x, PI);
  EXPECT_GT(a.x + a.y, PI);  // passes the cut counter-clockwise
  a = arc(CL{{0, 0}, 10}, CL{{0, 10}, 10});  // B's centre on A: a third of A
  EXPECT_NEAR(a.y, 2 * PI / 3, 1e-15);
  EXPECT_NEAR(a.x, PI / 2 - PI / 3, 1e-15);
  a = arc(CL{{0, 0}, 3}, CL{{0, 0}, 4});
  EXPECT_EQ(a.y, 2 * PI);
}

TEST(CircleArc, WholePointNone) {
  EXPECT_EQ(arc(CL{{0, 0}, 1}, CL{{1, 0}, 3}).y, 2 * PI);   // inside
  EXPECT_EQ(arc(CL{{0, 0}, 1}, CL{{1, 0}, 2}).y, 2 * PI);   // inside, touching
  EXPECT_EQ(arc(CL{{5, 5}, 2}, CL{{5, 5}, 2}).y, 2 * PI);   // equal
  EXPECT_EQ(arc(CL{{5, 5}, 2}, CL{{5, 5}, 2}).x, -PI);
  auto a = arc(CL{{0, 0}, 2}, CL{{1, 0}, 1});  // B inside A, touching at angle 0
  EXPECT_EQ(a.x, 0.0);
  EXPECT_EQ(a.y, 0.0);
  a = arc(CL{{0, 0}, 1}, CL{{0, 3}, 2});  // externally tangent at angle pi / 2
  EXPECT_EQ(a.x, PI / 2);
  EXPECT_EQ(a.y, 0.0);
  EXPECT_EQ(arc(CL{{0, 0}, 1}, CL{{5, 0}, 1}).y, -1.0);     // apart
  EXPECT_EQ(arc(CL{{0, 0}, 5}, CL{{1, 0}, 1}).y, -1.0);     // B strictly inside A
  EXPECT_EQ(arc(CL{{0, 0}, 5}, CL{{0, 0}, 1}).y, -1.0);     // concentric, A larger
  // A a point: inside, on, outside B; B a point on A
  EXPECT_EQ(arc(CL{{1, 1}, 0}, CL{{0, 0}, 2}).y, 2 * PI);
  EXPECT_EQ(arc(CL{{2, 0}, 0}, CL{{0, 0}, 2}).y, 0.0);
  EXPECT_EQ(arc(CL{{3, 0}, 0}, CL{{0, 0}, 2}).y, -1.0);
  EXPECT_EQ(arc(CL{{2, -2}, 0}, CL{{2, -2}, 0}).y, 2 * PI);  // equal points
  a = arc(CL{{0, 0}, 5}, CL{{-3, -4}, 0});
  EXPECT_EQ(a.y, 0.0);
  EXPECT_NEAR(a.x, std::atan2(-4.0, -3.0), 1e-15);
}

TEST(CircleArc, ExactNearTangency) {
  // (0,0,10000) and (9999,1,1): d^2 - (r1 - r2)^2 = 1: crossing by a hair, a tiny arc
  auto a = arc(CL{{0, 0}, 10000}, CL{{9999, 1}, 1});
  EXPECT_GT(a.y, 0);
  EXPECT_LT(a.y, 1e-3);
  EXPECT_EQ(arc(CL{{0, 0}, 10000}, CL{{9999, 0}, 1}).y, 0.0);  // internally tangent
  const long long B = 1000000000;
  EXPECT_EQ(arc(CL{{-B, 0}, B}, CL{{B, 0}, B}).y, 0.0);  // tangent at the bound
  EXPECT_GT(arc(CL{{-B, 0}, B}, CL{{B - 1, 0}, B}).y, 0.0);
}

TEST(CircleArc, FloatingEpsIsALength) {
  EXPECT_EQ(arc(CD{{0, 0}, 1}, CD{{2 + 1e-10, 0}, 1}).y, 0.0);  // tangent within eps
  EXPECT_EQ(arc(CD{{0, 0}, 1}, CD{{2 + 1e-7, 0}, 1}).y, -1.0);
  EXPECT_GT(arc(CD{{0, 0}, 1}, CD{{2 - 1e-7, 0}, 1}).y, 0.0);
  EXPECT_EQ(arc(CD{{0, 0}, 1}, CD{{1e-10, 0}, 1}).y, 2 * PI);  // concentric within eps
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(arc(CD{{0, 0}, 1}, CD{{2 - 1e-7, 0}, 1}).y, 0.0);
  EXPECT_NEAR(arc(Circle<long double>{{0, 0}, 1}, Circle<long double>{{1, 0}, 1}).y,
              2 * PI / 3, 1e-15);
}

TEST(CircleArcDeath, Preconditions) {
  EXPECT_DEATH(arc(CL{{0, 0}, -1}, CL{{0, 0}, 1}), "");
  EXPECT_DEATH(arc(CL{{0, 0}, 1}, CL{{1000000001, 0}, 1}), "");
  EXPECT_DEATH(arc(CD{{0, 0}, 1}, CD{{std::nan(""), 0}, 1}), "");
}

}  // namespace
