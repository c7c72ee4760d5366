// Unit tests of geometry/sweep/any_intersection.hpp.
#include "geometry/sweep/any_intersection.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using S = geo::Segment<long long>;
using P = geo::Point<long long>;
const std::pair<int, int> none{-1, -1};

S seg(long long a, long long b, long long c, long long d) { return {P(a, b), P(c, d)}; }

TEST(SweepAnyIntersection, FewSegments) {
  EXPECT_EQ(geo::any_intersection(std::vector<S>{}), none);
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 1, 1)}), none);
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 2, 2), seg(0, 2, 2, 0)}), std::make_pair(0, 1));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 2, 2), seg(0, 1, 2, 3)}), none);
}

TEST(SweepAnyIntersection, SharedEndpointsOverlapsTouching) {
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 2, 0), seg(2, 0, 3, 5)}), std::make_pair(0, 1));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 4, 0), seg(6, 0, 2, 0)}), std::make_pair(0, 1));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 4, 0), seg(2, 0, 2, 7)}), std::make_pair(0, 1));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 4, 0), seg(5, 0, 7, 0)}), none);
}

TEST(SweepAnyIntersection, VerticalAndPointSegments) {
  // Two verticals on one x, overlapping; a point on a segment; a point alone.
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(1, 0, 1, 5), seg(9, 9, 9, 9), seg(1, 4, 1, 8)}),
            std::make_pair(0, 2));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 4, 4), seg(2, 2, 2, 2)}), std::make_pair(0, 1));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(0, 0, 4, 4), seg(2, 3, 2, 3)}), none);
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(3, -5, 3, 5), seg(0, 0, 2, 0), seg(4, 0, 6, 0)}), none);
}

TEST(SweepAnyIntersection, MeetingFarFromNeighboursInInputOrder) {
  // A staircase of disjoint segments plus one crossing pair at the far right.
  std::vector<S> v;
  for (long long k = 0; k < 50; k++) v.push_back(seg(k, 3 * k, k + 10, 3 * k + 1));
  EXPECT_EQ(geo::any_intersection(v), none);
  v.push_back(seg(100, 0, 120, 20));
  v.push_back(seg(100, 20, 120, 0));
  EXPECT_EQ(geo::any_intersection(v), std::make_pair(50, 51));
}

TEST(SweepAnyIntersection, NearlyParallelAtTheBound) {
  const long long m = 1000000000;
  // Slopes differ by 1 / 2e9: apart by one unit at the left end, crossing at the right.
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(-m, 0, m, 0), seg(-m, 1, m, -1)}), std::make_pair(0, 1));
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(-m, 0, m, 0), seg(-m, 1, m, 1)}), none);
  EXPECT_EQ(geo::any_intersection(std::vector<S>{seg(-m, -m, m, m - 1), seg(-m, -m + 1, m, m)}), none);
}

TEST(SweepAnyIntersection, Double) {
  using PD = geo::Point<double>;
  const std::vector<geo::Segment<double>> v{{PD(0, 0), PD(1, 0.5)}, {PD(0, 1), PD(1, 0.6)}};
  EXPECT_EQ(geo::any_intersection(v), none);
  const std::vector<geo::Segment<double>> w{{PD(0, 0), PD(1, 0.5)}, {PD(0, 1), PD(1, 0.4)}};
  EXPECT_EQ(geo::any_intersection(w), std::make_pair(0, 1));
}

TEST(SweepAnyIntersection, AllowedPairsAreSkipped) {
  // A polyline: consecutive pieces share an end (allowed); pieces 0 and 3 cross.
  const std::vector<S> v{seg(0, 0, 4, 0), seg(4, 0, 4, 4), seg(4, 4, 2, 4), seg(2, 4, 2, -1)};
  auto consecutive = [](int i, int j) { return j == i + 1; };
  EXPECT_EQ(geo::any_intersection(v, consecutive), std::make_pair(0, 3));
  EXPECT_EQ(geo::any_intersection(std::vector<S>(v.begin(), v.end() - 1), consecutive), none);
  // Two pieces leaving one point to the right (a tie in the sweep, broken by direction),
  // and a third between them from a later x that touches neither, then one that does.
  std::vector<S> w{seg(0, 0, 4, 4), seg(0, 0, 4, -4), seg(2, 0, 5, 0)};
  auto first_two = [](int i, int j) { return i == 0 && j == 1; };
  EXPECT_EQ(geo::any_intersection(w, first_two), none);
  EXPECT_EQ(geo::any_intersection(w), std::make_pair(0, 1));
  w[2] = seg(1, 1, 5, 0);
  EXPECT_EQ(geo::any_intersection(w, first_two), std::make_pair(0, 2));
  w[2] = seg(0, 0, 5, 0);  // a third piece from the same point: not allowed
  EXPECT_NE(geo::any_intersection(w, first_two), none);
}

#ifndef NDEBUG
// long long |x|,|y| <= 1e9 (canonical(s) of on_segment.hpp); floating: finite.
TEST(SweepAnyIntersectionDeathTest, OutOfRangeAsserts) {
  const long long M = 1000000000;
  EXPECT_DEATH(geo::any_intersection(std::vector<S>{{P(0, 0), P(1, 1)}, {P(5, 5), P(M + 1, 5)}}),
               "in_range\\(s\\.a, 1e9\\)");
  using PD = geo::Point<double>;
  const std::vector<geo::Segment<double>> v{{PD(0, 0), PD(1, 0.5)}, {PD(0, std::nan("")), PD(1, 0.6)}};
  EXPECT_DEATH(geo::any_intersection(v), "in_range\\(s\\.a, 1e9\\)");
}
#endif

}  // namespace
