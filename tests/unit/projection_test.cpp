// Unit tests for geometry/projection.hpp (project, reflect): non-lattice answers are not
// truncated, exact rational constructions, the foot computed from the nearer point
// (docs/pitfalls.md), degenerate, out-of-range and tiny lines asserted.
#include "geometry/projection.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

using geo::Line;
using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
using oracle::Q;

TEST(Projection, ProjectionIsNotTruncated) {
  // Pitfall 4: integral input, non-lattice answer -> double, not a truncated lattice point.
  const Line<LL> l{{0, 0}, {2, 1}};
  const PD x = geo::project(PL(0, 1), l);
  EXPECT_DOUBLE_EQ(x.x, 0.4);
  EXPECT_DOUBLE_EQ(x.y, 0.2);
  const PD r = geo::reflect(PL(0, 1), l);
  EXPECT_DOUBLE_EQ(r.x, 0.8);
  EXPECT_DOUBLE_EQ(r.y, -0.6);
  // AOJ CGL_1_A sample
  const PD s = geo::project(PL(2, 5), Line<LL>{{0, 0}, {3, 4}});
  EXPECT_NEAR(s.x, 3.12, 1e-15);
  EXPECT_NEAR(s.y, 4.16, 1e-15);
}

TEST(Projection, RationalConstructionsAreExact) {
  using PQ = Point<Q>;
  const Line<Q> l{PQ(Q(1, 3), Q(0)), PQ(Q(2), Q(5, 7))};
  const PQ r(Q(-3, 2), Q(4));
  const PQ x = geo::project(r, l), y = geo::reflect(r, l);
  EXPECT_TRUE(geo::on_line(x, l));
  EXPECT_EQ(geo::reflect(y, l), r);
  EXPECT_EQ((r + y) / Q(2), x);
  EXPECT_EQ((x - r).dot(l.b - l.a), 0);
}

TEST(Projection, ConstructionFromTheNearerPoint) {
  // Pitfall 1: a long line through two far points, a query next to b: the foot is computed
  // from b, so it keeps the digits of the small offset.
  const PD a(-3e5 + 0.1, -1e5 + 0.3), b(2e5 + 0.7, 0.5);
  const PD r = b + PD(1e-7, 3e-7);
  const PD x = geo::project(r, Line<double>{a, b});
  const oracle::QP qa = oracle::qp(a), qb = oracle::qp(b), qr = oracle::qp(r);
  const oracle::QP d = oracle::sub(qb, qa);
  const Q t = oracle::dot(oracle::sub(qr, qa), d) / oracle::dot(d, d);
  const Q wx = qa.x + d.x * t, wy = qa.y + d.y * t;
  // the answer is ~2e5: one ulp is 3e-11; anchored at a, ~1e-10 errors are typical
  EXPECT_NEAR(x.x, wx.convert_to<double>(), 6e-11);
  EXPECT_NEAR(x.y, wy.convert_to<double>(), 6e-11);
}

#ifndef NDEBUG
TEST(ProjectionDeathTest, DegenerateLineAsserts) {
  // Pitfall 9: a == b is not a line.
  const Line<LL> bad{{1, 1}, {1, 1}};
  EXPECT_DEATH(geo::project(PL(0, 0), bad), "l.a != l.b");
  EXPECT_DEATH(geo::reflect(PL(0, 0), bad), "l.a != l.b");
}

// long long: |x|,|y| <= 1e9 for the line's points and for the query point; floating: finite.
TEST(ProjectionDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M}};  // at the bound: fine
  EXPECT_EQ(geo::project(PL(M, -M), l), PD(0, 0));
  EXPECT_DEATH(geo::project(PL(M + 1, 0), l), "in_range\\(r, ");
  EXPECT_DEATH(geo::reflect(PL(0, M + 1), l), "in_range\\(r, ");
  const double inf = std::numeric_limits<double>::infinity();
  const Line<double> d{{0, 0}, {1, 0}};
  EXPECT_DEATH(geo::project(PD(0, inf), d), "in_range\\(r, ");
}

// Floating (any floating type): |b - a| >= 1e-140, as for segments; shorter ones underflow.
TEST(ProjectionDeathTest, TinyFloatingLineAsserts) {
  EXPECT_DEATH(geo::project(PD(0, 0), Line<double>{{1e-150, 0}, {0, 0}}), "1e-140");
}
#endif

}  // namespace
