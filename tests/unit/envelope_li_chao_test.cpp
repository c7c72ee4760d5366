// Unit tests for geometry/envelope/li_chao.hpp: segments on half-open ranges, uncovered
// points (none), empty ranges, repeated query points, the maximum, the long long extremes,
// doubles, and the asserted preconditions.
#include "geometry/envelope/li_chao.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <vector>

namespace {

using LL = long long;
constexpr LL B = 1000000000, M = 1000000000000000000;

TEST(LiChao, SegmentsAreHalfOpen) {
  geo::LiChao<LL> t({0, 1, 2, 3, 4, 5});
  t.add(0, 10, 1, 4);  // y = 10 on [1, 4)
  t.add(-2, 9, 3, 6);  // y = 9 - 2x on [3, 6)
  const LL want[] = {LLONG_MAX, 10, 10, 3, 1, -1};
  for (LL x = 0; x <= 5; x++) EXPECT_EQ(t.query(x), want[x]) << x;
  EXPECT_EQ(t.none, LLONG_MAX);
}

TEST(LiChao, EmptyRanges) {
  geo::LiChao<LL> t({0, 10, 20});
  t.add(1, 1, 5, 5);    // l == r
  t.add(1, 1, 9, 3);    // l > r
  t.add(1, 1, 11, 20);  // no query point inside
  for (LL x : {0, 10, 20}) EXPECT_EQ(t.query(x), t.none);
  t.add(1, 1, 11, 21);
  EXPECT_EQ(t.query(20), 21);
  EXPECT_EQ(t.query(10), t.none);
}

TEST(LiChao, RepeatedUnsortedPointsAndTheMaximum) {
  geo::LiChao<LL> lo({5, -3, 5, 0, -3}), hi({5, -3, 5, 0, -3}, true);
  EXPECT_EQ(lo.xs.size(), 3u);
  for (auto* t : {&lo, &hi}) t->add(1, 0), t->add(-1, 0), t->add(0, 2, -3, 1);
  EXPECT_EQ(lo.query(-3), -3);
  EXPECT_EQ(lo.query(0), 0);
  EXPECT_EQ(lo.query(5), -5);
  EXPECT_EQ(hi.query(-3), 3);
  EXPECT_EQ(hi.query(0), 2);
  EXPECT_EQ(hi.query(5), 5);
  geo::LiChao<LL> none({1}, true);
  EXPECT_EQ(none.query(1), -none.none);
}

TEST(LiChao, LongLongExtremes) {
  geo::LiChao<LL> t({-B, 0, B}), h({-B, 0, B}, true);
  for (auto* u : {&t, &h}) u->add(B, M), u->add(-B, M), u->add(B, -M, 0, B + 1), u->add(-B, -M, -B, 1);
  EXPECT_EQ(t.query(-B), 0);  // -B * -B - M = 0; -B * B + M = 0
  EXPECT_EQ(t.query(B), 0);
  EXPECT_EQ(t.query(0), -M);
  EXPECT_EQ(h.query(-B), 2 * M);
  EXPECT_EQ(h.query(0), M);
}

TEST(LiChao, Doubles) {
  geo::LiChao<double> t({-1.5, 0.25, 2.0});
  t.add(0.5, -1.0, -2.0, 1.0);
  t.add(-2.0, 0.75);
  EXPECT_EQ(t.query(-1.5), std::min(0.5 * -1.5 - 1.0, -2.0 * -1.5 + 0.75));
  EXPECT_EQ(t.query(0.25), std::min(0.5 * 0.25 - 1.0, -2.0 * 0.25 + 0.75));
  EXPECT_EQ(t.query(2.0), -2.0 * 2.0 + 0.75);
  geo::LiChao<double> e({1.0});
  EXPECT_EQ(e.query(1.0), std::numeric_limits<double>::infinity());
}

TEST(LiChaoDeathTest, Preconditions) {
  geo::LiChao<LL> t({1, 2});
  EXPECT_DEATH(t.query(3), "");  // not a query point
  EXPECT_DEATH(t.add(B + 1, 0), "");
  EXPECT_DEATH(t.add(0, -M - 1, 0, 5), "");
  geo::LiChao<LL> empty({});
  empty.add(1, 2);  // nothing to do
  EXPECT_DEATH(empty.query(0), "");
}

}  // namespace
