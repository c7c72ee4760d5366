// Unit tests of geometry/polygon/contains.hpp: contains -> INSIDE / BOUNDARY / OUTSIDE.
#include "geometry/polygon/contains.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::BOUNDARY;
using geo::INSIDE;
using geo::OUTSIDE;
using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = std::vector<Point<double>>;

PL rev(PL p) {
  std::reverse(p.begin(), p.end());
  return p;
}

TEST(PolygonContains, AojSample) {  // CGL_3_C
  const PL g{{0, 0}, {3, 1}, {2, 3}, {0, 3}};
  EXPECT_EQ(geo::contains(g, {2, 1}), INSIDE);
  EXPECT_EQ(geo::contains(g, {0, 2}), BOUNDARY);
  EXPECT_EQ(geo::contains(g, {3, 2}), OUTSIDE);
}

TEST(PolygonContains, DegenerateSizes) {
  EXPECT_EQ(geo::contains(PL{}, {0, 0}), OUTSIDE);
  EXPECT_EQ(geo::contains(PL{{1, 2}}, {1, 2}), BOUNDARY);
  EXPECT_EQ(geo::contains(PL{{1, 2}}, {1, 3}), OUTSIDE);
  const PL seg{{0, 0}, {4, 2}};
  EXPECT_EQ(geo::contains(seg, {2, 1}), BOUNDARY);
  EXPECT_EQ(geo::contains(seg, {4, 2}), BOUNDARY);
  EXPECT_EQ(geo::contains(seg, {6, 3}), OUTSIDE);   // on the line, beyond the end
  EXPECT_EQ(geo::contains(seg, {-2, -1}), OUTSIDE);
  EXPECT_EQ(geo::contains(seg, {2, 0}), OUTSIDE);
}

TEST(PolygonContains, RayThroughVertices) {
  // Diamond: the horizontal ray from the query passes exactly through vertices.
  for (const PL& d : {PL{{0, -2}, {2, 0}, {0, 2}, {-2, 0}}, rev(PL{{0, -2}, {2, 0}, {0, 2}, {-2, 0}})}) {
    EXPECT_EQ(geo::contains(d, {0, 0}), INSIDE);
    EXPECT_EQ(geo::contains(d, {-3, 0}), OUTSIDE);
    EXPECT_EQ(geo::contains(d, {3, 0}), OUTSIDE);
    EXPECT_EQ(geo::contains(d, {-2, 0}), BOUNDARY);
    EXPECT_EQ(geo::contains(d, {2, 0}), BOUNDARY);
    EXPECT_EQ(geo::contains(d, {0, 2}), BOUNDARY);
    EXPECT_EQ(geo::contains(d, {-1, 1}), BOUNDARY);
    EXPECT_EQ(geo::contains(d, {0, 3}), OUTSIDE);   // ray through nothing, above the top vertex
    EXPECT_EQ(geo::contains(d, {-5, 2}), OUTSIDE);  // ray through the top vertex only
    EXPECT_EQ(geo::contains(d, {-5, -2}), OUTSIDE);
  }
  // A reflex vertex and a convex vertex on the same horizontal line as the query.
  const PL w{{0, 0}, {6, 0}, {6, 4}, {4, 2}, {2, 4}, {0, 2}};
  EXPECT_EQ(geo::contains(w, {-1, 2}), OUTSIDE);
  EXPECT_EQ(geo::contains(w, {1, 2}), INSIDE);
  EXPECT_EQ(geo::contains(w, {3, 2}), INSIDE);
  EXPECT_EQ(geo::contains(w, {5, 2}), INSIDE);
  EXPECT_EQ(geo::contains(w, {7, 2}), OUTSIDE);
  EXPECT_EQ(geo::contains(w, {4, 3}), OUTSIDE);   // in the notch
  EXPECT_EQ(geo::contains(w, {5, 4}), OUTSIDE);   // between the two peaks, at peak height
  EXPECT_EQ(geo::contains(w, {4, 2}), BOUNDARY);
}

TEST(PolygonContains, HorizontalEdgesAtTheQueryHeight) {
  // Skyline: horizontal edges at y = 2 on both sides of the queries.
  const PL s{{0, 0}, {6, 0}, {6, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}, {0, 2}};
  for (const PL& p : {s, rev(s)}) {
    EXPECT_EQ(geo::contains(p, {-1, 2}), OUTSIDE);
    EXPECT_EQ(geo::contains(p, {1, 2}), BOUNDARY);
    EXPECT_EQ(geo::contains(p, {3, 2}), INSIDE);
    EXPECT_EQ(geo::contains(p, {5, 2}), BOUNDARY);
    EXPECT_EQ(geo::contains(p, {7, 2}), OUTSIDE);
    EXPECT_EQ(geo::contains(p, {3, 4}), BOUNDARY);
    EXPECT_EQ(geo::contains(p, {1, 4}), OUTSIDE);
    EXPECT_EQ(geo::contains(p, {7, 0}), OUTSIDE);
    EXPECT_EQ(geo::contains(p, {3, 0}), BOUNDARY);
  }
}

TEST(PolygonContains, RepeatedAndCollinearVertices) {
  const PL p{{0, 0}, {0, 0}, {2, 0}, {4, 0}, {4, 4}, {4, 4}, {0, 4}, {0, 0}};
  EXPECT_EQ(geo::contains(p, {2, 2}), INSIDE);
  EXPECT_EQ(geo::contains(p, {2, 0}), BOUNDARY);
  EXPECT_EQ(geo::contains(p, {0, 0}), BOUNDARY);
  EXPECT_EQ(geo::contains(p, {5, 0}), OUTSIDE);
  EXPECT_EQ(geo::contains(p, {-1, 4}), OUTSIDE);
}

TEST(PolygonContains, MaximumCoordinates) {
  const LL M = 1000000000;
  const PL box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  EXPECT_EQ(geo::contains(box, {M, 0}), BOUNDARY);
  EXPECT_EQ(geo::contains(box, {M - 1, M - 1}), INSIDE);
  EXPECT_EQ(geo::contains(box, {-M, M}), BOUNDARY);
  const PL tri{{-M, -M}, {M, M - 1}, {-M, M}};  // long edge with slope just below 1
  EXPECT_EQ(geo::contains(tri, {M - 2, M - 3}), OUTSIDE);  // just right of the long edge
  EXPECT_EQ(geo::contains(tri, {M - 2, M - 2}), INSIDE);
  EXPECT_EQ(geo::contains(tri, {-M, -M}), BOUNDARY);
  EXPECT_EQ(geo::contains(tri, {M, M}), OUTSIDE);
}

TEST(PolygonContains, FloatingEpsIsADistance) {
  geotest::ScopedEps<double> e(1e-9);
  const PD sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  EXPECT_EQ(geo::contains(sq, {2, -0.4e-9}), BOUNDARY);
  EXPECT_EQ(geo::contains(sq, {2, 0.4e-9}), BOUNDARY);
  EXPECT_EQ(geo::contains(sq, {2, -3e-9}), OUTSIDE);
  EXPECT_EQ(geo::contains(sq, {2, 3e-9}), INSIDE);
  EXPECT_EQ(geo::contains(sq, {4 + 0.3e-9, 4 + 0.3e-9}), BOUNDARY);  // 0.42e-9 from the corner
  EXPECT_EQ(geo::contains(sq, {4 + 2e-9, 4 + 2e-9}), OUTSIDE);
  // A query level with a vertex, inside by 3 eps.
  EXPECT_EQ(geo::contains(sq, {4 - 3e-9, 4}), BOUNDARY);  // on the top edge
  EXPECT_EQ(geo::contains(PD{{0, 0}, {4, 2}, {0, 4}}, {4 - 3e-9, 2}), INSIDE);
  EXPECT_EQ(geo::contains(PD{{0, 0}, {4, 2}, {0, 4}}, {4 + 3e-9, 2}), OUTSIDE);
}

TEST(PolygonContains, FloatingTinyEdgeIsNotALine) {
  // An edge shorter than eps must not make far points "on the boundary" (a turn test with
  // the smallest altitude would call (0, 1) collinear with it).
  geotest::ScopedEps<double> e(1e-9);
  const PD p{{0, 0}, {1e-10, 0}, {2, -1}, {2, 3}, {-2, 3}, {-2, -1}};
  EXPECT_EQ(geo::contains(p, {0, 1}), INSIDE);
  EXPECT_EQ(geo::contains(p, {0, -0.5}), OUTSIDE);
  EXPECT_EQ(geo::contains(p, {0.5e-10, 0}), BOUNDARY);
}

TEST(PolygonContains, FloatingFarFromTheOrigin) {
  geotest::ScopedEps<double> e(1e-9);
  const double B = 3.9e5;  // the documented range for double at eps = 1e-9
  const PD t{{B - 4, B - 4}, {B, B - 4}, {B, B}};
  EXPECT_EQ(geo::contains(t, {B - 2, B - 2}), BOUNDARY);  // on the diagonal edge
  EXPECT_EQ(geo::contains(t, {B - 2, B - 2 - 3e-9}), INSIDE);
  EXPECT_EQ(geo::contains(t, {B - 2, B - 2 + 3e-9}), OUTSIDE);
}

TEST(PolygonContains, SelfIntersectingIsEvenOdd) {
  // pentagram: the central pentagon is wound twice (even: OUTSIDE), the tips once
  PL star{{0, 10}, {6, -8}, {-10, 3}, {10, 3}, {-6, -8}};
  for (int r = 0; r < 2; r++, std::reverse(star.begin(), star.end())) {
    EXPECT_EQ(geo::contains(star, {0, 0}), OUTSIDE);
    EXPECT_EQ(geo::contains(star, {0, 7}), INSIDE);
    EXPECT_EQ(geo::contains(star, {0, 3}), BOUNDARY);  // an edge through the centre's pentagon
    EXPECT_EQ(geo::contains(star, {0, 11}), OUTSIDE);
  }
  const PL bowtie{{0, 0}, {4, 4}, {4, 0}, {0, 4}};  // lobes left and right of (2, 2)
  EXPECT_EQ(geo::contains(bowtie, {1, 2}), INSIDE);
  EXPECT_EQ(geo::contains(bowtie, {3, 2}), INSIDE);
  EXPECT_EQ(geo::contains(bowtie, {2, 2}), BOUNDARY);  // the crossing
  EXPECT_EQ(geo::contains(bowtie, {2, 1}), OUTSIDE);
  EXPECT_EQ(geo::contains(bowtie, {2, 3}), OUTSIDE);
  const PD twice{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(geo::contains(twice, {1, 1}), OUTSIDE);  // winding 2
  EXPECT_EQ(geo::contains(twice, {2, 1}), BOUNDARY);
}

#ifndef NDEBUG
// long long |x|,|y| <= 1e9 for the query and every vertex; floating: finite.
TEST(PolygonContainsDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  const PL box{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  EXPECT_EQ(geo::contains(box, {M, 0}), BOUNDARY);  // at the bound: fine
  EXPECT_DEATH(geo::contains(box, {M + 1, 0}), "in_range\\(r, 1e9\\)");
  EXPECT_DEATH(geo::contains(PL{{0, 0}, {M + 1, 0}, {0, 1}}, {5, 5}), "in_range\\(s\\.a, 1e9\\)");
  EXPECT_DEATH(geo::contains(PD{{0, 0}, {1, 0}, {0, 1}}, {std::nan(""), 0}), "in_range\\(r, 1e9\\)");
  EXPECT_DEATH(geo::contains(PD{{0, 0}, {1, 0}, {0, INFINITY}}, {5, 5}), "in_range\\(s\\.a, 1e9\\)");
}
#endif

}  // namespace
