// Unit tests of geometry/closest_pair_fast.hpp's own paths (the shared contract with
// closest_pair is tested for both variants in closest_pair_test.cpp and closest_pair_prop.cpp):
// the radix sort by x (n >= 8192) with every x negative, x at both ends of the range, many
// equal x, int coordinates; the budgeted sweep's fallback (every point on one vertical line);
// and the std::sort path just below 8192 points. Each against all pairs.
#include "geometry/closest_pair_fast.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;

template <class T> LL brute(const std::vector<Point<T>>& P) {
  LL best = -1;
  for (size_t i = 0; i < P.size(); i++)
    for (size_t j = 0; j < i; j++) {
      const LL dx = LL(P[i].x) - LL(P[j].x), dy = LL(P[i].y) - LL(P[j].y), d = dx * dx + dy * dy;
      if (best < 0 || d < best) best = d;
    }
  return best;
}

template <class T> void expect_closest(const std::vector<Point<T>>& P) {
  const auto [i, j] = geo::closest_pair_fast(P);
  ASSERT_TRUE(0 <= i && i < j && size_t(j) < P.size());
  const LL dx = LL(P[size_t(i)].x) - LL(P[size_t(j)].x), dy = LL(P[size_t(i)].y) - LL(P[size_t(j)].y);
  EXPECT_EQ(dx * dx + dy * dy, brute(P));
}

TEST(ClosestPairFast, RadixPathShapes) {
  std::mt19937_64 rng(41);
  const LL M = 1000000000;
  std::vector<Point<LL>> neg, ends, few;
  for (int i = 0; i < 8192; i++) {
    neg.push_back({-1 - LL(rng() % M), LL(rng() % (2 * M + 1)) - M});   // every x < 0
    ends.push_back({i % 2 ? M : -M, LL(rng() % (2 * M + 1)) - M});       // x = +-1e9 only
    few.push_back({LL(rng() % 16) * 1000, LL(rng() % 4000000) - 2000000});  // 16 distinct x
  }
  expect_closest(neg);
  expect_closest(ends);
  expect_closest(few);
}

TEST(ClosestPairFast, IntCoordinatesAndStdSortPath) {
  std::mt19937_64 rng(42);
  // int: the squared distances are ints too, so coordinates stay within +-10000.
  std::vector<Point<int>> p;
  for (int i = 0; i < 9000; i++) p.push_back({int(rng() % 20001) - 10000, int(rng() % 20001) - 10000});
  expect_closest(p);  // radix path, negative int keys sign-extended
  p.resize(8191);
  expect_closest(p);  // std::sort path
}

TEST(ClosestPairFast, BudgetFallback) {
  // All points on one vertical line, far apart in y: every look-back is inside dx^2 < best,
  // so the 16 n budget runs out and closest_pair decides.
  std::vector<Point<LL>> p;
  for (LL i = 0; i < 10000; i++) p.push_back({7, (i * 7919) % 10000 * 100000});
  p.push_back({7, 123456789});
  expect_closest(p);
}

}  // namespace
