// Unit tests of geometry/voronoi.hpp: known cells (halves, lattice squares, slabs), degenerate
// input, and random sets checked independently: the cells tile the box (areas sum to its
// area), every cell vertex is at least as close to its site as to any other (brute force),
// and random points of the box lie in their nearest site's cell. Precision: a far site with
// two sites one unit apart (nearly parallel bisectors) and a cocircular quadruple whose
// centre is not a double, against the exact vertex rounded to nearest (GMP, oracle_delaunay);
// round_div against the same. Death tests for the preconditions.
#include "geometry/voronoi.hpp"

#include "oracle_delaunay.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = Point<double>;
using Cell = std::vector<PD>;

double area(const Cell& c) {  // shoelace, written here
  double s = 0;
  for (size_t i = 0; i < c.size(); i++) {
    const PD& a = c[i];
    const PD& b = c[(i + 1) % c.size()];
    s += a.x * b.y - a.y * b.x;
  }
  return s / 2;
}

bool inside(const Cell& c, const PD& q, double tol) {  // convex CCW, closed, with tolerance
  if (c.size() < 3) return false;
  for (size_t i = 0; i < c.size(); i++) {
    const PD& a = c[i];
    const PD& b = c[(i + 1) % c.size()];
    const double cr = (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x);
    if (cr < -tol * std::hypot(b.x - a.x, b.y - a.y)) return false;
  }
  return true;
}

template <class T>
void check_random(const std::vector<Point<T>>& p, Point<T> lo, Point<T> hi, std::mt19937_64& rng) {
  const auto cells = geo::voronoi(p, lo, hi);
  ASSERT_EQ(cells.size(), p.size());
  const double W = double(hi.x - lo.x), H = double(hi.y - lo.y), scale = W + H;
  double total = 0;
  std::vector<char> first(p.size(), 1);
  for (size_t i = 0; i < p.size(); i++)
    for (size_t j = 0; j < i; j++)
      if (p[j] == p[i]) first[i] = 0;
  for (size_t i = 0; i < p.size(); i++) {
    const Cell& c = cells[i];
    if (first[i]) total += area(c);
    if (!c.empty()) {
      EXPECT_GT(area(c), 0);
    }
    for (const PD& v : c) {
      EXPECT_GE(v.x, double(lo.x) - 1e-9 * scale);
      EXPECT_LE(v.x, double(hi.x) + 1e-9 * scale);
      const double di = std::hypot(v.x - double(p[i].x), v.y - double(p[i].y));
      for (const auto& s : p)
        EXPECT_LE(di, std::hypot(v.x - double(s.x), v.y - double(s.y)) + 1e-9 * scale);
    }
  }
  EXPECT_NEAR(total, W * H, 1e-9 * W * H);
  for (int k = 0; k < 200 && !p.empty(); k++) {
    const PD q{double(lo.x) + W * double(rng() % 100001) / 1e5, double(lo.y) + H * double(rng() % 100001) / 1e5};
    size_t best = 0;
    for (size_t i = 1; i < p.size(); i++)
      if (std::hypot(q.x - double(p[i].x), q.y - double(p[i].y)) <
          std::hypot(q.x - double(p[best].x), q.y - double(p[best].y)))
        best = i;
    EXPECT_TRUE(inside(cells[best], q, 1e-9 * scale));
  }
}

TEST(Voronoi, Degenerate) {
  EXPECT_TRUE(geo::voronoi(PL{}, {0, 0}, {1, 1}).empty());
  const auto one = geo::voronoi(PL{{5, 5}}, {0, 0}, {4, 2});  // the site may lie outside
  ASSERT_EQ(one.size(), 1u);
  Cell box{{0, 0}, {4, 0}, {4, 2}, {0, 2}};  // counter-clockwise, from some corner
  ASSERT_EQ(one[0].size(), 4u);
  std::rotate(box.begin(), std::find(box.begin(), box.end(), one[0][0]), box.end());
  EXPECT_EQ(one[0], box);
  const auto two = geo::voronoi(PL{{1, 1}, {3, 1}, {1, 1}}, {0, 0}, {4, 2});
  EXPECT_DOUBLE_EQ(area(two[0]), 4.0);
  EXPECT_DOUBLE_EQ(area(two[1]), 4.0);
  EXPECT_EQ(two[0], two[2]);  // duplicates share the cell
  for (const PD& v : two[0]) EXPECT_LE(v.x, 2.0);
  for (const PD& v : two[1]) EXPECT_GE(v.x, 2.0);
  // Far outside the box: no part of the box is closer to (100, 0) than to (1, 1).
  const auto far = geo::voronoi(PL{{1, 1}, {100, 1}}, {0, 0}, {4, 2});
  EXPECT_TRUE(far[1].empty());
  EXPECT_DOUBLE_EQ(area(far[0]), 8.0);
  // The bisector y = 0 is the box side: (1, -1)'s cell touches the box only along it.
  const auto touch = geo::voronoi(PL{{1, 1}, {1, -1}}, {0, 0}, {4, 2});
  EXPECT_TRUE(touch[1].empty());
  EXPECT_DOUBLE_EQ(area(touch[0]), 8.0);
}

TEST(Voronoi, CollinearSlabs) {
  const PL p{{0, 0}, {2, 2}, {4, 4}, {6, 6}};
  const auto c = geo::voronoi(p, {-10, -10}, {10, 10});
  double total = 0;
  for (auto& x : c) total += area(x);
  EXPECT_NEAR(total, 400.0, 1e-9);
  EXPECT_EQ(c[1].size(), 4u);  // a slab between two parallel bisectors
  std::mt19937_64 rng(1);
  check_random(p, Point<LL>{-10, -10}, Point<LL>{10, 10}, rng);
}

TEST(Voronoi, LatticeCellsAreSquares) {
  PL p;
  for (LL x = 0; x < 5; x++)
    for (LL y = 0; y < 5; y++) p.push_back({2 * x + 1, 2 * y + 1});
  const auto c = geo::voronoi(p, {0, 0}, {10, 10});
  for (auto& x : c) {
    EXPECT_NEAR(area(x), 4.0, 1e-12);  // 2 x 2 squares despite four cocircular points
    EXPECT_EQ(x.size(), 4u);
  }
}

TEST(Voronoi, RandomAgainstBruteForce) {
  std::mt19937_64 rng(17);
  for (int it = 0; it < 60; it++) {
    PL p;
    const int n = 1 + int(rng() % 40);
    const LL g = it % 2 ? 6 : 1000;
    for (int i = 0; i < n; i++) p.push_back({LL(rng() % g), LL(rng() % g)});
    check_random(p, Point<LL>{-3, -2}, Point<LL>{g + 1, g + 4}, rng);
  }
  const LL M = 1000000000;  // at the documented bound
  PL big;
  for (int i = 0; i < 30; i++) big.push_back({LL(rng() % (2 * M + 1)) - M, LL(rng() % (2 * M + 1)) - M});
  check_random(big, Point<LL>{-M, -M}, Point<LL>{M, M}, rng);
  std::vector<Point<double>> d;
  for (int i = 0; i < 30; i++) d.push_back({double(rng() % 1000) / 7, double(rng() % 1000) / 3});
  check_random(d, Point<double>{-1, -1}, Point<double>{150, 340}, rng);
}

TEST(Voronoi, HighDegreeSite) {  // the centre has ~m neighbours: O(m log m), not O(m^2)
  PL p{{0, 0}};
  const int m = 400;
  for (int i = 0; i < m; i++) {
    const double a = 2 * M_PI * i / m;
    p.push_back({std::llround(1e6 * std::cos(a)), std::llround(1e6 * std::sin(a))});
  }
  std::mt19937_64 rng(5);
  check_random(p, Point<LL>{-2000000, -2000000}, Point<LL>{2000000, 2000000}, rng);
  const auto cells = geo::voronoi(p, Point<LL>{-2000000, -2000000}, Point<LL>{2000000, 2000000});
  EXPECT_GE(cells[0].size(), size_t(m / 2));  // the centre's cell: one edge per neighbour
  // ~ the m-gon circumscribed about the circle of radius 5e5: m r^2 tan(pi / m)
  EXPECT_NEAR(area(cells[0]), m * 0.25e12 * std::tan(M_PI / m), 1e-3 * 0.25e12 * M_PI);
}

TEST(Voronoi, FarSiteAndTwoCloseSitesShareTheExactVertex) {
  // The Voronoi vertex of a = (ax, ay), (0, 0), (0, -1) is (x0, -1/2) with
  // x0 = (ax^2 + ay^2 + ay) / (2 ax): on the bisector y = -1/2 and as far from (0, 0) as from a.
  // a's two bisectors are nearly parallel; intersecting them once put this vertex 84 units
  // off in a's cell, and the three cells disagreed about it.
  const LL ax = -801953796, ay = -867774064, M = 1000000000;
  const auto cells = geo::voronoi(PL{{ax, ay}, {0, 0}, {0, -1}}, {-M, -M}, {M, M});
  const oracle::Q x0 = oracle::Q(oracle::Z(ax) * ax + oracle::Z(ay) * ay + ay) / (2 * oracle::Z(ax));
  const PD v{oracle_delaunay::round_nearest(x0), -0.5};
  for (const Cell& c : cells) EXPECT_EQ(std::count(c.begin(), c.end(), v), 1);
  // The bisector of (0, 0) and (0, -1) leaves the box at (M, -1/2), in both cells.
  EXPECT_EQ(std::count(cells[1].begin(), cells[1].end(), PD{1e9, -0.5}), 1);
  EXPECT_EQ(std::count(cells[2].begin(), cells[2].end(), PD{1e9, -0.5}), 1);
}

TEST(Voronoi, CocircularCentreIsOneDoubleInEveryCell) {
  // An isosceles trapezoid is cyclic: (-3, 0), (3, 0), (-1, 3), (1, 3) lie on the circle of
  // centre (0, 1/6). Scaled by s and moved, the centre (dx, dy + s / 6) is not a double; its
  // two Delaunay triangles must give the same rounded vertex, once per cell.
  const LL s = 100000001, dx = -123456789, dy = -987654;
  PL p;
  for (const auto& q : PL{{-3, 0}, {3, 0}, {-1, 3}, {1, 3}}) p.push_back({q.x * s + dx, q.y * s + dy});
  const auto cells = geo::voronoi(p, {-1000000000, -1000000000}, {1000000000, 1000000000});
  const PD v{double(dx), oracle_delaunay::round_nearest(oracle::Q(dy) + oracle::Q(s) / 6)};
  EXPECT_NE(oracle::q(v.y), oracle::Q(dy) + oracle::Q(s) / 6);  // really rounded
  for (const Cell& c : cells) EXPECT_EQ(std::count(c.begin(), c.end(), v), 1);
}

TEST(Voronoi, RoundDivIsCorrectlyRounded) {
  std::mt19937_64 rng(3);
  __extension__ typedef __int128 I;
  __extension__ typedef unsigned __int128 U;
  auto draw = [&rng](int bits) { return I((U(rng()) << 64 | U(rng())) >> (128 - bits)); };
  for (int it = 0; it < 20000; it++) {
    I num = draw(1 + int(rng() % 100)), den = draw(1 + int(rng() % 66));  // up to 2^100 / 2^66
    if (den == 0) den = 1;
    if (it % 3 == 0) {  // quotients 2^53 + odd (+- 1 / den): halfway between doubles, or next to it
      den = draw(1 + int(rng() % 46)) | 1;
      num = den * ((I(1) << 53) + I(2 * (rng() % 1000) + 1)) + I(rng() % 3) - 1;
    }
    if (rng() % 2) num = -num;
    EXPECT_EQ(geo::round_div(num, den), oracle_delaunay::round_nearest(oracle::q(num) / oracle::q(den)));
  }
}

TEST(VoronoiDeathTest, Preconditions) {
  const PL p{{0, 0}, {1, 1}};
  EXPECT_DEATH(geo::voronoi(p, {0, 0}, {0, 1}), "");  // empty box
  EXPECT_DEATH(geo::voronoi(p, {0, 2}, {1, 1}), "");
  EXPECT_DEATH(geo::voronoi(p, {0, 0}, {1000000001, 1}), "");  // box beyond 1e9
  EXPECT_DEATH(geo::voronoi(p, {-1000000001, 0}, {1, 1}), "");
  EXPECT_DEATH(geo::voronoi(PL{{0, 0}, {0, 1000000001}}, {0, 0}, {1, 1}), "");  // site beyond 1e9
  const double nan = std::nan("");
  const std::vector<PD> d{{0, 0}, {1, 1}};
  EXPECT_DEATH(geo::voronoi(d, {0, 0}, {nan, 1}), "");
  EXPECT_DEATH(geo::voronoi(std::vector<PD>{{0, 0}, {nan, 1}}, PD{0, 0}, PD{1, 1}), "");
}

}  // namespace
