// Unit tests for geometry/polar.hpp (cross_sign's are in orient_test.cpp): arg_class, the
// arg_less order over a hand-made sequence of argument classes with ties (origin tied with
// the positive x axis, same directions, the negative x axis at pi), signed zeros, arg_less
// at the 4e18 bound, and sort_by_arg on that sequence, empty and single inputs.
#include "geometry/polar.hpp"

#include "oracle.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;

TEST(ArgLess, LongLongAtTheBound4e18) {
  const LL W = 4000000000000000000;
  const PL a(W, W - 1), b(W - 1, W - 2);  // a x b = -1: b is just clockwise of a
  ASSERT_LT(oracle::polar_cmp(oracle::qp(b), oracle::qp(a)), 0);
  EXPECT_TRUE(geo::arg_less(b, a));
  EXPECT_FALSE(geo::arg_less(a, b));
  EXPECT_FALSE(geo::arg_less(PL(W, W), PL(1, 1)));  // same direction: tied
  EXPECT_FALSE(geo::arg_less(PL(1, 1), PL(W, W)));
  EXPECT_TRUE(geo::arg_less(PL(-W, -W), PL(W, -W)));
}

TEST(ArgClass, Classes) {
  EXPECT_EQ(geo::arg_class(PL(3, -1)), 0);
  EXPECT_EQ(geo::arg_class(PL(0, -1)), 0);
  EXPECT_EQ(geo::arg_class(PL(-3, -1)), 0);
  EXPECT_EQ(geo::arg_class(PL(0, 0)), 1);
  EXPECT_EQ(geo::arg_class(PL(5, 0)), 1);
  EXPECT_EQ(geo::arg_class(PL(-5, 1)), 2);
  EXPECT_EQ(geo::arg_class(PL(0, 1)), 2);
  EXPECT_EQ(geo::arg_class(PL(-5, 0)), 3);
  EXPECT_EQ(geo::arg_class(PD(-1, -0.0)), 3);   // y = -0.0 is on the axis: pi
  EXPECT_EQ(geo::arg_class(PD(1, -0.0)), 1);
  EXPECT_EQ(geo::arg_class(PD(-0.0, -0.0)), 1);  // the origin
  EXPECT_EQ(geo::arg_class(PD(-1, -1e-300)), 0);
}

// Groups of points in increasing argument; points within a group have equal arguments.
const std::vector<std::vector<PL>> kGroupsLL = {
    {PL(-5, -1)},                    // just above -pi
    {PL(-1, -1), PL(-4, -4)},        // -3pi/4
    {PL(0, -3)},                     // -pi/2
    {PL(1, -1)},                     // -pi/4
    {PL(0, 0), PL(1, 0), PL(7, 0)},  // 0: the origin ties with the positive x axis
    {PL(2, 1)},
    {PL(1, 1), PL(3, 3)},            // pi/4
    {PL(0, 1)},                      // pi/2
    {PL(-1, 1)},                     // 3pi/4
    {PL(-1000000000, 1)},            // just below pi
    {PL(-1, 0), PL(-9, 0)},          // pi
};

template <class P> void expect_group_order(const std::vector<std::vector<P>>& groups) {
  for (std::size_t i = 0; i < groups.size(); i++)
    for (std::size_t j = 0; j < groups.size(); j++)
      for (const P& p : groups[i])
        for (const P& q : groups[j]) {
          EXPECT_EQ(geo::arg_less(p, q), i < j) << "groups " << i << ", " << j;
        }
}

TEST(ArgLess, LongLongGroups) { expect_group_order(kGroupsLL); }

TEST(ArgLess, LongLongAtTheBound) {
  const LL M = 1000000000;
  // cross((M, M-1), (M-1, M-2)) = -1: the second is clockwise, a smaller argument
  EXPECT_TRUE(geo::arg_less(PL(M - 1, M - 2), PL(M, M - 1)));
  EXPECT_FALSE(geo::arg_less(PL(M, M - 1), PL(M - 1, M - 2)));
  EXPECT_TRUE(geo::arg_less(PL(-M, -1), PL(-M, -M)));  // near -pi first
  EXPECT_TRUE(geo::arg_less(PL(-M, M), PL(-M, 1)));
  EXPECT_FALSE(geo::arg_less(PL(M, M), PL(1, 1)));
  EXPECT_FALSE(geo::arg_less(PL(1, 1), PL(M, M)));
}

TEST(ArgLess, DoubleSignedZerosAndTinyAngles) {
  const std::vector<std::vector<PD>> groups = {
      {PD(-1, -1e-300)},                                     // just above -pi
      {PD(0, -2)},
      {PD(0, 0), PD(-0.0, 0), PD(0, -0.0), PD(1, -0.0), PD(3, 0)},
      {PD(1, 1e-300)},
      {PD(-1, 1e-300)},                                      // just below pi
      {PD(-1, 0), PD(-1, -0.0), PD(-1e300, 0)},              // pi
  };
  expect_group_order(groups);
}

TEST(SortByArg, LongLongGroups) {
  std::vector<PL> all;
  for (const auto& g : kGroupsLL) all.insert(all.end(), g.begin(), g.end());
  std::vector<PL> v(all.rbegin(), all.rend());
  std::rotate(v.begin(), v.begin() + 5, v.end());
  geo::sort_by_arg(v);
  ASSERT_EQ(v.size(), all.size());
  EXPECT_TRUE(std::is_permutation(v.begin(), v.end(), all.begin()));
  auto group_of = [](const PL& p) {
    for (std::size_t i = 0; i < kGroupsLL.size(); i++)
      if (std::find(kGroupsLL[i].begin(), kGroupsLL[i].end(), p) != kGroupsLL[i].end()) return i;
    return kGroupsLL.size();
  };
  for (std::size_t i = 1; i < v.size(); i++) EXPECT_LE(group_of(v[i - 1]), group_of(v[i])) << i;
  EXPECT_EQ(v.front(), PL(-5, -1));
  EXPECT_EQ(group_of(v.back()), kGroupsLL.size() - 1);
}

TEST(SortByArg, EmptySingleAndDuplicates) {
  std::vector<PD> none;
  geo::sort_by_arg(none);
  EXPECT_TRUE(none.empty());
  std::vector<PD> one{PD(-1, -1)};
  geo::sort_by_arg(one);
  EXPECT_EQ(one, std::vector<PD>{PD(-1, -1)});
  std::vector<PL> dup{PL(0, 1), PL(0, 1), PL(1, 0), PL(0, 1), PL(0, -1)};
  geo::sort_by_arg(dup);
  EXPECT_EQ(dup, (std::vector<PL>{PL(0, -1), PL(1, 0), PL(0, 1), PL(0, 1), PL(0, 1)}));
}

#ifndef NDEBUG
// long long: |x|,|y| <= 4e18 (cross_sign's bound); floating: finite (a NaN breaks the
// strict weak ordering that std::sort relies on).
TEST(PolarDeathTest, OutOfRangeAsserts) {
  const LL T = 4000000000000000000;
  EXPECT_DEATH(geo::arg_less(PL(-T - 1, 0), PL(1, 0)), "arg_less: out of range");  // classes differ
  EXPECT_DEATH(geo::arg_less(PL(1, 0), PL(0, T + 1)), "arg_less: out of range");
  std::vector<PL> v{PL(1, 1), PL(-1, 0), PL(0, -T - 1)};
  EXPECT_DEATH(geo::sort_by_arg(v), "arg_less: out of range");
  EXPECT_DEATH(geo::arg_less(PD(1, 1), PD(0, INFINITY)), "arg_less: out of range");
}
#endif

TEST(Angle, OfAPoint) {
  EXPECT_DOUBLE_EQ(geo::angle(PD(0, 1)), M_PI / 2);
  EXPECT_DOUBLE_EQ(geo::angle(PD(1, 1)), M_PI / 4);
  EXPECT_DOUBLE_EQ(geo::angle(PD(0, -2)), -M_PI / 2);
  EXPECT_EQ(geo::angle(PD(-1, 0)), M_PI);
  EXPECT_EQ(geo::angle(PD(3, 0)), 0.0);
  EXPECT_EQ(geo::angle(PD(0, 0)), 0.0);
}

// angle() is documented to lie in (-pi, pi]; a negative-zero y (what PD(1, 0) * -1 produces)
// must not give -pi.
TEST(Angle, NegativeZeroYStaysInRange) {
  const PD p = PD(1, 0) * -1;  // (-1, -0.0)
  ASSERT_TRUE(std::signbit(p.y));
  EXPECT_GT(geo::angle(p), -M_PI);
  EXPECT_EQ(geo::angle(p), M_PI);
}

TEST(Rotate, CounterClockwise) {
  const PD r = geo::rotate(PD(1, 0), M_PI / 2);
  EXPECT_NEAR(r.x, 0.0, 1e-15);
  EXPECT_NEAR(r.y, 1.0, 1e-15);
  EXPECT_EQ(geo::rotate(PD(2.5, -1), 0), PD(2.5, -1));
  const PD h = geo::rotate(PD(2, 1), M_PI);
  EXPECT_NEAR(h.x, -2.0, 1e-15);
  EXPECT_NEAR(h.y, -1.0, 1e-15);
  const Point<long double> l = geo::rotate(Point<long double>(0, 3), -M_PIl / 2);
  EXPECT_NEAR(static_cast<double>(l.x), 3.0, 1e-17);
  EXPECT_NEAR(static_cast<double>(l.y), 0.0, 1e-17);
}

}  // namespace
