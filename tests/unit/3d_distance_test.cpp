// Unit tests for geometry/3d/distance.hpp: point-line, point-segment, line-line (skew,
// parallel, intersecting), segment-segment (interior closest points, endpoint cases,
// parallel, crossing, zero-length), the exact fractions at the bounds (1e9 for a point,
// 5e5 for two lines or segments), and the asserted ranges.
#include "geometry/3d/distance.hpp"

#include "oracle.hpp"
#include "oracle3d.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Line3;
using geo::Point3;
using geo::Segment3;
using LL = long long;
using PL = Point3<LL>;
using PD = Point3<double>;
using SL = Segment3<LL>;
using LL3 = Line3<LL>;
using oracle::Q;
constexpr LL M = 1000000000, H = 500000;

template <class T> Q q(const geo::Dist2<T>& d) { return oracle::q(d.num) / oracle::q(d.den); }

TEST(Distance3, PointLineAndSegment) {
  const LL3 l{PL(0, 0, 0), PL(2, 0, 0)};
  EXPECT_EQ(q(geo::dist2(PL(5, 3, 4), l)), 25);
  EXPECT_DOUBLE_EQ(geo::dist(PL(5, 3, 4), l), 5);
  const SL s{PL(0, 0, 0), PL(2, 0, 0)};
  EXPECT_EQ(q(geo::dist2(PL(5, 3, 4), s)), 9 + 9 + 16);  // from the end (2, 0, 0)
  EXPECT_EQ(q(geo::dist2(PL(1, 3, 4), s)), 25);           // from the line
  EXPECT_EQ(q(geo::dist2(PL(-1, 0, 0), s)), 1);
  EXPECT_TRUE(geo::dist2(PL(1, 0, 0), s).zero());
  EXPECT_EQ(q(geo::dist2(PL(1, 2, 2), SL{PL(1, 1, 1), PL(1, 1, 1)})), 2);  // a point segment
}

TEST(Distance3, PointAtTheBound) {
  // |d x w|^2 reaches 1.28e38 with cross components 8e18: exact
  const LL3 l{PL(-M, M, -M), PL(M, -M, M)};
  const PL p(-M, -M, M);
  using namespace oracle3d;
  EXPECT_EQ(q(geo::dist2(p, l)), point_line2(p3(p), p3(l.a), p3(l.b)));
  const SL s{PL(-M, M, -M), PL(M, -M, M)};
  EXPECT_EQ(q(geo::dist2(p, s)), point_seg2(p3(p), p3(s.a), p3(s.b)));
  EXPECT_EQ(q(geo::dist2(PL(M, M, M), SL{PL(-M, -M, -M), PL(-M, -M, -M)})), Q(12) * M * M);
}

TEST(Distance3, LineLine) {
  // skew: the x axis and the line y = 3 direction z shifted... distance 3
  const LL3 x{PL(0, 0, 0), PL(1, 0, 0)}, z{PL(7, 3, 0), PL(7, 3, 1)};
  EXPECT_EQ(q(geo::dist2(x, z)), 9);
  EXPECT_EQ(q(geo::dist2(x, LL3{PL(5, 0, 1), PL(5, 0, -2)})), 0);  // intersecting
  EXPECT_EQ(q(geo::dist2(x, LL3{PL(0, 1, 1), PL(9, 1, 1)})), 2);   // parallel
  EXPECT_EQ(q(geo::dist2(x, LL3{PL(4, 0, 0), PL(-2, 0, 0)})), 0);  // the same line
  EXPECT_DOUBLE_EQ(geo::dist(Line3<double>{PD(0, 0, 0), PD(1, 0, 0)},
                             Line3<double>{PD(7, 3, 0), PD(7, 3, 1)}),
                   3);
}

TEST(Distance3, SegmentSegment) {
  const SL s{PL(0, 0, 0), PL(4, 0, 0)};
  EXPECT_EQ(q(geo::dist2(s, SL{PL(2, -1, 3), PL(2, 1, 3)})), 9);   // interior-interior
  EXPECT_EQ(q(geo::dist2(s, SL{PL(6, -1, 3), PL(6, 1, 3)})), 13);  // the lines meet outside s
  EXPECT_EQ(q(geo::dist2(s, SL{PL(2, -1, 0), PL(2, 1, 0)})), 0);   // crossing
  EXPECT_EQ(q(geo::dist2(s, SL{PL(5, 1, 0), PL(9, 1, 0)})), 2);    // parallel, apart
  EXPECT_EQ(q(geo::dist2(s, SL{PL(1, 1, 0), PL(3, 1, 0)})), 1);    // parallel, overlapping
  EXPECT_EQ(q(geo::dist2(s, SL{PL(6, 0, 0), PL(9, 0, 0)})), 4);    // collinear
  EXPECT_EQ(q(geo::dist2(s, SL{PL(2, 3, 4), PL(2, 3, 4)})), 25);   // a point
  EXPECT_EQ(q(geo::dist2(SL{PL(1, 1, 1), PL(1, 1, 1)}, SL{PL(1, 1, 1), PL(1, 1, 1)})), 0);
  EXPECT_DOUBLE_EQ(geo::dist(Segment3<double>{PD(0, 0, 0), PD(4, 0, 0)},
                             Segment3<double>{PD(2, -1, 3), PD(2, 1, 3)}),
                   3);
}

TEST(Distance3, PairsAtTheBound) {
  // |x| <= 5e5: the degree-6 numerator stays below 1.7e38
  using namespace oracle3d;
  const PL a(-H, -H, -H), b(H, H - 1, H), c(H, -H, -H + 1), d(-H, H, H);
  EXPECT_EQ(q(geo::dist2(LL3{a, b}, LL3{c, d})), line_line2(p3(a), p3(b), p3(c), p3(d)));
  EXPECT_EQ(q(geo::dist2(SL{a, b}, SL{c, d})), seg_seg2(p3(a), p3(b), p3(c), p3(d)));
  // two skew diagonals of opposite faces of the cube [-5e5, 5e5]^3: interior closest points
  const PL e(-H, -H, -H), f(H, -H, H), g(-H, H, H), h(H, H, -H);
  EXPECT_EQ(q(geo::dist2(SL{e, f}, SL{g, h})), Q(4) * H * H);
  EXPECT_EQ(q(geo::dist2(LL3{e, f}, LL3{h, g})), Q(4) * H * H);
}

TEST(Distance3DeathTest, Ranges) {
  EXPECT_DEATH((void)geo::dist2(PL(0, 0, M + 1), LL3{PL(), PL(1, 0, 0)}), "in_range");
  EXPECT_DEATH((void)geo::dist2(PL(), SL{PL(), PL(0, -M - 1, 0)}), "in_range");
  EXPECT_DEATH((void)geo::dist2(LL3{PL(), PL(1, 0, 0)}, LL3{PL(0, 1, 0), PL(0, 1, H + 1)}),
               "in_range");
  EXPECT_DEATH((void)geo::dist2(SL{PL(), PL(1, 0, 0)}, SL{PL(0, 1, 0), PL(0, -H - 1, 2)}),
               "in_range");
  EXPECT_DEATH((void)geo::dist2(PL(), LL3{PL(1, 1, 1), PL(1, 1, 1)}), "l.a != l.b");
  EXPECT_DEATH((void)geo::dist2(PD(0, NAN, 0), Segment3<double>{PD(), PD(1, 0, 0)}),
               "in_range");
}

}  // namespace
