// Unit tests for geometry/ccw.hpp: the AOJ CGL_1_C classification, exact up to 4e18 (the
// dot products in __int128) and with floating eps as a distance along the line.
#include "geometry/ccw.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cmath>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
constexpr LL M = 1000000000;
constexpr LL W = 4000000000000000000;  // 4e18, the documented bound

TEST(Ccw, LongLongBeyondOneBillion) {
  for (const LL B : {2 * M, W}) {
    const PL cases[][3] = {
        {PL(-B, -B), PL(B, B), PL(-B, -B)},  // the dot products reach 8 B^2
        {PL(-B, -B), PL(B, B), PL(B, B)},
        {PL(-B, -B), PL(0, 0), PL(B, B)},
        {PL(0, 0), PL(B, B), PL(-B, -B)},
        {PL(B, -B), PL(-B, B), PL(-B, -B)},
        {PL(-B, 0), PL(B, 0), PL(B, 0)},
        {PL(B, B), PL(-B, -B), PL(B - 1, B - 1)},
    };
    for (const auto& t : cases)
      EXPECT_EQ(geo::ccw(t[0], t[1], t[2]), oracle::cgl_ccw(oracle::qp(t[0]), oracle::qp(t[1]), oracle::qp(t[2])))
          << B;
  }
  EXPECT_EQ(geo::ccw(PL(-2 * M, -2 * M), PL(2 * M, 2 * M), PL(-2 * M, -2 * M)), 0);
  EXPECT_EQ(geo::ccw(PL(-W, -W), PL(0, 0), PL(W, W)), -2);
  EXPECT_EQ(geo::ccw(PL(0, 0), PL(W, W), PL(-W, -W)), 2);
}

TEST(Ccw, AojCgl1cLongLong) {
  const PL a(0, 0), b(2, 0);
  EXPECT_EQ(geo::ccw(a, b, PL(-1, 1)), 1);    // COUNTER_CLOCKWISE
  EXPECT_EQ(geo::ccw(a, b, PL(-1, -1)), -1);  // CLOCKWISE
  EXPECT_EQ(geo::ccw(a, b, PL(-1, 0)), 2);    // ONLINE_BACK
  EXPECT_EQ(geo::ccw(a, b, PL(0, 0)), 0);     // ON_SEGMENT (endpoint a)
  EXPECT_EQ(geo::ccw(a, b, PL(1, 0)), 0);     // ON_SEGMENT
  EXPECT_EQ(geo::ccw(a, b, PL(2, 0)), 0);     // ON_SEGMENT (endpoint b)
  EXPECT_EQ(geo::ccw(a, b, PL(3, 0)), -2);    // ONLINE_FRONT
}

TEST(Ccw, LongLongAtTheBound) {
  EXPECT_EQ(geo::ccw(PL(-M, -M), PL(M, M), PL(-M, -M)), 0);
  EXPECT_EQ(geo::ccw(PL(-M, -M), PL(M, M), PL(M, M)), 0);
  EXPECT_EQ(geo::ccw(PL(-M, -M), PL(M, M), PL(M - 1, M - 1)), 0);
  EXPECT_EQ(geo::ccw(PL(-M, -M), PL(0, 0), PL(M, M)), -2);
  EXPECT_EQ(geo::ccw(PL(0, 0), PL(M, M), PL(-M, -M)), 2);
  EXPECT_EQ(geo::ccw(PL(-M, -M), PL(M, M), PL(-M, M)), 1);
  EXPECT_EQ(geo::ccw(PL(M, -M), PL(-M, M), PL(-M, -M)), 1);
  EXPECT_EQ(geo::ccw(PL(M, -M), PL(-M, M), PL(M, M)), -1);
}

TEST(Ccw, DoubleEpsAlongTheLine) {
  const PD a(0, 0), b(1, 0);
  EXPECT_EQ(geo::ccw(a, b, PD(1 + 0.4e-9, 0)), 0);      // within eps/2 past b
  EXPECT_EQ(geo::ccw(a, b, PD(-0.4e-9, 0.3e-9)), 0);    // within eps/2 before a, near line
  EXPECT_EQ(geo::ccw(a, b, PD(1 + 3e-9, 0)), -2);       // beyond 2 eps past b
  EXPECT_EQ(geo::ccw(a, b, PD(-3e-9, 0)), 2);           // beyond 2 eps before a
  EXPECT_EQ(geo::ccw(a, b, PD(0.5, 3e-9)), 1);
  EXPECT_EQ(geo::ccw(a, b, PD(0.5, -3e-9)), -1);
}

#ifndef NDEBUG
TEST(CcwDeathTest, OutOfRangeAsserts) {
  EXPECT_DEATH((void)geo::ccw(PL(0, 0), PL(1, 1), PL(W + 1, W)), "in_range");
}
TEST(CcwDeathTest, DegenerateSegmentAsserts) {
  EXPECT_DEATH((void)geo::ccw(PL(1, 2), PL(1, 2), PL(3, 4)), "degenerate segment");
  EXPECT_DEATH((void)geo::ccw(PD(0.5, 0), PD(0.5, 0), PD(3, 4)), "degenerate segment");
}
#endif

}  // namespace
