// Unit tests of geometry/polygon/simple.hpp.
#include "geometry/polygon/simple.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using V = std::vector<P>;

TEST(PolygonSimple, FewVertices) {
  EXPECT_FALSE(geo::is_simple(V{}));
  EXPECT_FALSE(geo::is_simple(V{{0, 0}}));
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {1, 0}}));
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {1, 0}, {0, 1}}));
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {0, 1}, {1, 0}}));  // clockwise
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {1, 0}, {2, 0}}));  // all collinear
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {2, 0}, {1, 0}, {3, 0}}));
}

TEST(PolygonSimple, SquaresAndBowtie) {
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {2, 2}, {2, 0}, {0, 2}}));  // bow tie
}

TEST(PolygonSimple, CollinearVerticesAllowed) {
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}}));
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {0, 1}, {0, 2}, {1, 1}}));  // vertical run
}

TEST(PolygonSimple, RepeatedVertexIsNotSimple) {
  // A zero-length edge: its two neighbours, non-adjacent, share the repeated point.
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {2, 0}, {2, 0}, {0, 2}}));
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {2, 0}, {0, 2}, {0, 0}}));  // closed by repeating P[0]
  // The same point visited twice, not consecutively (a figure touching itself).
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 1}}));
}

TEST(PolygonSimple, SpikesAreNotSimple) {
  // Edge (2,0)->(1,0) folds back onto (0,0)->(2,0).
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {2, 0}, {1, 0}, {1, 1}}));
  // Folding back beyond the start of the previous edge.
  EXPECT_FALSE(geo::is_simple(V{{1, 0}, {2, 0}, {0, 0}, {1, 1}}));
  // A vertical spike, and a spike back to the same point.
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {3, 0}, {3, 2}, {3, 1}, {0, 3}}));
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {3, 0}, {3, 2}, {3, 0}, {0, 3}}));
}

TEST(PolygonSimple, TouchingNonAdjacentEdges) {
  // A dent whose tip (2,0) touches the bottom edge; one unit higher it does not.
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {4, 0}, {4, 4}, {2, 0}, {0, 4}}));
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {4, 0}, {4, 4}, {2, 1}, {0, 4}}));
  // A notch whose bottom (3,0) lies on the bottom edge (4 edges apart).
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {6, 0}, {6, 2}, {4, 2}, {4, 1}, {3, 0}, {2, 1}, {2, 2}, {0, 2}}));
}

TEST(PolygonSimple, VerticalEdgesAndTiesInTheSweep) {
  // Comb: many vertical edges on shared x, vertices level with each other.
  V comb{{0, 0}, {7, 0}, {7, 3}, {6, 3}, {6, 1}, {5, 1}, {5, 3}, {4, 3}, {4, 1}, {3, 1}, {3, 3}, {0, 3}};
  EXPECT_TRUE(geo::is_simple(comb));
  comb[8] = {4, 0};  // a tooth touches the bottom edge
  EXPECT_FALSE(geo::is_simple(comb));
  // Two edges leaving one vertex to the right; a third edge between them that starts later.
  EXPECT_TRUE(geo::is_simple(V{{0, 0}, {4, -4}, {4, -1}, {2, 0}, {4, 1}, {4, 4}}));
  EXPECT_FALSE(geo::is_simple(V{{0, 0}, {4, -4}, {4, -1}, {0, 0}, {4, 1}, {4, 4}}));
}

TEST(PolygonSimple, AtTheBound) {
  const long long M = 1000000000;
  EXPECT_TRUE(geo::is_simple(V{{-M, -M}, {M, -M}, {M, M}, {-M + 1, -M + 1}}));
  // The last vertex one unit off the diagonal: nearly a spike, still simple; on it: not.
  EXPECT_TRUE(geo::is_simple(V{{-M, -M}, {M, M}, {M - 1, M}, {-M + 1, -M + 2}}));
  EXPECT_FALSE(geo::is_simple(V{{-M, -M}, {M, M}, {0, 0}, {-M, M}}));
}

TEST(PolygonSimple, Double) {
  using PD = geo::Point<double>;
  EXPECT_TRUE(geo::is_simple(std::vector<PD>{{0, 0}, {1, 0}, {0.5, 0.25}, {0, 1}}));
  // A vertex 1e-12 from a non-adjacent edge: within eps, touching.
  EXPECT_FALSE(geo::is_simple(std::vector<PD>{{0, 0}, {2, 0}, {2, 2}, {1, 1e-12}, {0, 2}}));
  EXPECT_TRUE(geo::is_simple(std::vector<PD>{{0, 0}, {2, 0}, {2, 2}, {1, 1e-3}, {0, 2}}));
}

#ifndef NDEBUG
TEST(PolygonSimpleDeathTest, OutOfRangeAsserts) {
  const long long M = 1000000000;
  EXPECT_DEATH(geo::is_simple(V{{0, 0}, {M + 1, 0}, {0, 1}}), "in_range");
  using PD = geo::Point<double>;
  EXPECT_DEATH(geo::is_simple(std::vector<PD>{{0, 0}, {1, std::nan("")}, {0, 1}}), "in_range");
}
#endif

}  // namespace
