// hull/polygons_distance.hpp: two convex polygons apart, touching at a vertex, crossing with
// no vertex inside the other (a star of David), nested, parallel edges; points and segments
// as polygons; thin triangles at the bound 5e8 (exact against the brute force); doubles;
// the assertions (empty, out of range, clockwise).
#include "geometry/hull/polygons_distance.hpp"

#include "oracle_rect_dist.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

template <class T> double val(geo::Dist2<T> d) { return d.value(); }

TEST(HullPolygonsDistance, TwoPolygons) {
  const V sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  const V far{{7, 8}, {9, 8}, {9, 9}};
  EXPECT_EQ(val(dist2(sq, far)), 25);
  EXPECT_EQ(val(dist2(far, sq)), 25);
  const V touch{{4, 4}, {6, 4}, {6, 6}};  // a common vertex
  EXPECT_EQ(val(dist2(sq, touch)), 0);
  // a triangle crossing the square with no vertex in it: a star of David
  const V up{{2, -2}, {8, 6}, {-4, 6}}, down{{-1, 1}, {5, 1}, {2, 5}};
  EXPECT_EQ(val(dist2(up, down)), 0);
  const V inner{{1, 1}, {2, 1}, {1, 2}};
  EXPECT_EQ(val(dist2(sq, inner)), 0);  // nested
  const V diag{{6, 0}, {10, 0}, {6, 4}};  // edge (6,4)-(10,0) vs the square's (4,0)-(4,4): 2
  EXPECT_EQ(val(dist2(sq, diag)), 4);
}

TEST(HullPolygonsDistance, PointsAndSegments) {
  const V seg{{0, 0}, {4, 0}};
  EXPECT_EQ(val(dist2(V{{10, 1}}, seg)), 37);
  EXPECT_EQ(val(dist2(V{{10, 1}}, V{{7, 5}})), 25);
  EXPECT_EQ(val(dist2(V{{2, 0}}, seg)), 0);
  EXPECT_EQ(val(dist2(V{{6, 0}}, seg)), 4);  // on its line
  EXPECT_EQ(val(dist2(seg, V{{1, 5}, {3, 5}})), 25);  // parallel segments
  EXPECT_EQ(val(dist2(seg, V{{6, 0}, {9, 0}})), 4);   // on one line
  EXPECT_EQ(val(dist2(seg, V{{2, -1}, {2, 1}})), 0);  // crossing segments
  // from (4, 0) to its foot on (1, 3)-(5, 1): cross -6, squared over 20: 9 / 5 (< 2 to (5, 1))
  const auto d = dist2(seg, V{{1, 3}, {5, 1}});
  EXPECT_EQ(oracle::q(d.num) / oracle::q(d.den), oracle::Q(9, 5));
}

TEST(HullPolygonsDistance, Bound) {
  const long long H = 500000000;
  const V l{{-H, -H}, {-H + 1, -H}, {-H, H}}, r{{H, H}, {H - 1, H}, {H, -H}};
  const V m{{-H, H - 1}, {H, -H}, {H, H}}, far{{H, H}};
  for (const V& x : {r, m, far}) {  // thin triangles at the bound: exact against the oracle
    const auto d = dist2(l, x);
    EXPECT_EQ(oracle::q(d.num) / oracle::q(d.den), oracle_rect::poly_poly_dist2(l, x));
  }
}

TEST(HullPolygonsDistance, Doubles) {
  using D = geo::Point<double>;
  const std::vector<D> hex{{1, 0}, {0.5, 0.8}, {-0.5, 0.8}, {-1, 0}, {-0.5, -0.8}, {0.5, -0.8}};
  EXPECT_NEAR(dist(hex, std::vector<D>{{3, 0}, {4, 0}, {3, 1}}), 2, 1e-12);
  EXPECT_EQ(dist(hex, std::vector<D>{{0.5, 0.8}, {1, 2}}), 0);  // touching at a vertex
}

using HullPolygonsDistanceDeathTest = ::testing::Test;

TEST(HullPolygonsDistanceDeathTest, Preconditions) {
  EXPECT_DEATH(dist2(V{}, V{{0, 0}}), "empty");
  EXPECT_DEATH(dist2(V{{0, 0}}, V{{500000001, 0}}), "in_range");
  EXPECT_DEATH(dist2(V{{0, 0}, {0, 2}, {2, 2}}, V{{5, 5}}), "minkowski");  // clockwise
}

}  // namespace
