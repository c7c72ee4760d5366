// Unit tests of geometry/union/polygons.hpp (hand-computed areas): union, intersection,
// difference, cover areas.
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

double inter(const Poly& a, const Poly& b) { return geo::polygon_intersection_area(a, b); }
double diff(const Poly& a, const Poly& b) { return geo::polygon_difference_area(a, b); }
Poly rev(Poly p) { return std::reverse(p.begin(), p.end()), p; }

TEST(PolygonBoolean, OverlapNestedDisjointIdentical) {
  for (bool ra : {false, true})
    for (bool rb : {false, true}) {  // either orientation
      auto A = [&](Poly p) { return ra ? rev(p) : p; };
      auto B = [&](Poly p) { return rb ? rev(p) : p; };
      EXPECT_EQ(inter(A(square(0, 0, 2)), B(square(1, 1, 2))), 1.0);
      EXPECT_EQ(diff(A(square(0, 0, 2)), B(square(1, 1, 2))), 3.0);
      EXPECT_EQ(inter(A(square(0, 0, 10)), B(square(2, 2, 3))), 9.0);  // nested
      EXPECT_EQ(inter(A(square(2, 2, 3)), B(square(0, 0, 10))), 9.0);
      EXPECT_EQ(diff(A(square(0, 0, 10)), B(square(2, 2, 3))), 91.0);
      EXPECT_EQ(diff(A(square(2, 2, 3)), B(square(0, 0, 10))), 0.0);
      EXPECT_EQ(inter(A(square(0, 0, 2)), B(square(5, 5, 2))), 0.0);  // disjoint
      EXPECT_EQ(diff(A(square(0, 0, 2)), B(square(5, 5, 2))), 4.0);
      EXPECT_EQ(inter(A(square(0, 0, 2)), B(square(2, 2, 2))), 0.0);  // a shared corner
      EXPECT_EQ(inter(A(square(0, 0, 3)), B(square(0, 0, 3))), 9.0);  // identical
      EXPECT_EQ(diff(A(square(0, 0, 3)), B(square(0, 0, 3))), 0.0);
    }
}

TEST(PolygonBoolean, SharedEdges) {
  // adjacent: the shared edge in opposite directions
  EXPECT_EQ(inter(square(0, 0, 2), square(2, 0, 2)), 0.0);
  EXPECT_EQ(diff(square(0, 0, 2), square(2, 0, 2)), 4.0);
  EXPECT_EQ(inter(square(0, 0, 2), square(2, 1, 2)), 0.0);  // partly shared
  EXPECT_EQ(diff(square(2, 1, 2), square(0, 0, 2)), 4.0);
  // inside, sharing a part of an edge in the same direction: [0,4]x[0,2] and [1,3]x[0,1]
  const Poly big{P(0, 0), P(4, 0), P(4, 2), P(0, 2)}, small{P(1, 0), P(3, 0), P(3, 1), P(1, 1)};
  EXPECT_EQ(inter(big, small), 2.0);
  EXPECT_EQ(inter(small, big), 2.0);
  EXPECT_EQ(diff(big, small), 6.0);
  EXPECT_EQ(diff(small, big), 0.0);
  EXPECT_EQ(inter(big, rev(small)), 2.0);
  // sharing two edges: a square in a corner of another
  EXPECT_EQ(inter(square(0, 0, 4), square(0, 0, 1)), 1.0);
  EXPECT_EQ(diff(square(0, 0, 4), square(0, 0, 1)), 15.0);
}

TEST(PolygonBoolean, NonConvexAndCrossings) {
  const Poly L{P(0, 0), P(2, 0), P(2, 1), P(1, 1), P(1, 2), P(0, 2)};  // area 3
  EXPECT_EQ(inter(L, square(1, 1, 1)), 0.0);  // the notch: two shared edges
  EXPECT_EQ(diff(L, square(1, 1, 1)), 3.0);
  EXPECT_EQ(inter(L, square(0, 0, 2)), 3.0);
  EXPECT_EQ(diff(square(0, 0, 2), L), 1.0);
  EXPECT_EQ(inter(rev(L), square(0, 0, 2)), 3.0);
  // two triangles crossing in a hexagon of area 12 (see TrianglesNonLatticeCrossings)
  const Poly a{P(0, 0), P(6, 0), P(3, 6)}, b{P(0, 4), P(3, -2), P(6, 4)};
  EXPECT_NEAR(inter(a, b), 12.0, 1e-12);
  EXPECT_NEAR(diff(a, b), 6.0, 1e-12);
  EXPECT_NEAR(diff(b, a), 6.0, 1e-12);
  // a comb through a bar: [0,9]x[1,2] against teeth [2k,2k+1]x[0,3] joined below y = 0
  const Poly comb{P(0, -1), P(9, -1), P(9, 3), P(8, 3), P(8, 0), P(7, 0), P(7, 3), P(6, 3), P(6, 0), P(5, 0), P(5, 3), P(4, 3),
          P(4, 0), P(3, 0), P(3, 3), P(2, 3), P(2, 0), P(1, 0), P(1, 3), P(0, 3)};
  const Poly bar{P(-1, 1), P(10, 1), P(10, 2), P(-1, 2)};
  EXPECT_EQ(inter(comb, bar), 5.0);  // teeth [0,1], [2,3], [4,5], [6,7], [8,9]
  EXPECT_EQ(diff(bar, comb), 6.0);
  EXPECT_EQ(geo::area(comb), 24.0);
  EXPECT_EQ(inter(comb, rev(comb)), 24.0);
}

TEST(PolygonBoolean, DegenerateAndCover) {
  const Poly flat{P(0, 0), P(1, 1), P(2, 2)};
  EXPECT_EQ(inter(square(0, 0, 3), flat), 0.0);
  EXPECT_EQ(diff(square(0, 0, 3), flat), 9.0);
  EXPECT_EQ(diff(flat, square(0, 0, 3)), 0.0);
  EXPECT_EQ(inter(Poly{}, square(0, 0, 3)), 0.0);
  EXPECT_EQ(diff(Poly{P(1, 1)}, square(0, 0, 3)), 0.0);
  // cover areas of three squares: more than 0, 1, 2 of them
  const std::vector<Poly> three{square(0, 0, 4), square(2, 0, 4), square(1, 2, 4)};
  EXPECT_EQ(geo::polygon_cover_area(three, 0), geo::polygon_union_area(three));
  EXPECT_EQ(geo::polygon_cover_area(three, 0), 32.0);  // [0,6]x[0,4] u [1,5]x[2,6]
  EXPECT_EQ(geo::polygon_cover_area(three, 1), 12.0);  // 8 + 6 + 6 - 2 x 4
  EXPECT_EQ(geo::polygon_cover_area(three, 2), 4.0);   // [2,4]x[2,4]
  EXPECT_EQ(geo::polygon_cover_area(three, 3), 0.0);
  EXPECT_EQ(geo::polygon_cover_area(std::vector<Poly>{square(0, 0, 2), square(0, 0, 2), square(1, 0, 2)}, 2), 2.0);
}

TEST(PolygonBoolean, DoubleSmallScales) {
  using PD = geo::Point<double>;
  for (double off : {0.0, 1000.0})
    for (double s : {1.0, 1e-4, 1e-7}) {
      auto sq = [&](double x, double y) {
        return std::vector<PD>{PD(off + x, off + y), PD(off + x + 2 * s, off + y), PD(off + x + 2 * s, off + y + 2 * s),
                               PD(off + x, off + y + 2 * s)};
      };
      const double tol = 1e-12 * s * s + (off > 0 ? 1e-12 * s : 0);
      EXPECT_NEAR(geo::polygon_intersection_area(sq(0, 0), sq(s, s)), s * s, tol) << s << " " << off;
      EXPECT_NEAR(geo::polygon_difference_area(sq(0, 0), sq(s, s)), 3 * s * s, 2 * tol) << s << " " << off;
      EXPECT_NEAR(geo::polygon_intersection_area(sq(0, 0), sq(2 * s, 0)), 0, tol) << s << " " << off;
    }
}

TEST(UnionPolygonsDeathTest, CoordinateRangeAndNaN) {
  EXPECT_DEATH(geo::polygon_union_area(std::vector<Poly>{square(0, 0, 2), square(1000000000, 0, 2)}), "");
  using PD = geo::Point<double>;
  const std::vector<std::vector<PD>> v{{PD(0, 0), PD(1, 0), PD(std::nan(""), 1)}};
  EXPECT_DEATH(geo::polygon_union_area(v), "");
  EXPECT_DEATH(geo::polygon_intersection_area(square(0, 0, 2), square(1000000000, 0, 2)), "");
  EXPECT_DEATH(geo::polygon_difference_area(square(0, 0, 2), square(0, -1000000001, 2)), "");
}

}  // namespace
