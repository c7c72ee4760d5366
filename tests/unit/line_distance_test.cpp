// Unit tests for geometry/line_distance.hpp (dist2 and dist of a point or a line to a line,
// and the documented idiom for a line against a segment): exact fractions, degenerate and
// out-of-range lines asserted.
#include "geometry/line_distance.hpp"
#include "geometry/on_segment.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Line;
using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
using oracle::Q;
using SL = geo::Segment<LL>;

TEST(LineDistance, Distances) {
  const Line<LL> l{{0, 0}, {4, 2}};
  const geo::Dist2<LL> d = dist2(PL(1, 3), l);  // cross 10, |d|^2 20 -> 100 / 20
  EXPECT_EQ(Q(oracle::q(d.num), oracle::q(d.den)), Q(5));
  EXPECT_DOUBLE_EQ(dist(PL(1, 3), l), std::sqrt(5.0));
  EXPECT_DOUBLE_EQ(dist(l, Line<LL>{{0, 1}, {-4, -1}}), 2 / std::sqrt(5.0));
  EXPECT_EQ(dist(l, Line<LL>{{0, 1}, {1, 0}}), 0);
}

// A line against a segment: the documented idiom with line.hpp's side (line_distance.hpp).
bool meets(const geo::Line<LL>& l, const SL& s) { return geo::side(l, s.a) * geo::side(l, s.b) <= 0; }
bool cuts(const geo::Line<LL>& l, const SL& s) { return geo::side(l, s.a) * geo::side(l, s.b) < 0; }

TEST(LineDistance, LineAgainstSegment) {
  const geo::Line<LL> l{{0, 0}, {1, 1}};
  EXPECT_TRUE(meets(l, SL{{5, 0}, {0, 5}}));
  EXPECT_TRUE(cuts(l, SL{{5, 0}, {0, 5}}));
  EXPECT_TRUE(meets(l, SL{{5, 5}, {9, 0}}));   // touches
  EXPECT_FALSE(cuts(l, SL{{5, 5}, {9, 0}}));
  EXPECT_FALSE(meets(l, SL{{5, 4}, {9, 0}}));
}

#ifndef NDEBUG
TEST(LineDistanceDeathTest, DegenerateLineAsserts) {
  // Pitfall 9: a == b is not a line.
  const Line<LL> bad{{1, 1}, {1, 1}};
  EXPECT_DEATH(dist2(PL(0, 0), bad), "l.a != l.b");
  EXPECT_DEATH(dist(bad, Line<LL>{{0, 0}, {1, 0}}), "l.a != l.b");
}

// long long: |x|,|y| <= 1e9 for the line's points and for the query point; floating: finite.
TEST(LineDistanceDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const Line<LL> l{{-M, -M}, {M, M}};  // at the bound: fine
  EXPECT_DEATH(dist2(PL(0, -M - 1), l), "in_range\\(r, ");
  EXPECT_DEATH(dist(PL(0, -M - 1), l), "in_range\\(r, ");
}
#endif

}  // namespace
