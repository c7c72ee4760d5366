// Unit tests for geometry/envelope/line_container.hpp: hand-computed envelopes, equal slopes
// and equal lines, lines through a crossing, the maximum, the long long extremes (exact at
// |k|, |x| <= 1e9, |m| <= 1e18), doubles, and the asserted preconditions.
#include "geometry/envelope/line_container.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using LL = long long;
constexpr LL B = 1000000000, M = 1000000000000000000;

TEST(LineContainer, SmallEnvelope) {
  geo::LineContainer<LL> c;
  c.add(0, 1);  // y = 1
  EXPECT_EQ(c.query(-100), 1);
  c.add(1, 0);  // y = x: below 1 for x < 1
  c.add(-1, 4);  // y = 4 - x: below 1 for x > 3
  for (LL x = -10; x <= 10; x++) EXPECT_EQ(c.query(x), std::min({LL(1), x, 4 - x})) << x;
  EXPECT_EQ(c.size(), 3u);
  c.add(0, -5);  // y = -5 replaces y = 1 and hides... nothing else: slopes 1, 0, -1 stay
  EXPECT_EQ(c.size(), 3u);
  for (LL x = -10; x <= 10; x++) EXPECT_EQ(c.query(x), std::min({LL(-5), x, 4 - x})) << x;
}

TEST(LineContainer, EqualSlopesAndEqualLines) {
  geo::LineContainer<LL> c;
  c.add(2, 5), c.add(2, 3), c.add(2, 7), c.add(2, 3);
  EXPECT_EQ(c.size(), 1u);
  EXPECT_EQ(c.query(10), 23);
  geo::LineContainer<LL> h(true);
  h.add(2, 5), h.add(2, 3), h.add(2, 7), h.add(2, 7);
  EXPECT_EQ(h.size(), 1u);
  EXPECT_EQ(h.query(-10), -13);
}

TEST(LineContainer, LineThroughTheCrossingIsHidden) {
  // y = x and y = -x cross at (0, 0); y = 0 passes through it: never strictly lowest.
  for (int order = 0; order < 3; order++) {
    geo::LineContainer<LL> c(true);
    const LL lines[3][2] = {{1, 0}, {-1, 0}, {0, 0}};
    for (int i = 0; i < 3; i++) c.add(lines[(i + order) % 3][0], lines[(i + order) % 3][1]);
    EXPECT_EQ(c.size(), 2u) << order;
    for (LL x = -3; x <= 3; x++) EXPECT_EQ(c.query(x), x < 0 ? -x : x);
  }
}

TEST(LineContainer, RemovesHiddenNeighboursOnBothSides) {
  geo::LineContainer<LL> c;
  for (LL k = -5; k <= 5; k++) c.add(k, k * k);  // tangents of -x^2/4: all on the envelope
  EXPECT_EQ(c.size(), 11u);
  c.add(0, -1000);  // below everything on [-200, 200]: hides all but the steepest
  EXPECT_EQ(c.size(), 3u);
  for (LL x = -300; x <= 300; x += 7) {
    LL best = -1000;
    for (LL k = -5; k <= 5; k++) best = std::min(best, k * x + k * k);
    EXPECT_EQ(c.query(x), best) << x;
  }
}

TEST(LineContainer, LongLongExtremes) {
  geo::LineContainer<LL> low, high(true);
  const LL lines[][2] = {{B, M}, {-B, M}, {B, -M}, {-B, -M}, {B - 1, -M}, {0, M}, {1 - B, -M + 1}};
  for (auto& l : lines) low.add(l[0], l[1]), high.add(l[0], l[1]);
  for (LL x : {-B, -B + 1, LL(-1), LL(0), LL(1), B - 1, B}) {
    __int128 lo = lines[0][0] * __int128(x) + lines[0][1], hi = lo;
    for (auto& l : lines) {
      const __int128 v = l[0] * __int128(x) + l[1];
      lo = std::min(lo, v), hi = std::max(hi, v);
    }
    EXPECT_TRUE(low.query(x) == lo) << x;
    EXPECT_TRUE(high.query(x) == hi) << x;
  }
}

TEST(LineContainer, BreakpointsCloseTogether) {
  // crossings at x = 1/2, 1/3, 2/3...: the floor of a breakpoint is not the breakpoint
  geo::LineContainer<LL> c;
  c.add(2, 0), c.add(0, 1), c.add(-3, 3), c.add(1, 0);
  for (LL x = -4; x <= 4; x++) EXPECT_EQ(c.query(x), std::min({2 * x, LL(1), 3 - 3 * x, x})) << x;
}

TEST(LineContainer, Doubles) {
  geo::LineContainer<double> c;
  c.add(0.5, 0.25), c.add(-1.5, 2.0), c.add(0.0, 1.0);
  for (double x : {-2.0, -0.5, 0.0, 0.5, 0.875, 1.0, 4.0})
    EXPECT_EQ(c.query(x), std::min({0.5 * x + 0.25, -1.5 * x + 2.0, 1.0})) << x;
}

TEST(LineContainerDeathTest, Preconditions) {
  geo::LineContainer<LL> c;
  EXPECT_DEATH(c.query(0), "");  // no line
  EXPECT_DEATH(c.add(B + 1, 0), "");
  EXPECT_DEATH(c.add(0, M + 1), "");
  c.add(1, 1);
  EXPECT_DEATH(c.query(-B - 1), "");
}

}  // namespace
