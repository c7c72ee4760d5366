// Unit tests of geometry/hull/convex_hull_fast.hpp's own parts (the shared contract with
// convex_hull is tested for both variants in hull_convex_hull_test.cpp and
// hull_convex_hull_prop.cpp): sort_lower against std::sort by lower on both of its paths
// (radix sort by y for n >= 512, std::sort below), with long runs of equal y, negative and
// extreme coordinates, -0.0 beside +0.0 and denormals; and the pre-pass on input that it
// must skip (every point on the hull) and input where it drops almost everything.
#include "geometry/hull/convex_hull_fast.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;

template <class T> void expect_sorted_like_std(std::vector<Point<T>> p) {
  auto want = p;
  std::sort(want.begin(), want.end(), geo::lower);
  geo::sort_lower(p);
  ASSERT_EQ(p.size(), want.size());
  for (size_t i = 0; i < p.size(); i++)  // equal under lower: same x and y (+0.0 == -0.0)
    ASSERT_TRUE(p[i] == want[i]) << "position " << i;
}

TEST(HullFastSortLower, LongLongBothPaths) {
  std::mt19937_64 rng(5);
  for (size_t n : {0, 1, 100, 511, 512, 3000}) {
    std::vector<Point<LL>> p;
    for (size_t i = 0; i < n; i++) {
      LL y = LL(rng() % 7) - 3;  // few distinct y: long runs sorted by x afterwards
      if (i % 5 == 0) y = LL(rng() % 2000000001) - 1000000000;
      p.push_back({LL(rng() % 2000000001) - 1000000000, y});
    }
    expect_sorted_like_std(p);
  }
  std::vector<Point<LL>> bound(600, Point<LL>(0, 1000000000));
  for (size_t i = 0; i < bound.size(); i++) bound[i] = {LL(i % 3), i % 2 ? 1000000000 : -1000000000};
  expect_sorted_like_std(bound);
}

TEST(HullFastSortLower, DoubleSignedZeroAndDenormals) {
  std::mt19937_64 rng(6);
  const double ys[] = {-0.0, 0.0, 5e-324, -5e-324, 1e-300, -1e-300, 1.5, -1.5, 1e9, -1e9};
  std::vector<Point<double>> p;
  for (int i = 0; i < 2000; i++)
    p.push_back({double(LL(rng() % 2001) - 1000) / 8, ys[rng() % 10]});
  expect_sorted_like_std(p);
  p.resize(300);  // the std::sort path
  expect_sorted_like_std(p);
}

TEST(HullFastPrePass, AllOnTheHullAndAllInside) {
  // Every point on a circle-like convex polygon: the pre-pass keeps them all.
  std::vector<Point<LL>> c;
  for (LL k = 0; k < 2000; k++) c.push_back({k * (4000 - k), k});
  const auto h = geo::convex_hull_fast(c);
  EXPECT_EQ(h, geo::convex_hull(c));
  // A square's corners and many interior points: only the corners remain.
  std::mt19937_64 rng(7);
  std::vector<Point<LL>> s{{-1000, -1000}, {1000, -1000}, {1000, 1000}, {-1000, 1000}};
  for (int i = 0; i < 5000; i++) s.push_back({LL(rng() % 1999) - 999, LL(rng() % 1999) - 999});
  std::shuffle(s.begin(), s.end(), rng);
  EXPECT_EQ(geo::convex_hull_fast(s), (std::vector<Point<LL>>{{-1000, -1000}, {1000, -1000}, {1000, 1000}, {-1000, 1000}}));
}

}  // namespace
