// Unit tests of geometry/polygon/convex.hpp: is_convex.
#include "geometry/polygon/convex.hpp"

#include "scoped_eps.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = std::vector<Point<double>>;

template <class V> V rev(V p) {
  std::reverse(p.begin(), p.end());
  return p;
}

TEST(PolygonConvex, AojSamples) {  // CGL_3_B
  EXPECT_TRUE(geo::is_convex(PL{{0, 0}, {3, 1}, {2, 3}, {0, 3}}));
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}}));
}

TEST(PolygonConvex, BothOrientationsAndEveryStart) {
  const PL sq{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
  for (int k = 0; k < 4; k++) {
    PL p = sq;
    std::rotate(p.begin(), p.begin() + k, p.end());
    EXPECT_TRUE(geo::is_convex(p)) << k;
    EXPECT_TRUE(geo::is_convex(rev(p))) << k;
  }
}

TEST(PolygonConvex, TooFewOrCollinearVertices) {
  EXPECT_FALSE(geo::is_convex(PL{}));
  EXPECT_FALSE(geo::is_convex(PL{{1, 1}}));
  EXPECT_FALSE(geo::is_convex(PL{{1, 1}, {2, 3}}));
  EXPECT_FALSE(geo::is_convex(PL{{1, 1}, {1, 1}, {1, 1}}));
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {1, 1}, {2, 2}}));           // zero area, spike at the end
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {1, 1}, {2, 2}, {1, 1}}));
}

TEST(PolygonConvex, CollinearVerticesAllowed) {
  EXPECT_TRUE(geo::is_convex(PL{{0, 0}, {2, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 2}}));
  EXPECT_TRUE(geo::is_convex(rev(PL{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {0, 3}})));
}

TEST(PolygonConvex, RepeatedConsecutiveVerticesIgnored) {
  EXPECT_TRUE(geo::is_convex(PL{{0, 0}, {0, 0}, {4, 0}, {4, 4}, {4, 4}, {0, 4}}));
  EXPECT_TRUE(geo::is_convex(PL{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}));  // closed explicitly
  EXPECT_TRUE(geo::is_convex(PL{{0, 0}, {0, 0}, {4, 0}, {0, 4}, {0, 0}}));
}

TEST(PolygonConvex, RejectsSpikesReflexAndMultipleWinding) {
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {4, 0}, {2, 0}, {2, 3}}));          // walks back along an edge
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {4, 0}, {4, 4}, {4, 2}, {0, 4}}));  // spike on the right side
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {4, 0}, {4, 4}, {3, 1}, {0, 4}}));  // reflex vertex
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {4, 0}, {4, 4}, {2, 3}, {0, 4}}));  // barely reflex
  // pentagram: every turn is a left turn, the walk winds twice
  EXPECT_FALSE(geo::is_convex(PL{{0, 10}, {-6, -8}, {10, 3}, {-10, 3}, {6, -8}}));
  EXPECT_FALSE(geo::is_convex(rev(PL{{0, 10}, {-6, -8}, {10, 3}, {-10, 3}, {6, -8}})));
  // a square walked twice
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  // a bow tie
  EXPECT_FALSE(geo::is_convex(PL{{0, 0}, {4, 4}, {4, 0}, {0, 4}}));
}

TEST(PolygonConvex, EdgeDirectionsOnTheNegativeXAxis) {
  // Edges pointing exactly at arg pi and at -pi/2 (the cut of the argument order).
  EXPECT_TRUE(geo::is_convex(PL{{4, 4}, {0, 4}, {0, 0}, {4, 0}}));
  EXPECT_TRUE(geo::is_convex(PL{{2, 2}, {-2, 2}, {-4, 0}, {-2, -2}, {2, -2}, {4, 0}}));
  EXPECT_TRUE(geo::is_convex(rev(PL{{2, 2}, {-2, 2}, {-4, 0}, {-2, -2}, {2, -2}, {4, 0}})));
}

TEST(PolygonConvex, MaximumCoordinates) {
  const LL M = 1000000000;
  EXPECT_TRUE(geo::is_convex(PL{{-M, -M}, {M, -M}, {M, M}, {-M, M}}));
  EXPECT_TRUE(geo::is_convex(PL{{-M, -M}, {M, -M}, {M, M - 1}, {M - 1, M}, {-M, M}}));
  // one unit inwards near a corner: reflex, the cross product is ~ -4e18 + small
  EXPECT_FALSE(geo::is_convex(PL{{-M, -M}, {M, -M}, {M - 1, 0}, {M, M}, {-M, M}}));
  EXPECT_TRUE(geo::is_convex(PL{{-M, -M}, {M, -M}, {M, 0}, {M, M}, {-M, M}}));
}

TEST(PolygonConvex, FloatingNearlyCollinearVertexCountsAsCollinear) {
  geotest::ScopedEps<double> e(1e-9);
  // The middle vertex of the bottom edge sits h below or above the chord (0,0)-(2,0).
  auto poly = [](double h) { return PD{{0, 0}, {1, h}, {2, 0}, {2, 2}, {0, 2}}; };
  EXPECT_TRUE(geo::is_convex(poly(-0.4e-9)));   // outward: convex anyway
  EXPECT_TRUE(geo::is_convex(poly(0.4e-9)));    // inward by < eps/2: collinear
  EXPECT_FALSE(geo::is_convex(poly(3e-9)));     // inward by > 2 eps: reflex
  EXPECT_TRUE(geo::is_convex(poly(-3e-9)));
  // near-duplicate vertex (within eps) is merged, not read as a spike
  EXPECT_TRUE(geo::is_convex(PD{{0, 0}, {2, 0}, {2 + 1e-10, -1e-10}, {2, 2}, {0, 2}}));
}

TEST(PolygonConvex, FloatingTinyReflexNearTheArgumentCut) {
  geotest::ScopedEps<double> e(1e-9);
  // Counter-clockwise, the top edge runs towards arg pi; its middle vertex bends the
  // walk by a tiny RIGHT turn across arg pi (directions pi - d, then -pi + d).
  const double h = 2e-10;
  EXPECT_TRUE(geo::is_convex(PD{{2, 2}, {1, 2 + h}, {0, 2}, {0, 0}, {2, 0}}));
  EXPECT_TRUE(geo::is_convex(PD{{2, 2}, {1, 2 - h}, {0, 2}, {0, 0}, {2, 0}}));
  // The windings are counted where edges cross the direction -pi/2 (straight down, the
  // lexicographic sign of the edge vector changes there and at +pi/2): a tiny right turn
  // across each, on the left (downwards) and right (upwards) edges, both orientations.
  for (const double k : {h, -h}) {
    const PD left{{0, 2}, {k, 1}, {0, 0}, {2, 0}, {2, 2}}, right{{2, 0}, {2 + k, 1}, {2, 2}, {0, 2}, {0, 0}};
    EXPECT_TRUE(geo::is_convex(left));
    EXPECT_TRUE(geo::is_convex(rev(left)));
    EXPECT_TRUE(geo::is_convex(right));
    EXPECT_TRUE(geo::is_convex(rev(right)));
  }
  // ... and a square walked twice still winds twice with such turns on its vertical edges.
  EXPECT_FALSE(geo::is_convex(PD{{0, 2}, {h, 1}, {0, 0}, {2, 0}, {2, 2}, {0, 2}, {-h, 1}, {0, 0}, {2, 0}, {2, 2}}));
}

#ifndef NDEBUG
// long long |x|,|y| <= 1e9 (edge dot products and cross_sign); floating: finite. Checked for
// every vertex, also where the answer would be decided without it (n < 3).
TEST(PolygonConvexDeathTest, OutOfRangeAsserts) {
  const LL M = 1000000000;
  EXPECT_TRUE(geo::is_convex(PL{{-M, -M}, {M, -M}, {M, M}}));
  EXPECT_DEATH(geo::is_convex(PL{{-M, -M}, {M + 1, -M}, {M, M}}), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::is_convex(PL{{0, 0}, {0, -M - 1}}), "in_range\\(q, 1e9\\)");
  EXPECT_DEATH(geo::is_convex(PD{{0, 0}, {1, 0}, {1, std::nan("")}}), "in_range\\(q, 1e9\\)");
}
#endif

}  // namespace
