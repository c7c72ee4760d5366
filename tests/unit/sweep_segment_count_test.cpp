// Unit tests of geometry/sweep/segment_count.hpp.
#include "geometry/sweep/segment_count.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using S = geo::Segment<long long>;
using P = geo::Point<long long>;

S seg(long long a, long long b, long long c, long long d) { return {P(a, b), P(c, d)}; }

TEST(SweepSegmentCount, EmptyAndSingle) {
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{}), 0);
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 0, 5, 0)}), 0);
}

TEST(SweepSegmentCount, AojSample) {
  const std::vector<S> v{seg(2, 2, 2, 5), seg(1, 3, 5, 3), seg(4, 1, 4, 4),
                         seg(5, 2, 7, 2), seg(6, 1, 6, 3), seg(6, 5, 6, 7)};
  EXPECT_EQ(geo::count_axis_intersections(v), 3);
}

TEST(SweepSegmentCount, TouchingEndsCount) {
  // An L corner, a T junction, an end on an end, reversed endpoints.
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 0, 5, 0), seg(5, 0, 5, 9)}), 1);
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(5, 0, 0, 0), seg(3, 4, 3, 0)}), 1);
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 0, 5, 0), seg(6, 0, 6, 9)}), 0);
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 1, 5, 1), seg(2, 2, 2, 9)}), 0);
}

TEST(SweepSegmentCount, PointSegmentsAndParallel) {
  // A single point on a horizontal counts once (as a vertical); parallel pairs never count.
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 0, 4, 0), seg(2, 0, 2, 0)}), 1);
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 0, 4, 0), seg(2, 0, 6, 0)}), 0);
  EXPECT_EQ(geo::count_axis_intersections(std::vector<S>{seg(0, 0, 0, 4), seg(0, 2, 0, 6)}), 0);
}

TEST(SweepSegmentCount, GridAtTheBound) {
  const long long m = 1000000000;
  std::vector<S> v;
  for (long long k = -2; k <= 2; k++) v.push_back(seg(-m, k * (m / 2), m, k * (m / 2)));
  for (long long k = -2; k <= 2; k++) v.push_back(seg(k * (m / 2), m, k * (m / 2), -m));
  EXPECT_EQ(geo::count_axis_intersections(v), 25);
}

TEST(SweepSegmentCount, Double) {
  using PD = geo::Point<double>;
  const std::vector<geo::Segment<double>> v{{PD(0.5, 0.25), PD(2.5, 0.25)}, {PD(1.5, -1), PD(1.5, 0.25)},
                                            {PD(2.5, 0.3), PD(2.5, 9)}};
  EXPECT_EQ(geo::count_axis_intersections(v), 1);
}

#ifndef NDEBUG
TEST(SweepSegmentCountDeathTest, NonAxisParallelAsserts) {
  EXPECT_DEATH(geo::count_axis_intersections(std::vector<S>{{P(0, 0), P(4, 0)}, {P(1, -1), P(2, 1)}}),
               "not axis-parallel");
}
#endif

}  // namespace
