// Unit tests for geometry/distance.hpp (dist2 and dist of a point or a segment to a segment):
// the AOJ CGL_2_D sample, zero-length segments, the exact fraction at the 1e9 bound, and
// the asserted range.
#include "geometry/distance.hpp"

#include "oracle.hpp"

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
using oracle::Q;

TEST(Distance, AtTheBound) {
  // Pitfall 3: coordinates +-1e9: cross products up to 8e18, squared distances 6.4e37.
  const LL M = 1000000000;
  // r = (M, -M) against a = (-M, -M + 1), b = (M, M): interior, cross = -4 M^2 = -4e18
  const geo::Dist2<LL> d = geo::dist2(PL(M, -M), SL{{-M, -M + 1}, {M, M}});
  const Q m = M, want = Q(16) * m * m * m * m / (Q(4) * m * m + (2 * m - 1) * (2 * m - 1));
  EXPECT_EQ(Q(oracle::q(d.num), oracle::q(d.den)), want);
}

TEST(Distance, Distances) {
  // AOJ CGL_2_D sample
  EXPECT_DOUBLE_EQ(geo::dist(SL{{0, 0}, {1, 0}}, SL{{0, 1}, {1, 1}}), 1);
  EXPECT_DOUBLE_EQ(geo::dist(SL{{0, 0}, {1, 0}}, SL{{2, 1}, {1, 2}}), std::sqrt(2.0));
  EXPECT_DOUBLE_EQ(geo::dist(SL{{-1, 0}, {1, 0}}, SL{{0, 1}, {0, -1}}), 0);
  EXPECT_DOUBLE_EQ(geo::dist(PL(2, 2), SL{{0, 0}, {4, 0}}), 2);
  EXPECT_DOUBLE_EQ(geo::dist(PL(7, 4), SL{{0, 0}, {4, 0}}), 5);
  EXPECT_DOUBLE_EQ(geo::dist(PL(7, 4), SL{{4, 0}, {4, 0}}), 5);  // zero length
}

// long long: |x|,|y| <= 1e9 for every endpoint and query point; floating: finite.
TEST(DistanceDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const SL s{{-M, -M}, {M, M}}, far{{0, 0}, {M + 1, 0}};
  // canonical(s) (on_segment.hpp) or side(s, r, tol) for an end of the other segment
  const char* seg = "in_range\\((s\\.a|r), 1e9\\)";
  const char* pt = "in_range\\(r, ";                 // the query point
  EXPECT_DEATH(geo::dist2(far, s), seg);
  EXPECT_DEATH(geo::dist(PL(0, 0), far), seg);
  EXPECT_DEATH(geo::dist2(PL(0, M + 1), s), pt);
}

}  // namespace
