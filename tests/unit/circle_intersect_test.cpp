// Unit tests of geometry/circle/intersect.hpp: circle-line and circle-circle points
// (circle-segment: circle_segment_test.cpp).
#include "geometry/circle/intersect.hpp"
#include "geometry/circle/relation.hpp"  // chord, relation, contains

#include "oracle_circle.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>
#include <cmath>

namespace {

using geo::Circle;
using geo::Point;
using PL = Point<long long>;
using PD = Point<double>;
using CL = Circle<long long>;
using CD = Circle<double>;

double on_circle_err(const PD& p, double cx, double cy, double r) {
  return std::abs(std::hypot(p.x - cx, p.y - cy) - r);
}

TEST(CircleIntersect, LineBasic) {
  const auto v = geo::intersection(CL{{2, 1}, 1}, {0, 1}, {4, 1});
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0], PD(1, 1));  // ordered along a -> b
  EXPECT_EQ(v[1], PD(3, 1));
  const auto w = geo::intersection(CL{{2, 1}, 1}, {3, 3}, {3, 0});
  ASSERT_EQ(w.size(), 1u);  // tangent, exact
  EXPECT_EQ(w[0], PD(3, 1));
  EXPECT_TRUE(geo::intersection(CL{{2, 1}, 1}, {4, 3}, {4, 0}).empty());
}

TEST(CircleIntersect, LineNearlyTangentIsNotTangent) {
  // The case: exact discriminant 1, points about 3.6e-4 apart.
  const CL c{{0, 0}, 9805};
  const PL la{9797, 396}, lb{9574, 5913};
  const auto v = geo::intersection(c, la, lb);
  ASSERT_EQ(v.size(), 2u);
  const double gap = std::hypot(v[0].x - v[1].x, v[0].y - v[1].y);
  EXPECT_NEAR(gap, 2 / std::sqrt(30487018.0), 1e-12);
  const auto want = oracle_circle::line_points(oracle_circle::oc(c), oracle::qp(la), oracle::qp(lb));
  for (int i = 0; i < 2; i++) {
    EXPECT_NEAR(v[i].x, want[i].x.convert_to<double>(), 1e-11);
    EXPECT_NEAR(v[i].y, want[i].y.convert_to<double>(), 1e-11);
  }
  // (9797, 396) itself lies exactly on the circle: it is the second point along a -> b.
  EXPECT_NEAR(v[1].x, 9797, 1e-11);
  EXPECT_NEAR(v[1].y, 396, 1e-11);
}

TEST(CircleIntersect, LineFloatingNoNaN) {
  // Tangent in exact arithmetic but the half chord^2 may round negative: no NaN, one point.
  const CD c{{0.1, 0.2}, 0.3};
  const auto v = geo::intersection(c, {-5, 0.5}, {5, 0.5});
  ASSERT_EQ(v.size(), 1u);
  EXPECT_FALSE(std::isnan(v[0].x) || std::isnan(v[0].y));
  EXPECT_NEAR(v[0].x, 0.1, 1e-15);
  const auto w = geo::intersection(c, {-5, 0.5 - 1e-6}, {5, 0.5 - 1e-6});
  ASSERT_EQ(w.size(), 2u);
  EXPECT_LT(on_circle_err(w[0], 0.1, 0.2, 0.3), 1e-15);
  EXPECT_TRUE(geo::intersection(c, {-5, 0.5 + 1e-6}, {5, 0.5 + 1e-6}).empty());
}

TEST(CircleIntersect, CirclesBasicAndSymmetric) {
  const CL a{{0, 0}, 2}, b{{2, 0}, 2};
  const auto v = geo::intersection(a, b), w = geo::intersection(b, a);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v, w);  // bit for bit
  EXPECT_NEAR(v[0].x, 1, 1e-15);
  EXPECT_NEAR(std::abs(v[0].y), std::sqrt(3.0), 1e-15);
  const auto t = geo::intersection(CL{{0, 0}, 2}, CL{{0, 3}, 1});  // externally tangent
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0], PD(0, 2));
  const auto u = geo::intersection(CL{{0, 0}, 5}, CL{{3, 4}, 10});  // internally tangent
  ASSERT_EQ(u.size(), 1u);
  EXPECT_NEAR(u[0].x, -3, 1e-14);
  EXPECT_NEAR(u[0].y, -4, 1e-14);
}

TEST(CircleIntersect, CirclesDegenerate) {
  EXPECT_TRUE(geo::intersection(CL{{1, 1}, 3}, CL{{1, 1}, 3}).empty());  // equal
  EXPECT_TRUE(geo::intersection(CL{{1, 1}, 3}, CL{{1, 1}, 4}).empty());  // concentric
  EXPECT_TRUE(geo::intersection(CL{{0, 0}, 1}, CL{{5, 0}, 1}).empty());  // apart
  EXPECT_TRUE(geo::intersection(CL{{0, 0}, 5}, CL{{1, 0}, 1}).empty());  // inside
  const auto p = geo::intersection(CL{{0, 0}, 5}, CL{{3, 4}, 0});        // zero radius on it
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], PD(3, 4));
  EXPECT_TRUE(geo::intersection(CD{{0, 0}, 1}, CD{{1e-12, 0}, 1}).empty());
}

TEST(CircleIntersect, NearlyInternallyTangentCircles) {
  const CL big{{0, 0}, 10000}, small{{9999, 1}, 1};  // d^2 - (r1 - r2)^2 = 1
  const auto v = geo::intersection(big, small);
  ASSERT_EQ(v.size(), 2u);
  const auto want = oracle_circle::circle_points(oracle_circle::oc(big), oracle_circle::oc(small));
  ASSERT_EQ(want.size(), 2u);
  for (const PD& p : v) {
    double best = 1e9;
    for (const auto& q : want)
      best = std::min(best, std::hypot(p.x - q.x.convert_to<double>(), p.y - q.y.convert_to<double>()));
    EXPECT_LT(best, 1e-9);
    EXPECT_LT(on_circle_err(p, 9999, 1, 1), 1e-12);
    EXPECT_LT(on_circle_err(p, 0, 0, 10000), 1e-11);
  }
  EXPECT_GT(std::hypot(v[0].x - v[1].x, v[0].y - v[1].y), 1e-3);
}

TEST(CircleIntersect, ChordOfLargeCircles) {
  // radius 6e8 overlapping by one unit: h^2 = (2.4e9 - 1) (1.2e9 - 1)^2 / (4 (1.2e9 - 1)^2);
  // chord() returns a / d and h / d, d = 1199999999
  const CL a{{0, 0}, 600000000}, b{{1199999999, 0}, 600000000};
  const auto [ad, hd] = geo::chord(a, b);
  EXPECT_NEAR(hd * 1199999999.0, std::sqrt(2399999999.0) / 2, 1e-9);
  EXPECT_EQ(ad, 0.5);  // (d^2 + r1^2 - r2^2) / (2 d^2), exact
  EXPECT_NEAR(hd, std::sqrt(2399999999.0) / 2 / 1199999999.0, 1e-25);
  // intersection() computes the same chord inline (here on the same pair moved into
  // range): A.c + v a/d -+ perp(v) h/d, the same numbers bit for bit
  const CL c{{-600000000, 0}, 600000000}, e{{599999999, 0}, 600000000};
  const auto v = geo::intersection(c, e);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0], PD(-0.5, -1199999999.0 * hd));  // right of c -> e first
  EXPECT_EQ(v[1], PD(-0.5, 1199999999.0 * hd));
}

}  // namespace

// The library run with an exact rational type (a type-genericity check, not an oracle):
// counts and classifications on rational circles equal the long long answers of the same
// circles scaled by 6 (which makes them integral).
#include "geometry/circle/area.hpp"
#include "geometry/circle/enclosing.hpp"
#include "geometry/circle/tangents.hpp"
#include "geometry/circle/union.hpp"
namespace {
using QX = oracle::QX;
TEST(CircleExactType, RationalCirclesMatchScaledIntegers) {
  const QX t = QX(1) / 3, h = QX(1) / 2;
  const Circle<QX> a{{t, h}, QX(5) / 6}, b{{t + QX(4) / 3, h}, QX(1) / 2};  // d = 4/3 = r1 + r2
  const CL A{{2, 3}, 5}, B{{10, 3}, 3};                                     // the same, times 6
  EXPECT_EQ(geo::relation(a, b), 3);
  EXPECT_EQ(geo::relation(A, B), 3);
  EXPECT_EQ(geo::intersection(a, b).size(), 1u);
  EXPECT_EQ(geo::tangents(a, b).size(), 3u);
  EXPECT_EQ(geo::contains(a, Point<QX>(t + QX(5) / 6, h)), geo::BOUNDARY);
  const auto v = geo::intersection(a, {t, h - QX(5) / 6}, {t + 1, h - QX(5) / 6});
  ASSERT_EQ(v.size(), 1u);  // tangent line y = h - r, exactly
  EXPECT_NEAR(v[0].x, 1.0 / 3, 1e-15);
  EXPECT_NEAR(geo::area(a, b) * 36, geo::area(A, B), 1e-12);
  const Circle<QX> c{{t, h}, QX(5) / 6}, d{{t + 1, h}, QX(1) / 2};
  EXPECT_NEAR(geo::area(c, d) * 36, geo::area(CL{{2, 3}, 5}, CL{{8, 3}, 3}), 1e-12);
  const std::vector<Point<QX>> P{{QX(0), QX(0)}, {QX(10) / 6, QX(0)}, {h, h}};
  const auto E = geo::min_enclosing_circle(P);
  EXPECT_EQ(E.where(P[0]), geo::BOUNDARY);
  EXPECT_EQ(E.where(P[1]), geo::BOUNDARY);
  EXPECT_EQ(E.where(P[2]), geo::INSIDE);
  EXPECT_NEAR(E.radius(), 10.0 / 12, 1e-15);
}
TEST(CircleIntersectDeathTest, Preconditions) {
  EXPECT_DEATH(geo::intersection(CL{{0, 0}, -1}, PL(0, 0), PL(1, 0)), "");
  EXPECT_DEATH(geo::intersection(CL{{0, 0}, 1}, PL(0, 0), PL(0, 0)), "");
  EXPECT_DEATH(geo::intersection(CL{{0, 0}, 1}, PL(0, 0), PL(1000000001, 0)), "");
  EXPECT_DEATH(geo::intersection(CD{{std::nan(""), 0}, 1}, PD(0, 0), PD(1, 0)), "");
  EXPECT_DEATH(geo::intersection(CD{{0, 0}, 1}, PD(0, 0), PD(1e-170, 0)), "");  // |d|^2 = 0
  EXPECT_DEATH(geo::intersection(CL{{0, 0}, 1}, CL{{1, 0}, -1}), "");
  EXPECT_DEATH(geo::intersection(CL{{0, 0}, 1}, CL{{1, 0}, 1000000001}), "");
  EXPECT_DEATH(geo::intersection(CD{{0, 0}, 1}, CD{{1, 0}, std::nan("")}), "");
}

}  // namespace
