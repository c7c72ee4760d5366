// delaunay_cases.hpp: the unit cases every Delaunay variant runs (geometry/delaunay.hpp and
// geometry/delaunay_fast.hpp): degenerate inputs (n = 0, 1, 2, duplicates, collinear,
// cocircular lattice sets), coordinates at 1e9 (the in-circle terms beyond __int128), the
// filter's zero-permanent case, skewed and clumped input against the x-bucketing, and every
// result checked by the exact oracle (oracle_delaunay.hpp). A typed test suite pattern:
// each variant's unit file instantiates it with a struct giving run(p) (the triangulation)
// and ic(a, b, c, d) (its in-circle test), e.g.
//   INSTANTIATE_TYPED_TEST_SUITE_P(Fast, Delaunay, Fast);
// inside namespace delaunay_cases.
#pragma once
#include "geometry/delaunay.hpp"

#include "oracle_delaunay.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace delaunay_cases {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using E = std::array<int, 2>;

template <class V> class Delaunay : public ::testing::Test {};
TYPED_TEST_SUITE_P(Delaunay);

inline std::vector<E> sorted_edges(const geo::Triangulation& t) {
  std::vector<E> e = t.edges;
  std::sort(e.begin(), e.end());
  return e;
}

TYPED_TEST_P(Delaunay, Tiny) {
  auto t0 = TypeParam::run(PL{});
  EXPECT_TRUE(t0.triangles.empty() && t0.edges.empty() && t0.rep.empty());
  auto t1 = TypeParam::run(PL{{3, 4}});
  EXPECT_TRUE(t1.triangles.empty() && t1.edges.empty());
  EXPECT_EQ(t1.rep, std::vector<int>{0});
  auto t2 = TypeParam::run(PL{{3, 4}, {-1, 2}});
  EXPECT_TRUE(t2.triangles.empty());
  EXPECT_EQ(sorted_edges(t2), (std::vector<E>{{0, 1}}));
  auto t3 = TypeParam::run(PL{{0, 0}, {4, 0}, {0, 3}});
  ASSERT_EQ(t3.triangles.size(), 1u);
  EXPECT_EQ(t3.edges.size(), 3u);
  EXPECT_EQ(oracle_delaunay::check_delaunay(PL{{0, 0}, {4, 0}, {0, 3}}, t3), "");
  auto cw = TypeParam::run(PL{{0, 0}, {0, 3}, {4, 0}});  // input order clockwise: output CCW
  ASSERT_EQ(cw.triangles.size(), 1u);
  const auto& tr = cw.triangles[0];
  const PL q{{0, 0}, {0, 3}, {4, 0}};
  EXPECT_GT(q[size_t(tr[0])].cross(q[size_t(tr[1])], q[size_t(tr[2])]), 0);
}

TYPED_TEST_P(Delaunay, DuplicatesMerged) {
  const PL p{{1, 1}, {1, 1}, {5, 1}, {1, 1}, {5, 1}, {3, 7}};
  auto t = TypeParam::run(p);
  EXPECT_EQ(t.rep, (std::vector<int>{0, 0, 2, 0, 2, 5}));
  ASSERT_EQ(t.triangles.size(), 1u);
  EXPECT_EQ(sorted_edges(t), (std::vector<E>{{0, 2}, {0, 5}, {2, 5}}));
  EXPECT_EQ(oracle_delaunay::check_delaunay(p, t), "");
  auto same = TypeParam::run(PL{{2, 2}, {2, 2}, {2, 2}});
  EXPECT_TRUE(same.edges.empty() && same.triangles.empty());
  EXPECT_EQ(same.rep, (std::vector<int>{0, 0, 0}));
}

TYPED_TEST_P(Delaunay, CollinearGivesTheSortedChain) {
  const PL p{{4, 8}, {0, 0}, {2, 4}, {1, 2}, {2, 4}, {-3, -6}};  // y = 2x, one duplicate
  auto t = TypeParam::run(p);
  EXPECT_TRUE(t.triangles.empty());
  // order along the line: (-3,-6)=5, (0,0)=1, (1,2)=3, (2,4)=2, (4,8)=0
  EXPECT_EQ(sorted_edges(t), (std::vector<E>{{0, 2}, {1, 3}, {1, 5}, {2, 3}}));
  const PL vertical{{0, 5}, {0, -1}, {0, 2}, {0, 9}};
  auto v = TypeParam::run(vertical);
  EXPECT_TRUE(v.triangles.empty());
  EXPECT_EQ(sorted_edges(v), (std::vector<E>{{0, 2}, {0, 3}, {1, 2}}));
  EXPECT_EQ(oracle_delaunay::check_delaunay(vertical, v), "");
  PL big;  // long runs take every merge path
  for (int i = 0; i < 200; i++) big.push_back({LL(i * 7 % 200) * 3 - 300, LL(i * 7 % 200) * -5 + 11});
  auto b = TypeParam::run(big);
  EXPECT_TRUE(b.triangles.empty());
  EXPECT_EQ(b.edges.size(), 199u);
  EXPECT_EQ(oracle_delaunay::check_delaunay(big, b), "");
}

TYPED_TEST_P(Delaunay, CocircularLattice) {
  PL sq{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  auto t = TypeParam::run(sq);
  EXPECT_EQ(t.triangles.size(), 2u);
  EXPECT_EQ(t.edges.size(), 5u);
  EXPECT_EQ(oracle_delaunay::check_delaunay(sq, t), "");
  PL circle;  // the 12 lattice points on x^2 + y^2 = 25, and the centre
  for (LL x = -5; x <= 5; x++)
    for (LL y = -5; y <= 5; y++)
      if (x * x + y * y == 25) circle.push_back({x, y});
  ASSERT_EQ(circle.size(), 12u);
  auto c = TypeParam::run(circle);
  EXPECT_EQ(c.triangles.size(), 10u);
  EXPECT_EQ(oracle_delaunay::check_delaunay(circle, c), "");
  circle.push_back({0, 0});
  auto cc = TypeParam::run(circle);
  EXPECT_EQ(cc.triangles.size(), 12u);  // the centre sees every point
  EXPECT_EQ(oracle_delaunay::check_delaunay(circle, cc), "");
  PL grid;  // a 9 x 9 lattice: every unit square cocircular
  for (LL x = 0; x < 9; x++)
    for (LL y = 0; y < 9; y++) grid.push_back({x * 3 - 12, y * 3 + 1});
  auto g = TypeParam::run(grid);
  EXPECT_EQ(g.triangles.size(), 2u * 8 * 8);
  EXPECT_EQ(oracle_delaunay::check_delaunay(grid, g), "");
}

TYPED_TEST_P(Delaunay, InCircleBeyondInt128AtTheBound) {
  const LL M = 1000000000;
  // d at one corner, a, b, c at the others: terms near 3e37, a zero determinant.
  const Point<LL> a{M, -M}, b{M, M}, c{-M, M}, d{-M, -M};
  EXPECT_EQ(TypeParam::ic(a, b, c, d), 0);
  EXPECT_EQ(TypeParam::ic(a, b, c, Point<LL>{-M + 1, -M}), 1);
  std::mt19937_64 rng(7);
  auto coord = [&]() {
    const LL r = LL(rng() % 5);
    return rng() % 2 ? M - r : -M + r;
  };
  for (int i = 0; i < 3000; i++) {  // near-degenerate quadruples at the corners
    Point<LL> q[4];
    for (auto& x : q) x = {coord(), coord()};
    const auto o = oracle::orientation(oracle::qp(q[0]), oracle::qp(q[1]), oracle::qp(q[2]));
    if (o <= 0) continue;
    const int want = oracle_delaunay::in_circle4(oracle::qp(q[0]), oracle::qp(q[1]),
                                                 oracle::qp(q[2]), oracle::qp(q[3]));
    ASSERT_EQ(TypeParam::ic(q[0], q[1], q[2], q[3]), want);
  }
  PL p;  // a cloud crowded at the four corners of the box
  for (int i = 0; i < 60; i++) p.push_back({coord(), coord()});
  EXPECT_EQ(oracle_delaunay::check_delaunay(p, TypeParam::run(p)), "");
}

TYPED_TEST_P(Delaunay, InCircleFourthPointOnTheTriangle) {
  // d equal to a, b or c: every term of the filter's permanent is 0, the answer must be 0.
  const LL M = 1000000000;
  const Point<LL> a{-M, -M + 1}, b{M, -M}, c{M - 3, M};
  for (const Point<LL>& d : {a, b, c}) EXPECT_EQ(TypeParam::ic(a, b, c, d), 0);
  EXPECT_EQ(TypeParam::ic(a, b, c, Point<LL>{0, 0}), 1);
  const Point<double> ad{0.5, 0.25}, bd{3, 0}, cd{1, 2};
  EXPECT_EQ(TypeParam::ic(ad, bd, cd, bd), 0);
}

TYPED_TEST_P(Delaunay, SkewedAndClumpedInputAgainstOracle) {
  // The x-buckets come from a sample's quantiles: a far outlier, a few x columns holding
  // most points, clumps of equal points (strips left with one distinct point).
  std::mt19937_64 rng(13);
  for (int it = 0; it < 6; it++) {
    PL p;
    if (it % 3 == 0) p.push_back({-1000000000, LL(rng() % 7)});
    for (int i = 0; i < 150; i++) {
      const LL col = LL(rng() % 4), y = LL(rng() % 60);
      if (it % 3 == 2 && i % 2) p.push_back(p.back());  // runs of equal points
      else p.push_back({col * 1000 + (it % 3 == 1 ? LL(rng() % 3) : 0), y * 37});
    }
    if (it >= 3) std::sort(p.begin(), p.end());
    const auto t = TypeParam::run(p);
    ASSERT_EQ(oracle_delaunay::check_delaunay(p, t), "") << "case " << it;
  }
}

TYPED_TEST_P(Delaunay, RandomAgainstOracle) {
  std::mt19937_64 rng(11);
  for (int it = 0; it < 150; it++) {
    const int g = 2 + int(rng() % 8), n = int(rng() % 45);
    PL p;
    for (int i = 0; i < n; i++) p.push_back({LL(rng() % unsigned(g)), LL(rng() % unsigned(g))});
    const std::string r = oracle_delaunay::check_delaunay(p, TypeParam::run(p));
    ASSERT_EQ(r, "") << "case " << it;
  }
}

TYPED_TEST_P(Delaunay, DoubleMatchesLongLongOnSmallIntegers) {
  // Integer-valued doubles with |x| <= 2500: every product is exact, so the same result.
  std::mt19937_64 rng(3);
  for (int it = 0; it < 50; it++) {
    PL p;
    std::vector<Point<double>> q;
    const int g = it % 2 ? 7 : 5001;
    for (int i = 0; i < 300; i++) {
      const LL x = LL(rng() % unsigned(g)) - g / 2, y = LL(rng() % unsigned(g)) - g / 2;
      p.push_back({x, y}), q.push_back({double(x), double(y)});
    }
    const auto a = TypeParam::run(p), b = TypeParam::run(q);
    EXPECT_EQ(a.triangles, b.triangles);
    EXPECT_EQ(a.edges, b.edges);
    EXPECT_EQ(a.rep, b.rep);
  }
  std::vector<Point<double>> nonint{{0.5, 0.25}, {1.75, 0.5}, {0.5, 1.5}, {1.25, 1.25}};
  auto t = TypeParam::run(nonint);
  EXPECT_EQ(oracle_delaunay::check_delaunay(nonint, t), "");
}

TYPED_TEST_P(Delaunay, LargeCountsByEuler) {
  std::mt19937_64 rng(5);
  PL p;
  for (int i = 0; i < 20000; i++) p.push_back({LL(rng() % 2000001) - 1000000, LL(rng() % 2000001) - 1000000});
  const auto t = TypeParam::run(p);
  // almost surely no collinear hull points: #T = 2n - 2 - h, #E = 3n - 3 - h
  const int h = int(3 * p.size() - 3 - t.edges.size());
  EXPECT_EQ(int(t.triangles.size()), int(2 * p.size() - 2) - h);
  EXPECT_GT(h, 3);
  EXPECT_LT(h, 200);
}

TYPED_TEST_P(Delaunay, InCircleClockwiseFlipsTheSign) {
  using P = geo::Point<long long>;
  EXPECT_EQ(TypeParam::ic(P{0, 0}, P{2, 0}, P{0, 2}, P{1, 1}), 1);
  EXPECT_EQ(TypeParam::ic(P{0, 0}, P{0, 2}, P{2, 0}, P{1, 1}), -1);
  EXPECT_EQ(TypeParam::ic(P{0, 0}, P{0, 2}, P{2, 0}, P{5, 5}), 1);
}

REGISTER_TYPED_TEST_SUITE_P(Delaunay, Tiny, DuplicatesMerged, CollinearGivesTheSortedChain,
                            CocircularLattice, InCircleBeyondInt128AtTheBound,
                            InCircleFourthPointOnTheTriangle, SkewedAndClumpedInputAgainstOracle,
                            RandomAgainstOracle, DoubleMatchesLongLongOnSmallIntegers,
                            LargeCountsByEuler, InCircleClockwiseFlipsTheSign);

}  // namespace delaunay_cases
