// Unit tests of geometry/fenwick.hpp: prefix sums, prefix minima of (value, index) pairs (the
// two uses: sweep/segment_count and mst/manhattan), the identity at i == 0, n == 0, an add
// past the end (a no-op), and the asserted bound of get.
#include "geometry/fenwick.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <functional>
#include <utility>
#include <vector>

namespace {

using LL = long long;

TEST(Fenwick, PrefixSums) {
  geo::Fenwick<LL, std::plus<>> f{std::vector<LL>(10), {}};
  f.add(0, 5), f.add(3, 2), f.add(9, -1), f.add(3, 4);
  const LL want[11] = {0, 5, 5, 5, 11, 11, 11, 11, 11, 11, 10};
  for (size_t i = 0; i <= 10; i++) EXPECT_EQ(f.get(i, 0), want[i]) << "i = " << i;
  EXPECT_EQ(f.get(4, 100), 111);  // s is combined in
  f.add(10, 7), f.add(1000, 7);   // past the end: nothing
  EXPECT_EQ(f.get(10, 0), 10);
}

TEST(Fenwick, PrefixMinimaOfPairs) {
  using V = std::pair<LL, int>;
  auto mn = [](V a, V b) { return std::min(a, b); };
  const V none(LLONG_MAX, -1);
  geo::Fenwick<V, decltype(mn)> f{std::vector<V>(6, none), mn};
  EXPECT_EQ(f.get(6, none), none);
  f.add(4, {7, 40}), f.add(1, {9, 10}), f.add(2, {9, 5}), f.add(4, {8, 41});
  EXPECT_EQ(f.get(0, none), none);
  EXPECT_EQ(f.get(1, none), none);
  EXPECT_EQ(f.get(2, none), V(9, 10));
  EXPECT_EQ(f.get(3, none), V(9, 5));   // ties: the smaller index
  EXPECT_EQ(f.get(5, none), V(7, 40));  // the larger value added later does not replace it
  EXPECT_EQ(f.get(6, none), V(7, 40));
}

TEST(Fenwick, Empty) {
  geo::Fenwick<LL, std::plus<>> f{{}, {}};
  EXPECT_EQ(f.get(0, 3), 3);
  f.add(0, 1);
  EXPECT_EQ(f.get(0, 3), 3);
}

TEST(FenwickDeathTest, GetPastTheEnd) {
  geo::Fenwick<LL, std::plus<>> f{std::vector<LL>(4), {}};
  EXPECT_DEATH(f.get(5, 0), "");
}

}  // namespace
