// Unit tests for geometry/dist2.hpp: Dist2's exact comparison at the 1e9 bound (two squared
// distances from distance.hpp that differ past the 64-bit range), against the oracle.
#include "geometry/dist2.hpp"
#include "geometry/distance.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

namespace {

using geo::Point;
using geo::Segment;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
using SL = Segment<LL>;
using SD = Segment<double>;
using oracle::Q;

TEST(Dist2, Distances) {
  // exact fractions compare without overflow at the bound
  const LL M = 1000000000;
  const geo::Dist2<LL> a = geo::dist2(PL(0, 1), SL{{-M, 0}, {M, 1}});
  const geo::Dist2<LL> b = geo::dist2(PL(0, 1), SL{{-M, 0}, {M - 1, 1}});
  const Q qa = Q(oracle::q(a.num), oracle::q(a.den)), qb = Q(oracle::q(b.num), oracle::q(b.den));
  EXPECT_NE(qa, qb);
  EXPECT_EQ(a < b, qa < qb);
  EXPECT_EQ(b < a, qb < qa);
}

}  // namespace
