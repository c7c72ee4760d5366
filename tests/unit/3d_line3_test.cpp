// Unit tests for geometry/3d/line3.hpp: Line3 and Segment3 (a Segment3 converts to a Line3),
// dir, in_range, parallel (exact for long long at the 1e9 bound; the eps rule for doubles is
// the tip of the shorter direction against the longer line), and the asserted preconditions.
#include "geometry/3d/line3.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Line3;
using geo::Point3;
using geo::Segment3;
using LL = long long;
using PL = Point3<LL>;
using PD = Point3<double>;
constexpr LL M = 1000000000;

TEST(Line3, TypesAndDir) {
  const Line3<LL> l{PL(1, 2, 3), PL(4, 6, 3)};
  EXPECT_EQ(geo::dir(l), PL(3, 4, 0));
  const Segment3<LL> s{PL(1, 1, 1), PL(1, 1, 1)};  // a segment may be a point
  const Line3<LL>& base = s;
  EXPECT_EQ(base.a, PL(1, 1, 1));
  EXPECT_TRUE(geo::in_range(s, 1));
  EXPECT_FALSE(geo::in_range(Line3<LL>{PL(), PL(0, 2, 0)}, 1));
}

TEST(Line3, ParallelExactAtTheBound) {
  const Line3<LL> l{PL(-M, -M, -M), PL(M, M, M)};
  EXPECT_TRUE(geo::parallel(l, Line3<LL>{PL(M, -M, 0), PL(M - 1, -M + 1, -1)}) == false);
  EXPECT_TRUE(geo::parallel(l, Line3<LL>{PL(0, 0, 7), PL(1, 1, 8)}));
  EXPECT_TRUE(geo::parallel(l, Line3<LL>{PL(M, M, M), PL(-M, -M, -M)}));  // reversed
  // directions (2e9, 2e9, 2e9 - 1) and (2e9, 2e9, 2e9): cross product components ~2e9, not 0
  EXPECT_FALSE(geo::parallel(l, Line3<LL>{PL(-M, -M, -M), PL(M, M, M - 1)}));
  // cross components reach 8e18, their norm2 1.28e38: still exact
  EXPECT_FALSE(geo::parallel(Line3<LL>{PL(-M, M, -M), PL(M, -M, M)},
                             Line3<LL>{PL(-M, -M, M), PL(M, M, -M)}));
}

TEST(Line3, ParallelEpsIsALength) {
  const Line3<double> l{PD(0, 0, 0), PD(1000, 0, 0)};
  // the shorter direction (1, 0, h): its tip is h off the longer line
  EXPECT_TRUE(geo::parallel(l, Line3<double>{PD(5, 5, 5), PD(6, 5, 5 + 0.9e-9)}));
  EXPECT_FALSE(geo::parallel(l, Line3<double>{PD(5, 5, 5), PD(6, 5, 5 + 1.1e-9)}));
  // the same angle over a longer direction is no longer within eps
  EXPECT_FALSE(geo::parallel(l, Line3<double>{PD(5, 5, 5), PD(15, 5, 5 + 9e-9)}));
  geotest::ScopedEps<double> e(1e-6);
  EXPECT_TRUE(geo::parallel(l, Line3<double>{PD(5, 5, 5), PD(15, 5, 5 + 9e-9)}));
}

TEST(Line3DeathTest, Preconditions) {
  EXPECT_DEATH((void)geo::dir(Line3<LL>{PL(1, 2, 3), PL(1, 2, 3)}), "l.a != l.b");
  EXPECT_DEATH((void)geo::dir(Line3<LL>{PL(0, 0, 0), PL(0, 0, M + 1)}), "in_range");
  EXPECT_DEATH((void)geo::dir(Line3<double>{PD(0, 0, 0), PD(0, NAN, 0)}), "in_range");
  const Segment3<LL> pt{PL(1, 1, 1), PL(1, 1, 1)};
  EXPECT_DEATH((void)geo::parallel(pt, pt), "l.a != l.b");
}

}  // namespace
