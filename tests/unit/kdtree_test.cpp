// Unit tests for geometry/kdtree.hpp: n = 0 and n = 1, the excluded index, duplicates (distance
// 0, and 2e5 equal points in O(n log n): a search that walks both sides of a zero offset would
// take minutes), one vertical line and a diagonal against brute force, k nearest in order,
// closed rectangles and discs (boundary points counted), the long long extremes (dist2 = 8e18,
// r * r above LLONG_MAX), doubles, and the asserted preconditions.
#include "geometry/kdtree.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <random>
#include <vector>

namespace {

using LL = long long;
using PL = geo::Point<LL>;
constexpr LL B = 1000000000;

LL brute_nearest(const std::vector<PL>& P, PL q, int skip) {
  LL b = -1;
  for (int j = 0; j < int(P.size()); j++)
    if (j != skip && (b < 0 || dist2(P[j], q) < b)) b = dist2(P[j], q);
  return b;
}

std::vector<int> sorted(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST(KDTree, EmptyAndOnePoint) {
  geo::KDTree<LL> e({});
  EXPECT_EQ(e.nearest(PL(1, 2)), -1);
  EXPECT_TRUE(e.knn(PL(1, 2), 3).empty());
  EXPECT_TRUE(e.rect(PL(-B, -B), PL(B, B)).empty());
  EXPECT_TRUE(e.within(PL(0, 0), 5).empty());
  geo::KDTree<LL> one({PL(3, 4)});
  EXPECT_EQ(one.nearest(PL(-7, 9)), 0);
  EXPECT_EQ(one.nearest(PL(3, 4), 0), -1);  // no other point
  EXPECT_EQ(one.knn(PL(0, 0), 5), std::vector<int>{0});
  EXPECT_TRUE(one.knn(PL(0, 0), 5, 0).empty());
  EXPECT_TRUE(one.knn(PL(0, 0), 0).empty());
  EXPECT_EQ(one.within(PL(0, 0), 5), std::vector<int>{0});  // distance exactly 5
  EXPECT_TRUE(one.within(PL(0, 0), 4).empty());
}

TEST(KDTree, SmallHandChecked) {
  const std::vector<PL> P{{0, 0}, {10, 0}, {4, 3}, {11, 1}, {-3, -4}};
  geo::KDTree<LL> t(P);
  EXPECT_EQ(t.nearest(P[1], 1), 3);  // dist2 2
  EXPECT_EQ(t.nearest(P[3], 3), 1);
  EXPECT_EQ(t.nearest(PL(6, 2)), 2);  // 4 + 1 = 5 against 16 + 4 = 20 to (10, 0)
  EXPECT_EQ(t.nearest(PL(8, 1)), 1);  // 4 + 1 = 5 against 9 to (11, 1), 16 + 4 to (4, 3)
  const auto k = t.knn(PL(0, 0), 3);  // 0, then 2 and 4 both at distance 5
  ASSERT_EQ(k.size(), 3u);
  EXPECT_EQ(k[0], 0);
  EXPECT_EQ(sorted({k[1], k[2]}), (std::vector<int>{2, 4}));
  EXPECT_EQ(t.knn(PL(0, 0), 2, 0).size(), 2u);  // 2 and 4, without 0
  EXPECT_EQ(t.knn(PL(12, 0), 9), (std::vector<int>{3, 1, 2, 0, 4}));  // 2, 4, 73, 144, 241
}

TEST(KDTree, DuplicatesAreAtDistanceZero) {
  const std::vector<PL> P{{5, 5}, {1, 1}, {5, 5}, {9, 9}, {1, 1}, {1, 1}};
  geo::KDTree<LL> t(P);
  EXPECT_EQ(t.nearest(P[0], 0), 2);
  EXPECT_EQ(t.nearest(P[2], 2), 0);
  for (int i : {1, 4, 5}) {
    const int j = t.nearest(P[i], i);
    EXPECT_NE(j, i);
    EXPECT_EQ(P[j], P[i]);
  }
  EXPECT_EQ(t.nearest(P[3], 3), t.nearest(PL(9, 9), 3));
  EXPECT_EQ(P[t.nearest(P[3], 3)], PL(5, 5));
  EXPECT_EQ(sorted(t.within(PL(1, 1), 0)), (std::vector<int>{1, 4, 5}));
}

TEST(KDTree, ManyEqualPointsStayFast) {
  const std::vector<PL> P(200000, PL(-7, 3));
  geo::KDTree<LL> t(P);
  long long sum = 0;
  for (int i = 0; i < int(P.size()); i++) {
    const int j = t.nearest(P[i], i);
    ASSERT_TRUE(j >= 0 && j != i);
    sum += dist2(P[j], P[i]);
  }
  EXPECT_EQ(sum, 0);
  EXPECT_EQ(t.knn(PL(0, 0), 3).size(), 3u);
}

TEST(KDTree, CollinearAgainstBruteForce) {
  std::vector<PL> V, D;
  for (LL i = 0; i < 3000; i++) V.push_back(PL(7, i * i % 10007));  // one vertical line
  for (LL i = 0; i < 3000; i++) D.push_back(PL(i * 37 % 3001 - 1500, i * 37 % 3001 - 1400));
  for (const auto* P : {&V, &D}) {
    geo::KDTree<LL> t(*P);
    for (int i = 0; i < int(P->size()); i++)
      ASSERT_EQ(dist2((*P)[t.nearest((*P)[i], i)], (*P)[i]), brute_nearest(*P, (*P)[i], i)) << i;
    for (PL q : {PL(0, 0), PL(100, -5), PL(7, 5000)})
      EXPECT_EQ(dist2((*P)[t.nearest(q)], q), brute_nearest(*P, q, -1));
  }
}

TEST(KDTree, RandomAgainstBruteForce) {
  std::mt19937_64 rng(15);
  for (LL R : {3LL, 100LL, B}) {
    std::vector<PL> P;
    for (int i = 0; i < 800; i++) P.push_back(PL(LL(rng() % (2 * R + 1)) - R, LL(rng() % (2 * R + 1)) - R));
    geo::KDTree<LL> t(P);
    for (int i = 0; i < 800; i++) {
      ASSERT_EQ(dist2(P[t.nearest(P[i], i)], P[i]), brute_nearest(P, P[i], i));
      const PL q(LL(rng() % (2 * R + 1)) - R, LL(rng() % (2 * R + 1)) - R);
      const auto k = t.knn(q, 7, i);
      std::vector<LL> want, got;
      for (int j = 0; j < 800; j++)
        if (j != i) want.push_back(dist2(P[j], q));
      std::sort(want.begin(), want.end());
      want.resize(7);
      for (int j : k) got.push_back(dist2(P[j], q));
      EXPECT_EQ(got, want);  // in increasing order
    }
  }
}

TEST(KDTree, ClosedRectangle) {
  std::vector<PL> P;
  for (LL x = -3; x <= 3; x++)
    for (LL y = -3; y <= 3; y++) P.push_back(PL(x, y));
  geo::KDTree<LL> t(P);
  std::vector<int> want;
  for (int i = 0; i < int(P.size()); i++)
    if (-1 <= P[i].x && P[i].x <= 2 && 0 <= P[i].y && P[i].y <= 0) want.push_back(i);
  EXPECT_EQ(sorted(t.rect(PL(-1, 0), PL(2, 0))), want);  // a segment of the row y = 0
  EXPECT_EQ(t.rect(PL(-B, -B), PL(B, B)).size(), P.size());
  EXPECT_TRUE(t.rect(PL(1, 1), PL(0, 2)).empty());  // lo.x > hi.x
  EXPECT_EQ(t.rect(PL(3, 3), PL(9, 9)), std::vector<int>{48});  // the corner only
}

TEST(KDTree, ClosedDisc) {
  const std::vector<PL> P{{3, 4}, {-4, 3}, {5, 0}, {0, -5}, {4, 4}, {1, 1}, {0, 0}, {-3, -4}};
  geo::KDTree<LL> t(P);
  EXPECT_EQ(sorted(t.within(PL(0, 0), 5)), (std::vector<int>{0, 1, 2, 3, 5, 6, 7}));  // not (4, 4)
  EXPECT_EQ(sorted(t.within(PL(0, 0), 4)), (std::vector<int>{5, 6}));
  EXPECT_EQ(sorted(t.within(PL(4, 4), 1)), (std::vector<int>{0, 4}));
}

TEST(KDTree, LongLongExtremes) {
  const std::vector<PL> P{{-B, -B}, {B, B}, {B, -B}, {-B, B}};
  geo::KDTree<LL> t(P);
  EXPECT_EQ(dist2(P[t.nearest(P[0], 0)], P[0]), 4 * B * B);
  EXPECT_EQ(t.knn(P[0], 4).back(), 1);  // 8e18, exact
  const LL r = 2828427124;  // r^2 = 7.99999999...e18 < 8e18 < (r + 1)^2
  EXPECT_EQ(sorted(t.within(P[0], r)), (std::vector<int>{0, 2, 3}));
  EXPECT_EQ(sorted(t.within(P[0], r + 1)), (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(t.within(PL(0, 0), 4000000000).size(), 4u);  // r * r = 1.6e19 > LLONG_MAX
  EXPECT_EQ(t.within(PL(0, 0), 3037000500).size(), 4u);  // r * r just above LLONG_MAX
  EXPECT_EQ(t.rect(PL(B, -B), PL(B, B)).size(), 2u);
  EXPECT_EQ(t.rect(PL(LLONG_MIN, LLONG_MIN), PL(LLONG_MAX, LLONG_MAX)).size(), 4u);  // any corners
  EXPECT_EQ(t.rect(PL(LLONG_MIN, B), PL(-B, LLONG_MAX)), std::vector<int>{3});
}

TEST(KDTree, Doubles) {
  using PD = geo::Point<double>;
  const std::vector<PD> P{{0.5, 0.25}, {-1.5, 2}, {0.75, 0.5}, {3, -2}, {0.5, 0.25}};
  geo::KDTree<double> t(P);
  EXPECT_EQ(t.nearest(P[0], 0), 4);
  EXPECT_TRUE(t.nearest(P[2], 2) == 0 || t.nearest(P[2], 2) == 4);
  EXPECT_EQ(t.nearest(PD(2.9, -1.9)), 3);
  EXPECT_EQ(sorted(t.within(PD(0.5, 0.25), 0.5)), (std::vector<int>{0, 2, 4}));  // 0.354 to 2
  EXPECT_EQ(sorted(t.rect(PD(0.5, 0.25), PD(0.75, 0.5))), (std::vector<int>{0, 2, 4}));
  EXPECT_EQ(t.knn(PD(-2, 2), 1), std::vector<int>{1});
}

TEST(KDTreeDeathTest, Preconditions) {
  EXPECT_DEATH(geo::KDTree<LL>({PL(0, 0), PL(B + 1, 0)}), "");
  geo::KDTree<LL> t({PL(0, 0), PL(1, 1)});
  EXPECT_DEATH(t.nearest(PL(0, -B - 1)), "");
  EXPECT_DEATH(t.within(PL(0, 0), -1), "");
  EXPECT_DEATH(t.knn(PL(0, 0), -1), "");
  const double nan = std::nan("");
  EXPECT_DEATH(geo::KDTree<double>({geo::Point<double>(nan, 0)}), "");
}

}  // namespace
