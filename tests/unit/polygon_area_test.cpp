// Unit tests of geometry/polygon/area.hpp (area2, area).
#include "geometry/polygon/area.hpp"

#include "oracle_polygon.hpp"

#include <gtest/gtest.h>
#include <boost/multiprecision/gmp.hpp>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = std::vector<Point<double>>;
__extension__ typedef __int128 I128;

TEST(PolygonArea, DegenerateSizes) {
  EXPECT_EQ(geo::area2(PL{}), 0);
  EXPECT_EQ(geo::area2(PL{{3, 4}}), 0);
  EXPECT_EQ(geo::area2(PL{{3, 4}, {6, 8}}), 0);
  EXPECT_EQ(geo::area(PD{{1.5, 2}, {7, 1}}), 0.0);
}

TEST(PolygonArea, SquareBothOrientations) {
  const PL ccw{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  const PL cw{{0, 0}, {0, 4}, {4, 4}, {4, 0}};
  EXPECT_EQ(geo::area2(ccw), 32);
  EXPECT_EQ(geo::area2(cw), -32);
  EXPECT_EQ(geo::area(ccw), 16.0);
  EXPECT_EQ(geo::area(cw), -16.0);
}

TEST(PolygonArea, HalfIntegerAreaIsNotTruncated) {
  const PL t{{0, 0}, {1, 0}, {0, 1}};
  EXPECT_EQ(geo::area2(t), 1);
  EXPECT_EQ(geo::area(t), 0.5);
}

TEST(PolygonArea, CollinearAndRepeatedVertices) {
  const PL p{{0, 0}, {2, 0}, {2, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 2}, {0, 0}};
  EXPECT_EQ(geo::area2(p), 32);
  const PL line{{0, 0}, {1, 1}, {5, 5}, {2, 2}};
  EXPECT_EQ(geo::area2(line), 0);
}

TEST(PolygonArea, MaximumCoordinatesExact) {
  const LL M = 1000000000;
  const PL box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  EXPECT_TRUE(geo::area2(box) == I128(8000000000000000000LL));
  // A comb: fan triangles about P[0] alternate in sign and their positive partial sums
  // exceed the long long range (about 9.2e18) although every term fits.
  PL comb{{-M, -M}, {M, -M}};
  for (LL k = 0; k < 10; k++) {
    const LL x = M - 2 * k * (M / 10);
    comb.push_back({x, M});
    comb.push_back({x - M / 10, M});
    comb.push_back({x - M / 10, -M + 1});
    comb.push_back({x - 2 * (M / 10), -M + 1});
  }
  comb.pop_back();
  comb.back() = {-M, M};
  const oracle::Q want = oracle::twice_area(oracle::qpoly(comb));
  EXPECT_EQ(oracle::q(geo::area2(comb)), want);
  I128 positive = 0;
  for (size_t i = 1; i + 1 < comb.size(); i++) {
    const I128 c = I128(comb[i].x - comb[0].x) * (comb[i + 1].y - comb[0].y) -
                   I128(comb[i].y - comb[0].y) * (comb[i + 1].x - comb[0].x);
    if (c > 0) positive += c;
  }
  EXPECT_TRUE(positive > I128(9223372036854775807LL));  // the test does reach past long long
  // The box walked twice: 2A = 1.6e19 itself exceeds long long (winding-weighted area).
  PL twice = box;
  twice.insert(twice.end(), box.begin(), box.end());
  EXPECT_TRUE(geo::area2(twice) == I128(2) * I128(8000000000000000000LL));
  EXPECT_EQ(geo::area(twice), 8e18);
}

TEST(PolygonArea, ExactTypeRunsExactly) {
  using Q = oracle::Q;
  const std::vector<Point<Q>> t{{Q(0), Q(0)}, {Q(1, 3), Q(0)}, {Q(0), Q(1, 7)}};
  EXPECT_EQ(geo::area2(t), Q(1, 21));
}

using PolygonAreaDeathTest = ::testing::Test;

// long long |x|,|y| <= 1e9 (every fan term then fits); floating: finite. Any vertex, n = 2 too.
TEST(PolygonAreaDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const PL far{{0, 0}, {M, 0}, {M, M + 1}};
  EXPECT_DEATH(geo::area2(far), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::area(PL{{-M - 1, 0}, {0, 0}}), "in_range\\(q, 1e9\\)");
  const PD nan{{0, 0}, {1, 0}, {1, std::nan("")}};
  EXPECT_DEATH(geo::area2(nan), "in_range\\(q, 1e9\\)");
}

}  // namespace
