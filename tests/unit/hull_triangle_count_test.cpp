// hull/triangle_count.hpp: points strictly inside triangles of another set (copies, points
// on an edge, any vertex order, a degenerate triangle).
#include "geometry/hull/triangle_count.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using V = std::vector<geo::Point<long long>>;

TEST(HullTriangleCount, StrictInteriorOnly) {
  const V A{{0, 0}, {4, 0}, {0, 4}, {4, 4}};
  const V B{{1, 1}, {2, 2}, {3, 3}, {2, 0}, {0, 0}, {1, 2}, {1, 1}};
  const geo::TriangleCount<long long> tc(A, B);
  EXPECT_EQ(tc.count(0, 1, 2), 3);  // (1,1) twice and (1,2); (2,2) is on the hypotenuse
  EXPECT_EQ(tc.count(2, 1, 0), 3);  // any order
  EXPECT_EQ(tc.count(1, 2, 3), 1);  // (3,3)
  EXPECT_EQ(tc.count(0, 1, 3), 0);  // (1,1) and (2,2), (3,3) on the diagonal
  EXPECT_EQ(tc.count(0, 0, 1), 0);  // degenerate
}

}  // namespace
