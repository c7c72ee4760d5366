// Unit tests for geometry/line.hpp (side, on_line, parallel, orthogonal, intersect): hand-checked
// answers, the pitfalls of docs/pitfalls.md as cases (overflow at 1e9, degenerate lines), and
// the eps semantics (a distance, not an area).
#include "geometry/line.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

using geo::Line;
using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;

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

TEST(Line, IntersectionKinds) {
  const Line<LL> l{{0, 0}, {2, 2}};
  EXPECT_FALSE(geo::intersect(l, Line<LL>{{1, 0}, {3, 2}}));
  EXPECT_TRUE(geo::intersect(l, Line<LL>{{5, 5}, {-1, -1}}));
}

#ifndef NDEBUG
TEST(LineDeathTest, DegenerateLineAsserts) {
  // Pitfall 9: a == b is not a line.
  const Line<LL> bad{{1, 1}, {1, 1}};
  EXPECT_DEATH(geo::side(bad, PL(0, 0)), "l.a != l.b");
  EXPECT_DEATH(geo::parallel(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
  EXPECT_DEATH(geo::orthogonal(Line<LL>{{0, 0}, {1, 0}}, bad), "l.a != l.b");
  EXPECT_DEATH(geo::intersect(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
  EXPECT_DEATH(geo::side(Line<double>{{0.5, 1}, {0.5, 1}}, PD(0, 0)), "l.a != l.b");
}

// long long: |x|,|y| <= 1e9 for the line's points and for the query point; floating: finite.
TEST(LineDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M}};  // at the bound: fine
  EXPECT_EQ(geo::side(l, PL(-M, M)), 1);
  const Line<LL> far{{0, 0}, {M + 1, 0}};
  EXPECT_DEATH(geo::side(far, PL(0, 1)), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::parallel(l, far), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::side(l, PL(0, -M - 1)), "in_range\\(r, ");
  EXPECT_DEATH(geo::on_line(PL(M + 1, 0), l), "in_range\\(r, ");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const Line<double> d{{0, 0}, {1, 0}};
  EXPECT_DEATH(geo::side(d, PD(nan, 1)), "in_range\\(r, ");
  EXPECT_DEATH(geo::side(Line<double>{{0, 0}, {nan, 1}}, PD(0, 1)), "in_range\\(s.a, 1e9\\)");
  EXPECT_DEATH(geo::parallel(d, Line<double>{{-inf, 0}, {0, 0}}), "in_range\\(s.a, 1e9\\)");
}

// Floating (any floating type): |b - a| >= 1e-140, as for segments; shorter ones underflow.
TEST(LineDeathTest, TinyFloatingLineAsserts) {
  EXPECT_EQ(geo::side(Line<double>{{0, 0}, {0, 1e-139}}, PD(-1, 0)), 1);
  EXPECT_DEATH(geo::side(Line<double>{{0, 0}, {0, 1e-141}}, PD(-1, 0)), "1e-140");
  using PLD = Point<long double>;
  EXPECT_EQ(geo::side(Line<long double>{{0, 0}, {0, 1e-139L}}, PLD(-1, 0)), 1);
  EXPECT_DEATH(geo::side(Line<long double>{{0, 0}, {0, 1e-141L}}, PLD(-1, 0)), "1e-140");
}
#endif

}  // namespace
