// hull/convex_distance.hpp: a point against a square (inside, on an edge and a vertex, facing
// an edge, a corner, on an edge's line), collinear vertices and any start, segments and points
// as polygons, the coordinate bound 1e9, doubles, the empty-polygon assertion.
#include "geometry/hull/convex_distance.hpp"

#include "oracle_rect_dist.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

template <class T> double val(geo::Dist2<T> d) { return d.value(); }

TEST(HullConvexDistance, PointAndSquare) {
  const V sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_EQ(val(dist2(P(2, 2), sq)), 0);     // inside
  EXPECT_EQ(val(dist2(P(4, 1), sq)), 0);     // on an edge
  EXPECT_EQ(val(dist2(P(4, 4), sq)), 0);     // a vertex
  EXPECT_EQ(val(dist2(P(2, -3), sq)), 9);    // facing an edge
  EXPECT_EQ(val(dist2(P(7, 8), sq)), 25);    // past a corner
  EXPECT_EQ(val(dist2(P(9, 0), sq)), 25);    // on the bottom edge's line
  EXPECT_EQ(val(dist2(P(-1, 4), sq)), 1);    // on the top edge's line
  EXPECT_DOUBLE_EQ(dist(P(-3, -4), sq), 5);  // dist: sqrt of the value
}

TEST(HullConvexDistance, ExactFraction) {
  const V tri{{0, 0}, {3, 0}, {0, 3}};
  const auto d = dist2(P(3, 3), tri);  // (3*3 + 3*3 - 9)^2 / 18 = 81 / 18
  EXPECT_EQ(d.num * 18, d.den * 81);
}

// collinear vertices, started anywhere (poly[0] collinear)
TEST(HullConvexDistance, CollinearVerticesAnyStart) {
  const V base{{2, 0}, {4, 0}, {4, 2}, {4, 4}, {2, 4}, {0, 4}, {0, 2}, {0, 0}};
  for (size_t s = 0; s < base.size(); s++) {
    V p(base.begin() + long(s), base.end());
    p.insert(p.end(), base.begin(), base.begin() + long(s));
    EXPECT_EQ(val(dist2(P(2, -3), p)), 9);
    EXPECT_EQ(val(dist2(P(-3, 2), p)), 9);
    EXPECT_EQ(val(dist2(P(6, 6), p)), 8);
    EXPECT_EQ(val(dist2(P(4, 3), p)), 0);
    EXPECT_EQ(val(dist2(P(10, 4), p)), 36);
  }
}

TEST(HullConvexDistance, DegeneratePolygons) {
  EXPECT_EQ(val(dist2(P(3, 4), V{{0, 0}})), 25);
  EXPECT_EQ(val(dist2(P(0, 0), V{{0, 0}})), 0);
  const V seg{{0, 0}, {4, 0}};
  EXPECT_EQ(val(dist2(P(2, 3), seg)), 9);
  EXPECT_EQ(val(dist2(P(7, 4), seg)), 25);
  EXPECT_EQ(val(dist2(P(3, 0), seg)), 0);
  EXPECT_EQ(val(dist2(P(-2, 0), seg)), 4);  // on its line
  EXPECT_EQ(val(dist2(P(6, 0), V{{4, 0}, {0, 0}})), 4);
}

TEST(HullConvexDistance, Bounds) {
  const long long B = 1000000000;
  const V big{{-B, -B}, {B, -B}, {B, B}, {-B, B}};
  EXPECT_EQ(val(dist2(P(-B, B), V{{B, -B}})), 8e18);
  EXPECT_EQ(val(dist2(P(B, B - 1), V{{-B, -B}, {B - 1, B}})), 2);  // past the end (B - 1, B)
  EXPECT_EQ(val(dist2(P(0, 0), big)), 0);
  for (const V& t : {V{{-B, -B}, {B, -B}, {B - 1, B}}, V{{-B, -B}, {B, B - 1}, {B - 1, B}}})
    for (const P& r : {P(B, B - 1), P(B, B), P(-B, B), P(B, -B + 1)}) {  // slivers: exact
      const auto d = dist2(r, t);
      EXPECT_EQ(oracle::q(d.num) / oracle::q(d.den), oracle_rect::point_poly_dist2(t, r));
    }
}

TEST(HullConvexDistance, Doubles) {
  using D = geo::Point<double>;
  const std::vector<D> hex{{1, 0}, {0.5, 0.8}, {-0.5, 0.8}, {-1, 0}, {-0.5, -0.8}, {0.5, -0.8}};
  EXPECT_NEAR(dist(D(0, 3), hex), 2.2, 1e-12);
  EXPECT_EQ(dist(D(0.1, 0.1), hex), 0);
  EXPECT_EQ(dist(D(1 + 1e-10, 0), hex), 0);  // within eps of the boundary
}

using HullConvexDistanceDeathTest = ::testing::Test;

TEST(HullConvexDistanceDeathTest, Preconditions) {
  EXPECT_DEATH(dist2(P(0, 0), V{}), "empty polygon");
}

}  // namespace
