// Unit tests of geometry/intersection_exact.hpp: cross_point_exact (lattice and rational
// crossings, beyond the given points, the 1e9 bound, nearly parallel lines against Cramer's
// rule) and intersection_exact on crossings, touchings, shared ends, collinear overlaps and
// gaps, parallel segments, point segments, swapped and reversed arguments, the 1e9 bound;
// the death tests.
#include "geometry/intersection_exact.hpp"

#include "oracle_rational.hpp"

#include <gtest/gtest.h>
#include <vector>

namespace {

using geo::Point;
using geo::RatPoint;
using LL = long long;
using PL = Point<LL>;
using S = geo::Segment<LL>;
using W = RatPoint::W;
using RV = std::vector<RatPoint>;

RV in(S s, S t) { return geo::intersection_exact(s, t); }
RatPoint R(LL x, LL y, LL d = 1) { return RatPoint{x, y, d}; }

TEST(CrossPointExact, LatticeAndRational) {
  EXPECT_EQ(geo::cross_point_exact(PL(0, 0), PL(2, 2), PL(0, 2), PL(2, 0)), R(1, 1));
  const RatPoint r = geo::cross_point_exact(PL(0, 0), PL(3, 1), PL(0, 1), PL(1, 0));
  EXPECT_EQ(r, R(3, 1, 4));
  EXPECT_GT(r.d, 0);
  EXPECT_FALSE(r.lattice());
  EXPECT_TRUE(geo::cross_point_exact(PL(0, 0), PL(2, 2), PL(0, 2), PL(2, 0)).lattice());
  // the crossing beyond the points given (lines, not segments); swapping and reversing
  const RatPoint f = geo::cross_point_exact(PL(0, 0), PL(1, 0), PL(5, 1), PL(6, 3));
  EXPECT_EQ(f, R(9, 0, 2));
  EXPECT_EQ(geo::cross_point_exact(PL(6, 3), PL(5, 1), PL(1, 0), PL(0, 0)), f);
  EXPECT_GT(geo::cross_point_exact(PL(6, 3), PL(5, 1), PL(1, 0), PL(0, 0)).d, 0);
}

TEST(CrossPointExact, NearlyParallelAtTheBound) {
  // directions (2e9, 2e9 - 1) and (2e9 - 1, 2e9 - 2)
  const LL M = 1000000000;
  const PL a(-M, -M), b(M, M - 1), c(-M, -M + 1), d(M - 1, M - 1);
  const RatPoint x = geo::cross_point_exact(a, b, c, d);
  oracle::QP want;
  ASSERT_TRUE(oracle::line_cross(a, b, c, d, want));
  EXPECT_TRUE(oracle::same(want, x.x, x.y, x.d));
  EXPECT_EQ(geo::cross_point_exact(c, d, a, b), x);
}

TEST(IntersectionExact, Crossings) {
  EXPECT_EQ(in({{0, 0}, {2, 2}}, {{0, 2}, {2, 0}}), RV{R(1, 1)});
  const RV r = in({{0, 0}, {3, 1}}, {{0, 1}, {1, 0}});
  EXPECT_EQ(r, RV{R(3, 1, 4)});
  EXPECT_FALSE(r[0].lattice());
  EXPECT_EQ(in({{0, 0}, {3, 1}}, {{2, 2}, {3, 0}}), RV{R(18, 6, 7)});  // (18/7, 6/7)
}

TEST(IntersectionExact, TouchingAndSharedEnds) {
  EXPECT_EQ(in({{0, 0}, {4, 0}}, {{2, 0}, {2, 5}}), RV{R(2, 0)});  // T
  EXPECT_EQ(in({{0, 0}, {4, 0}}, {{4, 0}, {6, 3}}), RV{R(4, 0)});  // shared end
  EXPECT_TRUE(in({{0, 0}, {4, 0}}, {{5, -1}, {5, 1}}).empty());    // beyond the end
  EXPECT_TRUE(in({{0, 0}, {4, 4}}, {{0, 1}, {1, 3}}).empty());     // the lines cross outside
}

TEST(IntersectionExact, CollinearAndParallel) {
  EXPECT_EQ(in({{0, 0}, {4, 2}}, {{6, 3}, {2, 1}}), (RV{R(2, 1), R(4, 2)}));  // overlap
  EXPECT_EQ(in({{0, 0}, {4, 2}}, {{4, 2}, {8, 4}}), RV{R(4, 2)});             // end to end
  EXPECT_TRUE(in({{0, 0}, {2, 1}}, {{4, 2}, {8, 4}}).empty());                // a gap
  EXPECT_TRUE(in({{0, 0}, {2, 1}}, {{0, 1}, {2, 2}}).empty());                // parallel
  EXPECT_EQ(in({{0, 0}, {0, 5}}, {{0, 1}, {0, 2}}), (RV{R(0, 1), R(0, 2)}));  // inside, vertical
}

TEST(IntersectionExact, PointSegments) {
  EXPECT_EQ(in({{1, 1}, {1, 1}}, {{0, 0}, {2, 2}}), RV{R(1, 1)});
  EXPECT_TRUE(in({{1, 2}, {1, 2}}, {{0, 0}, {2, 2}}).empty());
  EXPECT_EQ(in({{3, 3}, {3, 3}}, {{3, 3}, {3, 3}}), RV{R(3, 3)});
  EXPECT_TRUE(in({{3, 3}, {3, 3}}, {{3, 4}, {3, 4}}).empty());
}

TEST(IntersectionExact, SymmetricUnderSwapAndReversal) {
  const S s{{-3, 1}, {5, 4}}, t{{0, 6}, {2, -3}};
  const RV r = in(s, t);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(in(t, s), r);
  EXPECT_EQ(in({s.b, s.a}, {t.b, t.a}), r);
  const S u{{0, 0}, {6, 3}}, v{{8, 4}, {2, 1}};
  EXPECT_EQ(in(u, v), in({v.b, v.a}, {u.b, u.a}));
}

TEST(IntersectionExact, AtTheBound) {
  const LL M = 1000000000;
  const RV r = in({{-M, -M}, {M, M}}, {{-M, M}, {M, -M}});
  EXPECT_EQ(r, RV{R(0, 0)});
  // nearly parallel diagonals: a rational crossing, compared exactly
  const RV q = in({{-M, -M}, {M, M - 1}}, {{-M, -M + 1}, {M, M - 3}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_GT(q[0].d, 1);
  EXPECT_EQ(in({{M, M - 3}, {-M, -M + 1}}, {{M, M - 1}, {-M, -M}}), q);
}

using IntersectionExactDeathTest = ::testing::Test;
TEST(IntersectionExactDeathTest, PreconditionsAssert) {
  const LL M = 1000000000;
  EXPECT_DEATH(geo::cross_point_exact(PL(0, 0), PL(1, 1), PL(0, 1), PL(2, 3)), "parallel");
  EXPECT_DEATH(geo::cross_point_exact(PL(0, 0), PL(0, 0), PL(0, 1), PL(2, 3)), "parallel");
  EXPECT_DEATH(geo::cross_point_exact(PL(0, 0), PL(M + 1, 0), PL(0, 1), PL(1, 3)), "in_range");
  EXPECT_DEATH(in({{0, 0}, {M + 1, 0}}, {{0, 1}, {1, -1}}), "in_range");
}

}  // namespace
