// Unit tests of geometry/union/polygons.hpp (hand-computed areas).
#include "geometry/union/polygons.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using P = geo::Point<long long>;
using Poly = std::vector<P>;

Poly square(long long x, long long y, long long s) { return {P(x, y), P(x + s, y), P(x + s, y + s), P(x, y + s)}; }

TEST(UnionPolygons, EmptyAndDegenerate) {
  EXPECT_EQ(geo::polygon_union_area(std::vector<Poly>{}), 0.0);
  EXPECT_EQ(geo::polygon_union_area(std::vector<Poly>{{}, {P(1, 1)}, {P(0, 0), P(3, 3)}}), 0.0);
  EXPECT_EQ(geo::polygon_union_area(std::vector<Poly>{{P(0, 0), P(1, 1), P(2, 2)}}), 0.0);
  EXPECT_EQ(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 3)}), 9.0);
}

TEST(UnionPolygons, OverlapSharedEdgeDuplicates) {
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 2), square(1, 1, 2)}), 7.0);
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 2), square(2, 0, 2)}), 8.0);
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 2), square(0, 0, 2), square(0, 0, 2)}), 4.0);
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 10), square(2, 2, 3)}), 100.0);
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{square(2, 2, 3), square(0, 0, 10)}), 100.0);
  // Partly shared edge, same direction: [0,4]x[0,2] and [1,3]x[0,1].
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{
      {P(0, 0), P(4, 0), P(4, 2), P(0, 2)}, {P(1, 0), P(3, 0), P(3, 1), P(1, 1)}}), 8.0);
}

TEST(UnionPolygons, OrientationAndNonConvex) {
  Poly cw = square(1, 1, 2);
  std::reverse(cw.begin(), cw.end());
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 2), cw}), 7.0);
  // An L shape (area 3) and the unit square filling its notch: 4.
  const Poly L{P(0, 0), P(2, 0), P(2, 1), P(1, 1), P(1, 2), P(0, 2)};
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{L}), 3.0);
  EXPECT_DOUBLE_EQ(geo::polygon_union_area(std::vector<Poly>{L, square(1, 1, 1)}), 4.0);
}

TEST(UnionPolygons, TrianglesNonLatticeCrossings) {
  // Two triangles forming a star of David-like overlap: (0,0),(6,0),(3,6) and (0,4),(6,4),(3,-2).
  const Poly a{P(0, 0), P(6, 0), P(3, 6)}, b{P(0, 4), P(3, -2), P(6, 4)};
  // Union = 18 + 18 - overlap; overlap is the hexagon between y = 0 and y = 4:
  // both are centred on x = 3, widths 6 - y (a) and y + 2 (b), so the overlap is
  // int_0^2 (y + 2) dy + int_2^4 (6 - y) dy = 6 + 6 = 12.
  EXPECT_NEAR(geo::polygon_union_area(std::vector<Poly>{a, b}), 36.0 - 12.0, 1e-9);
}

TEST(UnionPolygons, Double) {
  using PD = geo::Point<double>;
  const std::vector<std::vector<PD>> v{{PD(0, 0), PD(1, 0), PD(1, 1), PD(0, 1)},
                                       {PD(0.5, 0.5), PD(1.5, 0.5), PD(1.5, 1.5), PD(0.5, 1.5)}};
  EXPECT_NEAR(geo::polygon_union_area(v), 1.75, 1e-12);
}

// Sides are decided by a distance to the line, not by a cross product against eps: two
// squares of side 2s overlapping in an s x s square have union 7 s^2 at every scale (the
// cross products are ~s^2, below eps = 1e-9 from s = 3e-5 down), also far from the origin.
TEST(UnionPolygons, DoubleSmallScales) {
  using PD = geo::Point<double>;
  for (double off : {0.0, 1000.0})
    for (double s : {1.0, 1e-4, 1e-5, 1e-7}) {
      auto sq = [&](double x, double y) {
        return std::vector<PD>{PD(off + x, off + y), PD(off + x + 2 * s, off + y), PD(off + x + 2 * s, off + y + 2 * s),
                               PD(off + x, off + y + 2 * s)};
      };
      const std::vector<std::vector<PD>> v{sq(0, 0), sq(s, s)};
      // the rounded offsets move the corners by <= 2^-43 (|x| <= 1024): area error <= 1e-12 s
      EXPECT_NEAR(geo::polygon_union_area(v), 7 * s * s, 1e-12 * s * s + (off > 0 ? 1e-12 * s : 0))
          << "s = " << s << ", offset " << off;
    }
}

TEST(UnionPolygonsDeathTest, CoordinateRangeAndNaN) {
  EXPECT_DEATH(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 2), square(1000000000, 0, 2)}), "");
  using PD = geo::Point<double>;
  const std::vector<std::vector<PD>> v{{PD(0, 0), PD(1, 0), PD(std::nan(""), 1)}};
  EXPECT_DEATH(geo::polygon_union_area(v), "");
}

}  // namespace
