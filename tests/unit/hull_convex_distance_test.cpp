// hull/convex_distance.hpp: a point against a square (inside, on an edge and a vertex, facing
// an edge, a corner, on an edge's line), collinear vertices and any start, segments and points
// as polygons; two polygons apart, touching, crossing (no vertex inside the other), nested;
// the bound 5e8 of the polygon distance; doubles; the assertions.
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
  EXPECT_EQ(val(dist2(V{{10, 1}}, seg)), 37);
  EXPECT_EQ(val(dist2(seg, V{{1, 5}, {3, 5}})), 25);  // parallel segments
  EXPECT_EQ(val(dist2(seg, V{{2, -1}, {2, 1}})), 0);  // crossing segments
}

TEST(HullConvexDistance, TwoPolygons) {
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

TEST(HullConvexDistance, Bounds) {
  const long long B = 1000000000, H = 500000000;
  const V big{{-B, -B}, {B, -B}, {B, B}, {-B, B}};
  EXPECT_EQ(val(dist2(P(-B, B), V{{B, -B}})), 8e18);
  EXPECT_EQ(val(dist2(P(B, B - 1), V{{-B, -B}, {B - 1, B}})), 2);  // past the end (B - 1, B)
  const auto e = dist2(P(B, B - 1), V{{-B, -B}, {B, -B}, {B - 1, B}});  // to the long edge
  EXPECT_EQ(oracle::q(e.num) / oracle::q(e.den),
            oracle_rect::point_poly_dist2(V{{-B, -B}, {B, -B}, {B - 1, B}}, P(B, B - 1)));
  EXPECT_EQ(val(dist2(P(0, 0), big)), 0);
  const V l{{-H, -H}, {-H + 1, -H}, {-H, H}}, r{{H, H}, {H - 1, H}, {H, -H}};
  const V m{{-H, H - 1}, {H, -H}, {H, H}}, far{{H, H}};
  for (const V& x : {r, m, far}) {  // thin triangles at the bound 5e8: exact against the oracle
    const auto d = dist2(l, x);
    EXPECT_EQ(oracle::q(d.num) / oracle::q(d.den), oracle_rect::poly_poly_dist2(l, x));
  }
}

TEST(HullConvexDistance, Doubles) {
  using D = geo::Point<double>;
  const std::vector<D> hex{{1, 0}, {0.5, 0.8}, {-0.5, 0.8}, {-1, 0}, {-0.5, -0.8}, {0.5, -0.8}};
  EXPECT_NEAR(dist(D(0, 3), hex), 2.2, 1e-12);
  EXPECT_EQ(dist(D(0.1, 0.1), hex), 0);
  EXPECT_EQ(dist(D(1 + 1e-10, 0), hex), 0);  // within eps of the boundary
  EXPECT_NEAR(dist(hex, std::vector<D>{{3, 0}, {4, 0}, {3, 1}}), 2, 1e-12);
}

using HullConvexDistanceDeathTest = ::testing::Test;

TEST(HullConvexDistanceDeathTest, Preconditions) {
  EXPECT_DEATH(dist2(P(0, 0), V{}), "empty polygon");
  EXPECT_DEATH(dist2(V{{0, 0}}, V{{500000001, 0}}), "in_range");
  EXPECT_DEATH(dist2(V{{0, 0}, {0, 2}, {2, 2}}, V{{5, 5}}), "minkowski");  // clockwise
}

}  // namespace
