// Unit tests for geometry/line_intersection.hpp (intersection, line_abc, cross_point): the
// kinds of answer, nearly parallel lines meeting far away, the error bound at 1e9 against the
// oracle, degenerate, out-of-range and parallel inputs asserted.
#include "geometry/line_intersection.hpp"

#include "oracle.hpp"
#include "oracle_lines.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using geo::Line;
using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
using oracle::Q;

TEST(LineIntersection, NearlyParallelFarPoint) {
  // directions (10000, 1) and (9999, 1): they meet at (-99990000, -9999), far away; the
  // exact path gives it to the last digit, and so does double (integers, exact differences)
  const Line<LL> l{{0, 0}, {10000, 1}}, m{{0, 1}, {9999, 2}};
  const auto x = geo::intersection(l, m);
  ASSERT_EQ(x.first, 1);
  EXPECT_EQ(x.second, PD(-99990000, -9999));
  const auto xd = geo::intersection(Line<double>{{0, 0}, {10000, 1}}, Line<double>{{0, 1}, {9999, 2}});
  ASSERT_EQ(xd.first, 1);
  EXPECT_EQ(xd.second, PD(-99990000, -9999));
}

TEST(LineIntersection, IntersectionKinds) {
  const Line<LL> l{{0, 0}, {2, 2}};
  EXPECT_EQ(geo::intersection(l, Line<LL>{{1, 0}, {3, 2}}).first, 0);   // parallel, apart
  EXPECT_EQ(geo::intersection(l, Line<LL>{{5, 5}, {-1, -1}}).first, -1);  // the same line
  const auto x = geo::intersection(l, Line<LL>{{0, 1}, {1, 0}});
  EXPECT_EQ(x.first, 1);
  EXPECT_EQ(x.second, PD(0.5, 0.5));
  // floating, within the parallel band: "parallel", not a point 1e12 away
  const auto p = geo::intersection(Line<double>{{0, 0}, {1, 0}}, Line<double>{{0, 1}, {1, 1 + 1e-12}});
  EXPECT_EQ(p.first, 0);
}

TEST(LineIntersection, IntersectionAtTheBound) {
  // Pitfall 3: the numerators are products of three coordinates; computed as the ratio of
  // two exact long long cross products, then one division in double.
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M - 1}}, m{{-M, M}, {M, -M + 3}};
  const auto x = geo::intersection(l, m);
  ASSERT_EQ(x.first, 1);
  const oracle_lines::LineMeet w = oracle_lines::line_meet(oracle::qp(l.a), oracle::qp(l.b),
                                                           oracle::qp(m.a), oracle::qp(m.b));
  ASSERT_EQ(w.kind, 1);
  // the documented bound: 5u (|x| + |a|), |a| <= sqrt(2) 1e9
  const double wx = w.x.x.convert_to<double>(), wy = w.x.y.convert_to<double>();
  const double u = std::numeric_limits<double>::epsilon() / 2;
  EXPECT_NEAR(x.second.x, wx, 5 * u * (std::hypot(wx, wy) + 1.5e9));
  EXPECT_NEAR(x.second.y, wy, 5 * u * (std::hypot(wx, wy) + 1.5e9));
}

TEST(LineIntersection, LineAbc) {
  const Line<double> l = geo::line_abc(1LL, 2LL, 3LL);  // x + 2y = 3
  for (const PD& p : {l.a, l.b}) EXPECT_NEAR(p.x + 2 * p.y, 3, 1e-12);
  EXPECT_NE(l.a, l.b);
  const Line<Q> q = geo::line_abc(Q(0), Q(5), Q(-10));  // y = -2
  for (const Point<Q>& p : {q.a, q.b}) EXPECT_EQ(p.y, -2);
  EXPECT_NE(q.a, q.b);
}

#ifndef NDEBUG
TEST(LineIntersectionDeathTest, DegenerateLineAsserts) {
  // Pitfall 9: a == b is not a line.
  const Line<LL> bad{{1, 1}, {1, 1}};
  EXPECT_DEATH(geo::intersection(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
}

TEST(LineIntersectionDeathTest, LineAbcOfZeroNormalAsserts) {
  EXPECT_DEATH(geo::line_abc(0LL, 0LL, 1LL), "A = B = 0");
  EXPECT_DEATH(geo::line_abc(0.0, 0.0, 0.0), "A = B = 0");
}

// long long: |x|,|y| <= 1e9 for the line's points and for the query point; floating: finite.
TEST(LineIntersectionDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M}};  // at the bound: fine
  const Line<LL> far{{0, 0}, {M + 1, 0}};
  EXPECT_DEATH(geo::intersection(far, l), "in_range\\(s.a, 1e9\\)");
}

// cross_point: not parallel (the computed cross product of the directions is nonzero).
TEST(LineIntersectionDeathTest, CrossPointOfParallelLinesAsserts) {
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(2, 1), PL(0, 1), PL(4, 3)), "parallel lines");
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(2, 1), PL(4, 2), PL(-2, -1)), "parallel lines");
  EXPECT_DEATH(geo::cross_point(PD(0, 0), PD(1, 0), PD(0, 1), PD(5, 1)), "parallel lines");
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(0, 0), PL(0, 1), PL(5, 1)), "parallel lines");
  const LL M = 1000000000;
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(1, 1), PL(M + 1, 0), PL(0, 1)), "in_range\\(p, 1e9\\)");
  EXPECT_DEATH(geo::cross_point(PD(0, 0), PD(1, 1), PD(1, 0), PD(0, std::nan(""))), "in_range\\(p, 1e9\\)");
}
#endif

}  // namespace
