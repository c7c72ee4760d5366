// Unit tests of geometry/closest_pair.hpp and geometry/closest_pair_fast.hpp (every test runs
// on both: closest_pair and closest_pair_fast): degenerate sizes, duplicates, lines, the bound,
// many points on one vertical line (the fast sweep's fallback), the radix path, double input.
#include "geometry/closest_pair.hpp"
#include "geometry/closest_pair_fast.hpp"

#include <gtest/gtest.h>
#include <cmath>

#include <random>
#include <vector>

namespace {

using geo::Point;
using PL = Point<long long>;

struct Short {
  template <class T> static std::pair<int, int> run(const std::vector<Point<T>>& P) { return geo::closest_pair(P); }
};
struct Fast {
  template <class T> static std::pair<int, int> run(const std::vector<Point<T>>& P) {
    return geo::closest_pair_fast(P);
  }
};
template <class V> class ClosestPair : public ::testing::Test {};
template <class V> class ClosestPairDeathTest : public ::testing::Test {};
using Variants = ::testing::Types<Short, Fast>;
TYPED_TEST_SUITE(ClosestPair, Variants);
TYPED_TEST_SUITE(ClosestPairDeathTest, Variants);

long long brute(const std::vector<PL>& P) {
  long long b = -1;
  for (size_t i = 0; i < P.size(); i++)
    for (size_t j = i + 1; j < P.size(); j++) {
      const long long d = dist2(P[i], P[j]);
      if (b < 0 || d < b) b = d;
    }
  return b;
}

TYPED_TEST(ClosestPair, FewerThanTwoPoints) {
  EXPECT_EQ(TypeParam::run(std::vector<PL>{}), std::make_pair(-1, -1));
  EXPECT_EQ(TypeParam::run(std::vector<PL>{{3, 4}}), std::make_pair(-1, -1));
}

TYPED_TEST(ClosestPair, TwoAndThreePoints) {
  EXPECT_EQ(TypeParam::run(std::vector<PL>{{5, 5}, {-1, 2}}), std::make_pair(0, 1));
  EXPECT_EQ(TypeParam::run(std::vector<PL>{{0, 0}, {10, 0}, {11, 1}}), std::make_pair(1, 2));
}

TYPED_TEST(ClosestPair, DuplicatesGiveZero) {
  const std::vector<PL> P{{0, 0}, {7, 7}, {3, 1}, {7, 7}, {100, 100}};
  EXPECT_EQ(TypeParam::run(P), std::make_pair(1, 3));
  const std::vector<PL> same(50, PL(-4, 9));
  const auto r = TypeParam::run(same);
  EXPECT_LT(r.first, r.second);
  EXPECT_EQ(dist2(same[r.first], same[r.second]), 0);
}

TYPED_TEST(ClosestPair, AllOnVerticalLine) {
  // 2000 points with one x: the fast x-sweep exceeds its budget and calls closest_pair.
  std::vector<PL> P;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 2000; i++) P.push_back(PL(5, static_cast<long long>(rng() % 1000000000)));
  const auto r = TypeParam::run(P);
  EXPECT_EQ(dist2(P[r.first], P[r.second]), brute(P));
  for (auto& p : P) p = PL(p.x + static_cast<long long>(rng() % 3), p.y);  // a thin band
  const auto s = TypeParam::run(P);
  EXPECT_EQ(dist2(P[s.first], P[s.second]), brute(P));
}

TYPED_TEST(ClosestPair, CollinearDiagonalAndLattice) {
  std::vector<PL> P;
  for (long long i = 0; i < 300; i++) P.push_back(PL(3 * i, 3 * i + 1));
  P.push_back(PL(450, 452));  // distance^2 1 + 1 = 2 from (450, 451)? (450, 451) is on the line
  const auto r = TypeParam::run(P);
  EXPECT_EQ(dist2(P[r.first], P[r.second]), brute(P));
  std::vector<PL> G;
  for (long long x = 0; x < 40; x++)
    for (long long y = 0; y < 40; y++) G.push_back(PL(x * 2, y * 3));
  const auto g = TypeParam::run(G);
  EXPECT_EQ(dist2(G[g.first], G[g.second]), 4);
}

TYPED_TEST(ClosestPair, AtTheBound) {
  const long long m = 1000000000;
  const std::vector<PL> P{{-m, -m}, {m, m}, {m, -m}, {-m, m}};
  const auto r = TypeParam::run(P);
  EXPECT_EQ(dist2(P[r.first], P[r.second]), 4 * m * m);
  const std::vector<PL> Q{{-m, -m}, {m, m}};  // the largest squared distance, 8e18
  EXPECT_EQ(TypeParam::run(Q), std::make_pair(0, 1));
  const std::vector<PL> R{{-m, -m}, {m, m}, {m - 1, m}};
  EXPECT_EQ(TypeParam::run(R), std::make_pair(1, 2));
}

TYPED_TEST(ClosestPair, RandomAgainstBrute) {
  std::mt19937_64 rng(12345);
  for (int it = 0; it < 300; it++) {
    const int n = 2 + static_cast<int>(rng() % 200);
    const long long R = it % 3 == 0 ? 3 : it % 3 == 1 ? 1000 : 1000000000;
    std::vector<PL> P(static_cast<size_t>(n));
    for (auto& p : P)
      p = PL(static_cast<long long>(rng() % static_cast<unsigned long long>(2 * R + 1)) - R,
             static_cast<long long>(rng() % static_cast<unsigned long long>(2 * R + 1)) - R);
    const auto r = TypeParam::run(P);
    ASSERT_LT(r.first, r.second);
    ASSERT_EQ(dist2(P[r.first], P[r.second]), brute(P));
  }
}

TYPED_TEST(ClosestPair, LargeInputsRadixPath) {
  // closest_pair_fast sorts n >= 8192 by radix: random points at the bound, then a thin band
  // (radix, then the fallback to closest_pair), against all pairs.
  std::mt19937_64 rng(99);
  std::vector<PL> P(9000);
  for (auto& p : P)
    p = PL(static_cast<long long>(rng() % 2000000001) - 1000000000,
           static_cast<long long>(rng() % 2000000001) - 1000000000);
  auto r = TypeParam::run(P);
  EXPECT_EQ(dist2(P[r.first], P[r.second]), brute(P));
  for (auto& p : P) p.x = -1000000000 + static_cast<long long>(rng() % 4);
  r = TypeParam::run(P);
  EXPECT_EQ(dist2(P[r.first], P[r.second]), brute(P));
}

TYPED_TEST(ClosestPair, Double) {
  const std::vector<Point<double>> P{{0.5, 0.25}, {10, 10}, {0.5, 0.2500001}, {-3, 2}};
  EXPECT_EQ(TypeParam::run(P), std::make_pair(0, 2));
  const std::vector<Point<double>> D{{1e-300, 0}, {0, 0}, {5, 5}};
  EXPECT_EQ(TypeParam::run(D), std::make_pair(0, 1));
}

TYPED_TEST(ClosestPairDeathTest, RangeAndNaN) {
  EXPECT_DEATH(TypeParam::run(std::vector<PL>{{0, 0}, {1000000001, 0}}), "");
  EXPECT_DEATH(TypeParam::run(std::vector<PL>{{0, -1000000001}, {0, 0}, {1, 1}}), "");
  EXPECT_DEATH(TypeParam::run(std::vector<Point<double>>{{0, 0}, {std::nan(""), 0}}), "");
}

}  // namespace
