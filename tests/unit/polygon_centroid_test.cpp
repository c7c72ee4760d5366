// Unit tests of geometry/polygon/centroid.hpp (orientation, perimeter, centroid).
#include "geometry/polygon/centroid.hpp"

#include "oracle_polygon.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>
#include <boost/multiprecision/gmp.hpp>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = std::vector<Point<double>>;

TEST(PolygonCentroid, DegenerateSizes) {
  EXPECT_EQ(geo::orientation(PL{}), 0);
  EXPECT_EQ(geo::orientation(PL{{3, 4}, {6, 8}}), 0);
  EXPECT_EQ(geo::perimeter(PL{}), 0.0);
  EXPECT_EQ(geo::perimeter(PL{{3, 4}}), 0.0);
  EXPECT_EQ(geo::perimeter(PL{{0, 0}, {3, 4}}), 10.0);  // the closed walk a -> b -> a
  EXPECT_EQ(geo::orientation(PD{{1.5, 2}}), 0);
}

TEST(PolygonCentroid, SquareBothOrientations) {
  const PL ccw{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  const PL cw{{0, 0}, {0, 4}, {4, 4}, {4, 0}};
  EXPECT_EQ(geo::orientation(ccw), 1);
  EXPECT_EQ(geo::orientation(cw), -1);
  EXPECT_EQ(geo::perimeter(ccw), 16.0);
}

TEST(PolygonCentroid, CollinearAndRepeatedVertices) {
  const PL p{{0, 0}, {2, 0}, {2, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 2}, {0, 0}};
  EXPECT_EQ(geo::perimeter(p), 16.0);
  const PL line{{0, 0}, {1, 1}, {5, 5}, {2, 2}};
  EXPECT_EQ(geo::orientation(line), 0);
}

TEST(PolygonCentroid, OrientationFloatingUsesALength) {
  geotest::ScopedEps<double> e(1e-9);
  // A sliver of length 1 and width w: mean width 2A / perimeter ~ w / 2.
  auto sliver = [](double w, double s) {
    return PD{{0, 0}, {s, 0}, {s / 2, w * s}};
  };
  EXPECT_EQ(geo::orientation(sliver(1e-9, 1)), 0);
  EXPECT_EQ(geo::orientation(sliver(1e-8, 1)), 1);
  EXPECT_EQ(geo::orientation(sliver(-1e-8, 1)), -1);
  // Scaling coordinates and eps together keeps the answer (an area threshold would not).
  for (int k = -20; k <= 20; k += 5) {
    const double s = std::ldexp(1.0, k);
    geotest::ScopedEps<double> scaled(1e-9 * s);
    EXPECT_EQ(geo::orientation(sliver(1e-9, s)), 0) << k;
    EXPECT_EQ(geo::orientation(sliver(1e-8, s)), 1) << k;
  }
}

TEST(PolygonCentroid, CentroidIsNotTruncated) {
  const PL t{{0, 0}, {1, 0}, {0, 1}};
  const Point<double> c = geo::centroid(t);
  EXPECT_DOUBLE_EQ(c.x, 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.y, 1.0 / 3);
  const Point<double> r = geo::centroid(PL{{0, 0}, {0, 1}, {1, 0}});  // clockwise
  EXPECT_DOUBLE_EQ(r.x, 1.0 / 3);
  EXPECT_DOUBLE_EQ(r.y, 1.0 / 3);
}

TEST(PolygonCentroid, CentroidOfLShape) {
  // Unit squares at (0..2) x (0..1) and (0..1) x (1..2): centroid (5/6, 5/6).
  const PL L{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  const Point<double> c = geo::centroid(L);
  EXPECT_DOUBLE_EQ(c.x, 5.0 / 6);
  EXPECT_DOUBLE_EQ(c.y, 5.0 / 6);
  const PD Ld{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
  const Point<double> d = geo::centroid(Ld);
  EXPECT_DOUBLE_EQ(d.x, 5.0 / 6);
  EXPECT_DOUBLE_EQ(d.y, 5.0 / 6);
}

TEST(PolygonCentroid, CentroidAtMaximumCoordinates) {
  // Triangle at the corners of the box: centroid ((-M + M + M) / 3, (-M - M + M) / 3).
  const LL M = 1000000000;
  const Point<double> c = geo::centroid(PL{{-M, -M}, {M, -M}, {M, M}});
  EXPECT_DOUBLE_EQ(c.x, M / 3.0);
  EXPECT_DOUBLE_EQ(c.y, -M / 3.0);
  // Far from the origin, tiny: translation to P[0] keeps the digits.
  const Point<double> f = geo::centroid(PL{{M - 1, M - 1}, {M, M - 1}, {M, M}, {M - 1, M}});
  EXPECT_EQ(f.x, M - 0.5);
  EXPECT_EQ(f.y, M - 0.5);
}

TEST(PolygonCentroid, ExactTypeRunsExactly) {
  using Q = oracle::Q;
  const std::vector<Point<Q>> t{{Q(0), Q(0)}, {Q(1, 3), Q(0)}, {Q(0), Q(1, 7)}};
  EXPECT_EQ(geo::orientation(t), 1);
}

TEST(PolygonCentroid, CentroidOfANonSimpleWalkIsWindingWeighted) {
  // [0,2]^2 walked twice (weight 2, area 4) and [10,11]x[0,1] once, joined at (0,0)-(10,0)
  const PL walk{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0},
                {10, 0}, {11, 0}, {11, 1}, {10, 1}, {10, 0}};
  EXPECT_EQ(geo::area(walk), 9.0);
  const Point<double> c = geo::centroid(walk);  // (8 (1, 1) + 1 (10.5, 0.5)) / 9
  EXPECT_DOUBLE_EQ(c.x, 18.5 / 9);
  EXPECT_DOUBLE_EQ(c.y, 8.5 / 9);
}

using PolygonCentroidDeathTest = ::testing::Test;
TEST(PolygonCentroidDeathTest, CentroidOfZeroAreaAsserts) {
  EXPECT_DEATH(geo::centroid(PL{{0, 0}, {1, 1}, {2, 2}}), "zero-area");
  EXPECT_DEATH(geo::centroid(PL{}), "zero-area");
  EXPECT_DEATH(geo::centroid(PD{{0, 0}, {1, 1}}), "zero-area");
}

// long long |x|,|y| <= 1e9 (every fan term then fits); floating: finite. Any vertex, n = 2 too.
TEST(PolygonCentroidDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const PL far{{0, 0}, {M, 0}, {M, M + 1}};
  EXPECT_DEATH(geo::orientation(far), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::perimeter(far), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::centroid(far), "in_range\\(q, 1e9\\)");
  const PD nan{{0, 0}, {1, 0}, {1, std::nan("")}};
  EXPECT_DEATH(geo::orientation(PD{{0, 0}, {1, 0}, {INFINITY, 1}}), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::perimeter(nan), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::centroid(nan), "in_range\\(q, 1e9\\)");
}

}  // namespace
