// Unit tests of geometry/sweep/all_intersections.hpp.
#include "geometry/sweep/all_intersections.hpp"

#include <gtest/gtest.h>

#include <set>
#include <tuple>
#include <vector>

namespace {

using LL = long long;
using S = geo::Segment<LL>;
using P = geo::Point<LL>;
using M = geo::Meet<LL>;

S seg(LL a, LL b, LL c, LL d) { return {P(a, b), P(c, d)}; }

// The Meet's point equals (px / q, py / q).
bool at(const M& m, LL px, LL py, LL q = 1) {
  return m.d > 0 && m.x * q == __int128(px) * m.d && m.y * q == __int128(py) * m.d;
}

std::set<std::pair<int, int>> pairs(const std::vector<M>& r) {
  std::set<std::pair<int, int>> s;
  for (auto& m : r) {
    EXPECT_LT(m.i, m.j);
    EXPECT_TRUE(s.insert({m.i, m.j}).second) << "pair twice: " << m.i << " " << m.j;
  }
  return s;
}

TEST(SweepAllIntersections, FewSegments) {
  EXPECT_TRUE(geo::all_intersections(std::vector<S>{}).empty());
  EXPECT_TRUE(geo::all_intersections(std::vector<S>{seg(0, 0, 1, 1)}).empty());
  EXPECT_TRUE(geo::all_intersections(std::vector<S>{seg(0, 0, 2, 2), seg(0, 1, 2, 3)}).empty());
  auto r = geo::all_intersections(std::vector<S>{seg(0, 0, 2, 2), seg(2, 0, 0, 2)});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(std::tie(r[0].i, r[0].j, r[0].piece), std::make_tuple(0, 1, false));
  EXPECT_TRUE(at(r[0], 1, 1));
}

TEST(SweepAllIntersections, RationalCrossing) {
  // (0, 0)-(3, 1) and (0, 1)-(3, 0) cross at (3/2, 1/2); a third segment through it too.
  auto r = geo::all_intersections(std::vector<S>{seg(0, 0, 3, 1), seg(0, 1, 3, 0), seg(3, 2, 0, -1)});
  ASSERT_EQ(r.size(), 3u);
  for (auto& m : r) {
    EXPECT_TRUE(at(m, 3, 1, 2));
    EXPECT_FALSE(m.piece);
    EXPECT_EQ(std::tie(m.x, m.y, m.d), std::tie(r[0].x, r[0].y, r[0].d));  // one representation
  }
  EXPECT_EQ(pairs(r), (std::set<std::pair<int, int>>{{0, 1}, {0, 2}, {1, 2}}));
}

TEST(SweepAllIntersections, SharedEndsTouchingAndOverlaps) {
  // 0-1 share the end (2, 0); 2 overlaps 0 on (1, 0)-(2, 0) and touches 1 at (2, 0)...
  std::vector<S> v{seg(0, 0, 2, 0), seg(2, 0, 4, 3), seg(5, 0, 1, 0), seg(3, 0, 3, -4)};
  auto r = geo::all_intersections(v);
  // 0-1 at (2, 0); 0-2 piece from (1, 0) to (2, 0); 1-2 at (2, 0) (1 leaves the line);
  // 2-3 at (3, 0) (3's upper end on 2)
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(pairs(r), (std::set<std::pair<int, int>>{{0, 1}, {0, 2}, {1, 2}, {2, 3}}));
  for (auto& m : r) {
    if (m.i == 0 && m.j == 2) EXPECT_TRUE(m.piece && at(m, 1, 0));
    else if (m.j == 3) EXPECT_TRUE(!m.piece && at(m, 3, 0));
    else EXPECT_TRUE(!m.piece && at(m, 2, 0));
  }
  // collinear, touching in one point: not a piece; apart on one line: nothing
  r = geo::all_intersections(std::vector<S>{seg(0, 0, 2, 2), seg(3, 3, 2, 2), seg(4, 4, 5, 5)});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(!r[0].piece && at(r[0], 2, 2));
  // the same segment twice: one piece over all of it
  r = geo::all_intersections(std::vector<S>{seg(1, 2, 7, -1), seg(7, -1, 1, 2)});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(r[0].piece && at(r[0], 1, 2));
}

TEST(SweepAllIntersections, Verticals) {
  // two overlapping verticals on x = 1, a third touching the second's top, a horizontal
  // through all three and a diagonal crossing the first two
  std::vector<S> v{seg(1, 0, 1, 5), seg(1, 8, 1, 3), seg(1, 8, 1, 9), seg(-2, 4, 4, 4),
                   seg(0, 6, 2, 2)};
  auto r = geo::all_intersections(v);
  // 0-1 piece (1,3)-(1,5); 0-3 and 1-3 at (1,4); 0-4 and 1-4 at (1,4); 3-4 at (1,4);
  // 1-2 at (1, 8)
  EXPECT_EQ(pairs(r), (std::set<std::pair<int, int>>{{0, 1}, {0, 3}, {1, 3}, {0, 4}, {1, 4},
                                                     {3, 4}, {1, 2}}));
  for (auto& m : r) {
    EXPECT_EQ(m.piece, m.i == 0 && m.j == 1);
    EXPECT_TRUE(m.piece ? at(m, 1, 3) : m.j == 2 ? at(m, 1, 8) : at(m, 1, 4));
  }
}

TEST(SweepAllIntersections, PointSegments) {
  // three copies of (2, 2), one on the diagonal, one alone, the diagonal
  std::vector<S> v{seg(2, 2, 2, 2), seg(2, 2, 2, 2), seg(2, 2, 2, 2), seg(9, 9, 9, 9),
                   seg(0, 0, 4, 4), seg(5, 6, 5, 6)};
  auto r = geo::all_intersections(v);
  EXPECT_EQ(pairs(r), (std::set<std::pair<int, int>>{{0, 1}, {0, 2}, {1, 2}, {0, 4}, {1, 4},
                                                     {2, 4}}));
  for (auto& m : r) EXPECT_TRUE(!m.piece && at(m, 2, 2));
}

TEST(SweepAllIntersections, StarAndBundle) {
  // 12 segments through (3, -2), some ending there, plus 3 copies of one line through it:
  // every pair meets, the copies as pieces
  std::vector<S> v;
  for (LL k = 0; k < 12; k++) v.push_back(seg(3 + k - 6, -2 + (k * k) % 7 - 3, 3, -2));
  for (LL k = 0; k < 12; k += 2) v[size_t(k)].b = P(3 - (v[size_t(k)].a.x - 3), -2 - (v[size_t(k)].a.y + 2));
  for (int c = 0; c < 3; c++) v.push_back(seg(-7, -12, 13, 8));  // y = x - 5
  auto r = geo::all_intersections(v);
  size_t n = v.size(), pieces = 0;
  // some star segments are collinear with each other or the bundle: count by hand
  EXPECT_EQ(pairs(r).size(), n * (n - 1) / 2);
  for (auto& m : r) {
    pieces += m.piece;
    if (!m.piece) {
      EXPECT_TRUE(at(m, 3, -2));
    }
  }
  EXPECT_GE(pieces, 3u);  // the three copies; more if a star segment lies on their line
}

TEST(SweepAllIntersections, SortedByPoint) {
  std::vector<S> v{seg(0, 0, 10, 10), seg(0, 10, 10, 0), seg(0, 3, 10, 3), seg(2, -5, 2, 20)};
  auto r = geo::all_intersections(v);
  ASSERT_EQ(r.size(), 6u);
  for (size_t k = 1; k < r.size(); k++) {  // x / d, then y / d, nondecreasing
    auto& a = r[k - 1];
    auto& b = r[k];
    EXPECT_TRUE(a.x * b.d < b.x * a.d || (a.x * b.d == b.x * a.d && a.y * b.d <= b.y * a.d));
  }
}

TEST(SweepAllIntersections, AtTheBound) {
  const LL m = 1000000000;
  // slopes differing by 1 / 2e9: they cross once, at x = 0, and are a unit apart at the ends
  auto r = geo::all_intersections(std::vector<S>{seg(-m, 0, m, 0), seg(-m, -1, m, 1), seg(-m, 1, m, 2)});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(at(r[0], 0, 0));
  // the largest denominator: (-m, -m)-(m, m - 1) against (-m, m)-(m, -m + 1) cross at
  // (m / (2m - 1), 0) (a denominator up to 4m (2m - 1) ~ 8e18), the x axis through that
  // point, and a short segment crossing 0 at about (0.75, 0.25) and the axis at (1, 0)
  r = geo::all_intersections(std::vector<S>{seg(-m, -m, m, m - 1), seg(-m, m, m, -m + 1),
                                            seg(-m, 0, m, 0), seg(0, 1, 2, -1)});
  EXPECT_EQ(pairs(r), (std::set<std::pair<int, int>>{{0, 1}, {0, 2}, {1, 2}, {0, 3}, {2, 3}}));
  for (auto& mt : r) EXPECT_EQ(at(mt, m, 0, 2 * m - 1), mt.j < 3) << mt.i << " " << mt.j;
}

TEST(SweepAllIntersections, FracCmp) {
  using W = __int128;
  const W big = W(1) << 100, d = (W(1) << 62) + 12345;
  EXPECT_EQ(geo::frac_cmp(W(1), W(3), W(2), W(6)), 0);
  EXPECT_EQ(geo::frac_cmp(W(-1), W(3), W(0), W(6)), -1);
  EXPECT_EQ(geo::frac_cmp(big, d, big + 1, d), -1);
  EXPECT_EQ(geo::frac_cmp(big * 3, d * 3, big, d), 0);
  EXPECT_EQ(geo::frac_cmp(-big, d, -big + 1, d + 1), -1);
  EXPECT_EQ(geo::frac_cmp(big + 1, d, big, d - 1), -1);  // (big + 1) / d < big / (d - 1)
}

#ifndef NDEBUG
TEST(SweepAllIntersectionsDeathTest, OutOfRangeAsserts) {
  const LL m = 1000000000;
  EXPECT_DEATH(geo::all_intersections(std::vector<S>{seg(0, 0, 1, 1), seg(5, 5, m + 1, 5)}),
               "in_range\\(s\\.a, 1e9\\)");
}
#endif

}  // namespace
