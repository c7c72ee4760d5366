// Unit tests of geometry/polygon/triangulate_fast.hpp's own paths (the shared contract with
// triangulate is tested for both variants in polygon_triangulate_test.cpp and
// polygon_triangulate_prop.cpp): the sweep's vertex types at scale (combs opening to every
// side: split and merge vertices in long runs, a merge vertex as the helper of the next
// merge), vertical and horizontal edges (ties in x), star-shaped polygons of 20000 vertices
// at |x|,|y| = 1e9, and n = 100000 within a second. Each by the oracle's chain check.
#include "geometry/polygon/triangulate_fast.hpp"

#include "oracle_triangulation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

void expect_tiles(const PL& P) {
  const auto T = geo::triangulate_fast(P);
  EXPECT_EQ(oracle::check_chain(oracle::qpoly(P), T), "") << "n=" << P.size();
}

PL comb(int k, std::mt19937_64& rng) {  // random teeth up from a bar, 1 apart
  PL P{{0, 0}, {2 * k, 0}, {2 * k, 1}};
  for (LL i = k - 1; i >= 0; i--) {
    const LL h = 2 + LL(rng() % 1000);
    P.push_back({2 * i + 1, 1}), P.push_back({2 * i + 1, h}), P.push_back({2 * i, h});
    if (i) P.push_back({2 * i, 1});
  }
  P.push_back({0, 1});
  return P;
}

// The four rotations by 90 degrees (counter-clockwise stays counter-clockwise).
PL rot(PL P, int r) {
  for (auto& p : P)
    for (int k = 0; k < r; k++) p = Point<LL>(-p.y, p.x);
  return P;
}

TEST(PolygonTriangulateFast, CombsOpeningToEverySide) {
  std::mt19937_64 rng(7);
  for (int r = 0; r < 4; r++) {
    expect_tiles(rot(comb(200, rng), r));
    // slanted teeth: no ties in x, merge vertices whose helper is a merge vertex
    PL S = comb(100, rng);
    for (auto& p : S) p = Point<LL>(p.x * 3 + p.y % 2, p.y);
    expect_tiles(rot(S, r));
  }
}

TEST(PolygonTriangulateFast, LargeStarAtTheBound) {
  std::mt19937_64 rng(11);
  const LL M = 1000000000;
  std::vector<std::pair<double, Point<LL>>> v;
  for (int i = 0; i < 20000; i++) {
    const Point<LL> p(LL(rng() % (2 * M + 1)) - M, LL(rng() % (2 * M + 1)) - M);
    if (p != Point<LL>(0, 0)) v.push_back({std::atan2(double(p.y), double(p.x)), p});
  }
  std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.first < b.first; });
  PL P;
  for (auto& [a, p] : v)
    if (P.empty() || (__int128)P.back().x * p.y - (__int128)P.back().y * p.x != 0) P.push_back(p);
  ASSERT_GT(P.size(), 19000u);
  // sorted by a double angle: keep only if simple around the origin (each turn about it
  // positive, exactly, and one winding)
  for (size_t i = 0; i < P.size(); i++) {
    const auto &a = P[i], &b = P[(i + 1) % P.size()];
    ASSERT_GT((__int128)a.x * b.y - (__int128)a.y * b.x, 0);
  }
  expect_tiles(P);
}

TEST(PolygonTriangulateFast, HundredThousandVerticesInASecond) {
  std::mt19937_64 rng(3);
  const PL P = comb(25000, rng);  // 100003 vertices
  ASSERT_EQ(P.size(), 100003u);
  const auto t0 = std::chrono::steady_clock::now();
  const auto T = geo::triangulate_fast(P);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(s, 1.0);
  EXPECT_EQ(oracle::check_chain(oracle::qpoly(P), T), "");
}

}  // namespace
