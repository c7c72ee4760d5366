// Unit tests for geometry/line.hpp, projection.hpp, line_intersection.hpp (and the line
// distances of line_distance.hpp): hand-checked answers, the pitfalls of docs/pitfalls.md as cases
// (truncated integer constructions, overflow at 1e9, nearly parallel lines, far anchors,
// degenerate lines), and the eps semantics.
#include "geometry/line.hpp"
#include "geometry/line_base.hpp"
#include "geometry/line_distance.hpp"
#include "geometry/line_intersection.hpp"
#include "geometry/projection.hpp"

#include "oracle.hpp"
#include "oracle_lines.hpp"
#include "scoped_eps.hpp"

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

TEST(Line, SideAndOnLine) {
  const Line<LL> l{{0, 0}, {4, 2}};
  EXPECT_EQ(geo::side(l, PL(1, 3)), 1);
  EXPECT_EQ(geo::side(l, PL(3, 1)), -1);
  EXPECT_EQ(geo::side(l, PL(-2, -1)), 0);  // on the line, behind a
  EXPECT_EQ(geo::side(Line<LL>{{4, 2}, {0, 0}}, PL(1, 3)), -1);
  EXPECT_TRUE(geo::on_line(PL(8, 4), l));
  EXPECT_FALSE(geo::on_line(PL(8, 5), l));
}

TEST(Line, SideIsExactAtTheBound) {
  // Pitfall 3: cross products of differences up to 2e9: 8e18, still < LLONG_MAX.
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M - 1}};
  EXPECT_EQ(geo::side(l, PL(M, M)), 1);
  EXPECT_EQ(geo::side(l, PL(-M, -M + 1)), 1);
  EXPECT_EQ(geo::side(l, PL(M - 2, M - 2)), 1);
  EXPECT_EQ(geo::side(l, PL(M, -M)), -1);
}

TEST(Line, FloatingSideMeasuresDistance) {
  // Pitfall 5: a cross product is an area; eps compares the DISTANCE to the line.
  const Line<double> l{{0, 0}, {1e5, 0}};
  EXPECT_EQ(geo::side(l, PD(5e4, 0.9e-9)), 0);
  EXPECT_EQ(geo::side(l, PD(5e4, 1.1e-9)), 1);   // the cross product is 1.1e-4, not ~0
  EXPECT_EQ(geo::side(l, PD(-3e5, -1.1e-9)), -1);
  const Line<double> tiny{{0, 0}, {1e-6, 0}};
  EXPECT_EQ(geo::side(tiny, PD(0.5, 2e-9)), 1);  // cross = 2e-15 < eps, distance 2e-9 > eps
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_EQ(geo::side(l, PD(5e4, 1.1e-9)), 0);
}

TEST(Line, ParallelOrthogonal) {
  const Line<LL> l{{0, 0}, {3, 0}};
  EXPECT_TRUE(geo::parallel(l, Line<LL>{{0, 2}, {3, 2}}));
  EXPECT_TRUE(geo::parallel(l, Line<LL>{{5, 2}, {-3, 2}}));  // opposite directions
  EXPECT_TRUE(geo::orthogonal(l, Line<LL>{{1, 1}, {1, 4}}));
  EXPECT_FALSE(geo::parallel(l, Line<LL>{{1, 1}, {2, 2}}));
  EXPECT_FALSE(geo::orthogonal(l, Line<LL>{{1, 1}, {2, 2}}));
  // (10000, 1) vs (9999, 1): not parallel, exactly
  EXPECT_FALSE(geo::parallel(Line<LL>{{0, 0}, {10000, 1}}, Line<LL>{{0, 1}, {9999, 2}}));
  // floating: the tip of the shorter direction within eps of the other line
  const Line<double> d{{0, 0}, {1, 0}};
  EXPECT_TRUE(geo::parallel(d, Line<double>{{5, 5}, {6, 5 + 0.9e-9}}));
  EXPECT_FALSE(geo::parallel(d, Line<double>{{5, 5}, {6, 5 + 1.1e-9}}));
  EXPECT_TRUE(geo::orthogonal(d, Line<double>{{5, 5}, {5 + 0.9e-9, 6}}));
}

TEST(Line, ProjectionIsNotTruncated) {
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

TEST(Line, RationalConstructionsAreExact) {
  using PQ = Point<Q>;
  const Line<Q> l{PQ(Q(1, 3), Q(0)), PQ(Q(2), Q(5, 7))};
  const PQ r(Q(-3, 2), Q(4));
  const PQ x = geo::project(r, l), y = geo::reflect(r, l);
  EXPECT_TRUE(geo::on_line(x, l));
  EXPECT_EQ(geo::reflect(y, l), r);
  EXPECT_EQ((r + y) / Q(2), x);
  EXPECT_EQ((x - r).dot(l.b - l.a), 0);
}

TEST(Line, NearlyParallelFarPoint) {
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

TEST(Line, IntersectionKinds) {
  const Line<LL> l{{0, 0}, {2, 2}};
  EXPECT_EQ(geo::intersection(l, Line<LL>{{1, 0}, {3, 2}}).first, 0);   // parallel, apart
  EXPECT_EQ(geo::intersection(l, Line<LL>{{5, 5}, {-1, -1}}).first, -1);  // the same line
  const auto x = geo::intersection(l, Line<LL>{{0, 1}, {1, 0}});
  EXPECT_EQ(x.first, 1);
  EXPECT_EQ(x.second, PD(0.5, 0.5));
  EXPECT_FALSE(geo::intersect(l, Line<LL>{{1, 0}, {3, 2}}));
  EXPECT_TRUE(geo::intersect(l, Line<LL>{{5, 5}, {-1, -1}}));
  // floating, within the parallel band: "parallel", not a point 1e12 away
  const auto p = geo::intersection(Line<double>{{0, 0}, {1, 0}}, Line<double>{{0, 1}, {1, 1 + 1e-12}});
  EXPECT_EQ(p.first, 0);
}

TEST(Line, IntersectionAtTheBound) {
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

TEST(Line, ConstructionFromTheNearerPoint) {
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

TEST(Line, LineAbc) {
  const Line<double> l = geo::line_abc(1LL, 2LL, 3LL);  // x + 2y = 3
  for (const PD& p : {l.a, l.b}) EXPECT_NEAR(p.x + 2 * p.y, 3, 1e-12);
  EXPECT_NE(l.a, l.b);
  const Line<Q> q = geo::line_abc(Q(0), Q(5), Q(-10));  // y = -2
  for (const Point<Q>& p : {q.a, q.b}) EXPECT_EQ(p.y, -2);
  EXPECT_NE(q.a, q.b);
}

TEST(Line, Distances) {
  const Line<LL> l{{0, 0}, {4, 2}};
  const geo::Dist2<LL> d = dist2(PL(1, 3), l);  // cross 10, |d|^2 20 -> 100 / 20
  EXPECT_EQ(Q(oracle::q(d.num), oracle::q(d.den)), Q(5));
  EXPECT_DOUBLE_EQ(dist(PL(1, 3), l), std::sqrt(5.0));
  EXPECT_DOUBLE_EQ(dist(l, Line<LL>{{0, 1}, {-4, -1}}), 2 / std::sqrt(5.0));
  EXPECT_EQ(dist(l, Line<LL>{{0, 1}, {1, 0}}), 0);
}

#ifndef NDEBUG
TEST(LineDeathTest, DegenerateLineAsserts) {
  // Pitfall 9: a == b is not a line.
  const Line<LL> bad{{1, 1}, {1, 1}};
  EXPECT_DEATH(geo::side(bad, PL(0, 0)), "l.a != l.b");
  EXPECT_DEATH(geo::project(PL(0, 0), bad), "l.a != l.b");
  EXPECT_DEATH(geo::parallel(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
  EXPECT_DEATH(geo::orthogonal(Line<LL>{{0, 0}, {1, 0}}, bad), "l.a != l.b");
  EXPECT_DEATH(geo::intersect(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
  EXPECT_DEATH(geo::intersection(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
  EXPECT_DEATH(geo::reflect(PL(0, 0), bad), "l.a != l.b");
  EXPECT_DEATH(dist2(PL(0, 0), bad), "l.a != l.b");
  EXPECT_DEATH(dist(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
  EXPECT_DEATH(geo::side(Line<double>{{0.5, 1}, {0.5, 1}}, PD(0, 0)), "l.a != l.b");
}

TEST(LineDeathTest, LineAbcOfZeroNormalAsserts) {
  EXPECT_DEATH(geo::line_abc(0LL, 0LL, 1LL), "A = B = 0");
  EXPECT_DEATH(geo::line_abc(0.0, 0.0, 0.0), "A = B = 0");
}

// long long: |x|,|y| <= 1e9 for the line's points and for the query point; floating: finite.
TEST(LineDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M}};  // at the bound: fine
  EXPECT_EQ(geo::side(l, PL(-M, M)), 1);
  EXPECT_EQ(geo::project(PL(M, -M), l), PD(0, 0));
  const Line<LL> far{{0, 0}, {M + 1, 0}};
  EXPECT_DEATH(geo::side(far, PL(0, 1)), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::parallel(l, far), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::intersection(far, l), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::side(l, PL(0, -M - 1)), "in_range\\(r, ");
  EXPECT_DEATH(geo::on_line(PL(M + 1, 0), l), "in_range\\(r, ");
  EXPECT_DEATH(geo::project(PL(M + 1, 0), l), "in_range\\(r, ");
  EXPECT_DEATH(geo::reflect(PL(0, M + 1), l), "in_range\\(r, ");
  EXPECT_DEATH(dist2(PL(0, -M - 1), l), "in_range\\(r, ");
  EXPECT_DEATH(dist(PL(0, -M - 1), l), "in_range\\(r, ");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const Line<double> d{{0, 0}, {1, 0}};
  EXPECT_DEATH(geo::side(d, PD(nan, 1)), "in_range\\(r, ");
  EXPECT_DEATH(geo::project(PD(0, inf), d), "in_range\\(r, ");
  EXPECT_DEATH(geo::side(Line<double>{{0, 0}, {nan, 1}}, PD(0, 1)), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::parallel(d, Line<double>{{-inf, 0}, {0, 0}}), "in_range\\(s.a, 1e9\\)");
}

// Floating (any floating type): |b - a| >= 1e-140, as for segments; shorter ones underflow.
TEST(LineDeathTest, TinyFloatingLineAsserts) {
  EXPECT_EQ(geo::side(Line<double>{{0, 0}, {0, 1e-139}}, PD(-1, 0)), 1);
  EXPECT_DEATH(geo::side(Line<double>{{0, 0}, {0, 1e-141}}, PD(-1, 0)), "1e-140");
  EXPECT_DEATH(geo::project(PD(0, 0), Line<double>{{1e-150, 0}, {0, 0}}), "1e-140");
  using PLD = Point<long double>;
  EXPECT_EQ(geo::side(Line<long double>{{0, 0}, {0, 1e-139L}}, PLD(-1, 0)), 1);
  EXPECT_DEATH(geo::side(Line<long double>{{0, 0}, {0, 1e-141L}}, PLD(-1, 0)), "1e-140");
}

// cross_point: not parallel (the computed cross product of the directions is nonzero).
TEST(LineDeathTest, CrossPointOfParallelLinesAsserts) {
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(2, 1), PL(0, 1), PL(4, 3)), "parallel lines");
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(2, 1), PL(4, 2), PL(-2, -1)), "parallel lines");
  EXPECT_DEATH(geo::cross_point(PD(0, 0), PD(1, 0), PD(0, 1), PD(5, 1)), "parallel lines");
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(0, 0), PL(0, 1), PL(5, 1)), "parallel lines");
  const LL M = 1000000000;
  EXPECT_DEATH(geo::cross_point(PL(0, 0), PL(1, 1), PL(M + 1, 0), PL(0, 1)), "in_range\\(p, 1e9\\)");
  EXPECT_DEATH(geo::cross_point(PD(0, 0), PD(1, 1), PD(1, 0), PD(0, std::nan(""))), "in_range\\(p, 1e9\\)");
}
#endif

// frac_t, point_cast (line_base.hpp): the helpers every line header shares.
TEST(LineHelpers, FracTAndPointCast) {
  static_assert(std::is_same<geo::frac_t<LL>, double>::value, "integral -> double");
  static_assert(std::is_same<geo::frac_t<long double>, long double>::value, "floating: itself");
  EXPECT_EQ(geo::point_cast<double>(PL(3, -1000000001)), PD(3, -1000000001));
  EXPECT_EQ(geo::point_cast<LL>(PD(2.75, -2.75)), PL(2, -2));  // truncates, as the cast does
}

}  // namespace
