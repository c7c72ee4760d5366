// Unit tests for geometry/on_segment.hpp (cross_at, side, on_segment): the exact and floating
// side, cross_at from the nearer end, on_segment within eps (docs/pitfalls.md), and the
// asserted range and length preconditions.
#include "geometry/on_segment.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Point;
using geo::Segment;
using LL = long long;
using PL = Point<LL>;
using PD = Point<double>;
using SL = Segment<LL>;
using SD = Segment<double>;

TEST(OnSegment, OnSegmentWithEps) {
  // Pitfall 5: on a segment means within eps of it, not "cross product == 0"
  const SD s{{0, 0}, {1e5, 1}};
  const PD mid(5e4, 0.5);
  EXPECT_TRUE(geo::on_segment(mid, s));
  EXPECT_TRUE(geo::on_segment(PD(5e4, 0.5 + 0.9e-9), s));
  EXPECT_FALSE(geo::on_segment(PD(5e4, 0.5 + 2e-9), s));
  EXPECT_FALSE(geo::on_segment(PD(2e5, 2), s));          // on the line, past b
  EXPECT_TRUE(geo::on_segment(PD(1e5 + 0.5e-9, 1), s));  // within eps beyond b
  EXPECT_TRUE(geo::on_segment(PL(2, 1), SL{{0, 0}, {4, 2}}));
  EXPECT_FALSE(geo::on_segment(PL(6, 3), SL{{0, 0}, {4, 2}}));
  EXPECT_TRUE(geo::on_segment(PL(1, 1), SL{{1, 1}, {1, 1}}));  // zero length: the point
}

TEST(OnSegment, SideExactAndFloating) {
  // exact T: the plain cross product of s as given; reversing s flips the sign
  EXPECT_EQ(geo::side(SL{{0, 0}, {4, 0}}, PL(1, 1), 0LL), 1);
  EXPECT_EQ(geo::side(SL{{4, 0}, {0, 0}}, PL(1, 1), 0LL), -1);
  EXPECT_EQ(geo::side(SL{{4, 0}, {0, 0}}, PL(9, 0), 0LL), 0);
  EXPECT_EQ(geo::side(SL{{0, 0}, {4, 0}}, PL(1, 1), 1LL), 0);  // within tol = 1 of the line
  EXPECT_EQ(geo::side(SL{{0, 0}, {4, 0}}, PL(1, 2), 1LL), 1);
  EXPECT_EQ(geo::side(SL{{2, 2}, {2, 2}}, PL(1, 2), 0LL), 0);  // a point s
  const SD s{{0.1, 0.2}, {3.7, 1.9}};
  const PD r(2.3, -0.4);
  EXPECT_EQ(geo::side(s, r, 1e-9), -1);
  EXPECT_EQ(geo::side(SD{s.b, s.a}, r, 1e-9), 1);
}

TEST(OnSegment, CrossAt) {
  // exact T: from s.a as given; floating: from the end nearer r; reversing s negates it exactly
  const LL M = 1000000000;
  EXPECT_EQ(geo::cross_at(SL{{-M, -M}, {M, M}}, PL(-M, M)), 4 * M * M);
  EXPECT_EQ(geo::cross_at(SL{{M, M}, {-M, -M}}, PL(-M, M)), -4 * M * M);
  EXPECT_EQ(geo::cross_at(SL{{0, 0}, {2, 2}}, PL(5, 5)), 0);
  // r near b = (1e8, 1): from b, r - b = (0, 2^-26) is exact and so is the product 1e8 * 2^-26;
  // from a the difference r - a = (1e8, 1 + 2^-26) is exact too but the cross product rounds
  const SD s{{0, 0}, {1e8, 1}};
  const PD r(1e8, 1 + 0x1p-26);
  EXPECT_EQ(geo::cross_at(s, r), 1e8 * 0x1p-26);
  EXPECT_EQ(geo::cross_at(SD{s.b, s.a}, r), -1e8 * 0x1p-26);
  EXPECT_EQ(geo::side(s, r, 0.0), 1);  // tol = 0: the sign of the cross product
  EXPECT_EQ(geo::side(SD{{0, 0}, {1, 0}}, PD(0.5, 1e-300), 0.0), 1);  // no underflow to 0
}

// long long: |x|,|y| <= 1e9 for every endpoint and query point; floating: finite.
TEST(OnSegmentDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const SL s{{-M, -M}, {M, M}}, far{{0, 0}, {M + 1, 0}};
  // canonical(s) (on_segment.hpp) or side(s, r, tol) for an end of the other segment
  const char* seg = "in_range\\((s\\.a|r), 1e9\\)";
  const char* pt = "in_range\\(r, ";                 // the query point
  EXPECT_DEATH(geo::cross_at(far, PL(0, 0)), seg);
  EXPECT_DEATH(geo::cross_at(s, PL(0, M + 1)), pt);
  EXPECT_DEATH(geo::side(far, PL(0, 0), 0LL), seg);
  EXPECT_DEATH(geo::on_segment(PL(-M - 1, 0), s), pt);
  EXPECT_DEATH(geo::side(s, PL(-M - 1, 0), 0LL), pt);
  const double nan = std::nan("");
  EXPECT_DEATH(geo::on_segment(PD(nan, 0), SD{{0, 0}, {1, 1}}), pt);
}

// Floating: a nonzero length >= 1e-140 (every floating type); a == b (a point) is fine.
TEST(OnSegmentDeathTest, TinyFloatingSegmentAsserts) {
  const char* tiny = "dist\\(s\\.a, s\\.b\\) >= 1e-140";
  EXPECT_TRUE(geo::on_segment(PD(1, 1), SD{{1, 1}, {1, 1}}));
  EXPECT_DEATH(geo::on_segment(PD(1, 1), SD{{0, 0}, {1e-150, 1e-150}}), tiny);
  using PLD = Point<long double>;
  using SLD = Segment<long double>;
  EXPECT_FALSE(geo::on_segment(PLD(1, 1), SLD{{0, 0}, {0, 1e-139L}}));
  EXPECT_DEATH(geo::on_segment(PLD(1, 1), SLD{{0, 0}, {0, 1e-141L}}), tiny);
}

}  // namespace
