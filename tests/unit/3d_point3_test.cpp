// Unit tests for geometry/3d/point3.hpp: Point3's members at the 1e9 extremes (cross
// components 8e18, squared lengths 1.2e19 in __int128), unit() (finite for a nonzero vector,
// NaN for zero), and orient3d: the sign convention, the 24 permutations, coplanar and
// coincident points, the eps rule for doubles, and the asserted range.
#include "geometry/3d/point3.hpp"

#include "oracle.hpp"
#include "oracle3d.hpp"
#include "scoped_eps.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <type_traits>

namespace {

using geo::Point3;
using LL = long long;
using PL = Point3<LL>;
using PD = Point3<double>;
using oracle::Q;
using oracle::q;
constexpr LL M = 1000000000;

TEST(Point3, Arithmetic) {
  const PL a(1, 2, 3), b(4, -5, 6);
  EXPECT_EQ(a + b, PL(5, -3, 9));
  EXPECT_EQ(a - b, PL(-3, 7, -3));
  EXPECT_EQ(a * -2, PL(-2, -4, -6));
  EXPECT_EQ(PL(7, -7, 8) / 2, PL(3, -3, 4));  // integral division truncates
  EXPECT_EQ(a.dot(b), 4 - 10 + 18);
  EXPECT_EQ(a.cross(b), PL(27, 6, -13));
  EXPECT_EQ(a.cross(b).dot(a), 0);
  EXPECT_EQ(a.norm2(), 14);
  EXPECT_EQ(dist2(a, b), 9 + 49 + 9);
  EXPECT_DOUBLE_EQ(PL(2, 3, 6).norm(), 7);
  EXPECT_DOUBLE_EQ(dist(PL(1, 1, 1), PL(3, 4, 7)), 7);
  EXPECT_EQ(PD(Point3<LL>(3, -1000000001, 5)), PD(3, -1000000001, 5));
  EXPECT_TRUE((std::is_same<decltype(a.dot(b)), __int128>::value));
  EXPECT_TRUE((std::is_same<decltype(a.norm()), double>::value));
}

TEST(Point3, OrderAndEquality) {
  EXPECT_TRUE(PL(1, 2, 3) < PL(1, 2, 4));
  EXPECT_TRUE(PL(1, 2, 9) < PL(1, 3, 0));
  EXPECT_TRUE(PL(0, 9, 9) < PL(1, 0, 0));
  EXPECT_FALSE(PL(1, 2, 3) < PL(1, 2, 3));
  EXPECT_TRUE(PL(1, 2, 3) != PL(1, 2, 4));
  EXPECT_EQ(PD(0.0, 0.0, 0.0), PD(-0.0, 0.0, 0.0));  // == is exact, -0 == 0
}

TEST(Point3, ExactAtTheBound) {
  // Differences of points at +-1e9 reach 2e9 per coordinate: cross components 8e18 (long
  // long), squared lengths 1.2e19 and dots in __int128.
  const PL u(2 * M, -2 * M, 2 * M), v(2 * M, 2 * M, -2 * M);
  EXPECT_EQ(u.cross(v), PL(0, 8 * M * M, 8 * M * M));
  EXPECT_EQ(dist2(PL(M, M, M), PL(-M, -M, -M)), (__int128)12 * M * M);
  EXPECT_EQ(u.dot(v), -(__int128)4 * M * M);
  const PL w = u.cross(v);  // |w|^2 = 1.28e38 < 1.7e38: still exact
  EXPECT_EQ(oracle::q(w.norm2()), Q(128) * Q(M) * Q(M) * Q(M) * Q(M));
  // vectors to 7e18 per coordinate: norm2 3 * 4.9e37 = 1.47e38 exact
  const LL B = 7000000000000000000LL;
  EXPECT_EQ(oracle::q(PL(B, -B, B).norm2()), Q(3) * Q(B) * Q(B));
  EXPECT_DOUBLE_EQ(PL(B, B, B).norm(), std::sqrt(3.0) * 7e18);
}

TEST(Point3, Unit) {
  const auto u = PL(2, 3, 6).unit();
  EXPECT_TRUE((std::is_same<decltype(u), const PD>::value));
  EXPECT_DOUBLE_EQ(u.x, 2.0 / 7);
  EXPECT_DOUBLE_EQ(u.z, 6.0 / 7);
  // nonzero vectors whose squared length neither underflows nor overflows (the documented
  // range, 1e-154 < |v| < 1e154 for double): finite, length 1
  for (const PD v : {PD(1e-150, 0, 0), PD(3e150, -4e150, 1), PD(1, 1e-20, 0)}) {
    const PD e = v.unit();
    EXPECT_TRUE(std::isfinite(e.x) && std::isfinite(e.y) && std::isfinite(e.z));
    EXPECT_NEAR(e.norm(), 1, 1e-15);
  }
  const PL big(M, -M, M);
  EXPECT_NEAR(big.unit().norm(), 1, 1e-15);
  const PD z = PL().unit();
  EXPECT_TRUE(std::isnan(z.x) && std::isnan(z.y) && std::isnan(z.z));
}

TEST(Orient3d, SignConvention) {
  // a -> b -> c counter-clockwise seen from d: +1 (d on the side of (b-a) x (c-a)).
  EXPECT_EQ(geo::orient3d(PL(0, 0, 0), PL(1, 0, 0), PL(0, 1, 0), PL(0, 0, 1)), 1);
  EXPECT_EQ(geo::orient3d(PL(0, 0, 0), PL(1, 0, 0), PL(0, 1, 0), PL(0, 0, -1)), -1);
  EXPECT_EQ(geo::orient3d(PL(0, 0, 0), PL(1, 0, 0), PL(0, 1, 0), PL(5, -7, 0)), 0);
  EXPECT_EQ(geo::orient3d(PD(0, 0, 0), PD(1, 0, 0), PD(0, 1, 0), PD(0, 0, 1)), 1);
}

template <class P> void all_permutations(const std::array<P, 4>& pts, int want) {
  std::array<int, 4> idx{0, 1, 2, 3};
  int n = 0;
  do {
    int inv = 0;  // parity of the permutation
    for (int i = 0; i < 4; i++)
      for (int j = i + 1; j < 4; j++) inv += idx[i] > idx[j];
    const int s = geo::orient3d(pts[idx[0]], pts[idx[1]], pts[idx[2]], pts[idx[3]]);
    EXPECT_EQ(s, inv % 2 ? -want : want) << idx[0] << idx[1] << idx[2] << idx[3];
    n++;
  } while (std::next_permutation(idx.begin(), idx.end()));
  EXPECT_EQ(n, 24);
}

TEST(Orient3d, PermutationsAtTheBound) {
  // The largest volume in the range: det = (2e9)^3 = 8e27.
  all_permutations<PL>({PL(-M, -M, -M), PL(M, -M, -M), PL(-M, M, -M), PL(-M, -M, M)}, 1);
  // a, b, c on a plane containing (1, 1, 1); d on it (0) and one unit off it.
  const PL a(M, M, M), b(-M, -M, -M), c(M - 4, -M + 4, 0);
  all_permutations<PL>({a, b, c, PL(M - 6, -M + 2, -2)}, 0);
  const PL d(M - 6, -M + 2, -1);
  const int s = oracle3d::orientation(oracle3d::p3(a), oracle3d::p3(b), oracle3d::p3(c),
                                      oracle3d::p3(d));
  EXPECT_NE(s, 0);
  all_permutations<PL>({a, b, c, d}, s);
  // the same tetrahedra in double (every coordinate exact): far from the eps band
  all_permutations<PD>({PD(-1e9, -1e9, -1e9), PD(1e9, -1e9, -1e9), PD(-1e9, 1e9, -1e9),
                        PD(-1e9, -1e9, 1e9)}, 1);
}

TEST(Orient3d, CoincidentAndCollinear) {
  const PL a(1, 2, 3), b(4, 5, 6);
  EXPECT_EQ(geo::orient3d(a, a, b, PL(7, 0, 1)), 0);
  EXPECT_EQ(geo::orient3d(a, b, PL(7, 8, 9), PL(-5, 0, 2)), 0);  // a, b, c collinear
  EXPECT_EQ(geo::orient3d(a, a, a, a), 0);
  all_permutations<PD>({PD(1, 2, 3), PD(1, 2, 3), PD(4, 5, 6), PD(0, 0, 1)}, 0);
  all_permutations<PD>({PD(0.1, 0.2, 0.3), PD(0.4, 0.5, 0.6), PD(0.7, 0.8, 0.9), PD(3, -1, 2)}, 0);
}

TEST(Orient3d, EpsIsTheSmallestAltitude) {
  // Unit right tetrahedron flattened to height h: the smallest altitude is h / |(1,1,h)|-ish;
  // here with d over the middle of a large base, the smallest altitude is the height of d.
  const PD a(0, 0, 0), b(10, 0, 0), c(0, 10, 0);
  EXPECT_EQ(geo::orient3d(a, b, c, PD(2, 2, 0.9e-9)), 0);
  EXPECT_EQ(geo::orient3d(a, b, c, PD(2, 2, -0.9e-9)), 0);
  EXPECT_EQ(geo::orient3d(a, b, c, PD(2, 2, 1.1e-9)), 1);
  EXPECT_EQ(geo::orient3d(a, b, c, PD(2, 2, -1.1e-9)), -1);
  // scaled by 2^20 (eps too): the same answers
  const double k = 1 << 20;
  {
    geotest::ScopedEps<double> e(1e-9 * k);
    EXPECT_EQ(geo::orient3d(a * k, b * k, c * k, PD(2, 2, 0.9e-9) * k), 0);
    EXPECT_EQ(geo::orient3d(a * k, b * k, c * k, PD(2, 2, 1.1e-9) * k), 1);
  }
  // a raw |det| <= eps rule would call this flat tetrahedron with a large base "coplanar"
  // or not depending on scale; the altitude rule depends on the height only
  EXPECT_EQ(geo::orient3d(PD(0, 0, 0), PD(1e4, 0, 0), PD(0, 1e4, 0), PD(1, 1, 1e-6)), 1);
  EXPECT_EQ(geo::orient3d(PD(0, 0, 0), PD(1e-4, 0, 0), PD(0, 1e-4, 0), PD(0, 0, 1e-8)), 1);
}

TEST(Orient3dDeathTest, OutOfRangeAsserts) {
  EXPECT_DEATH((void)geo::orient3d(PL(M + 1, 0, 0), PL(), PL(1, 0, 0), PL(0, 1, 0)),
               "in_range");
  EXPECT_DEATH((void)geo::orient3d(PL(), PL(0, 0, -M - 1), PL(1, 0, 0), PL(0, 1, 0)),
               "in_range");
  EXPECT_DEATH((void)geo::orient3d(PD(), PD(1, 0, 0), PD(0, 1, 0), PD(0, 0, NAN)), "in_range");
  EXPECT_TRUE(geo::in_range(PL(M, -M, M), M));
  EXPECT_FALSE(geo::in_range(PL(0, 0, M + 1), M));
}

// in_range is Point3's own (3-D pastes carry no 2-D Point): every coordinate, both ends of
// long long, and finiteness of each floating coordinate.
TEST(Point3, InRangeEachCoordinate) {
  for (int k = 0; k < 3; k++) {
    const auto at = [k](long long v) { return PL(k == 0 ? v : 0, k == 1 ? v : 0, k == 2 ? v : 0); };
    EXPECT_TRUE(geo::in_range(at(M), M));
    EXPECT_TRUE(geo::in_range(at(-M), M));
    EXPECT_FALSE(geo::in_range(at(M + 1), M));
    EXPECT_FALSE(geo::in_range(at(-M - 1), M));
    EXPECT_FALSE(geo::in_range(at(LLONG_MIN), M));
    EXPECT_FALSE(geo::in_range(at(LLONG_MAX), M));
    const auto fl = [k](double v) { return PD(k == 0 ? v : 0, k == 1 ? v : 0, k == 2 ? v : 0); };
    EXPECT_TRUE(geo::in_range(fl(1e300), 1));  // floating: finite is enough
    EXPECT_FALSE(geo::in_range(fl(INFINITY), 1));
    EXPECT_FALSE(geo::in_range(fl(-INFINITY), 1));
    EXPECT_FALSE(geo::in_range(fl(NAN), 1));
  }
  EXPECT_FALSE(geo::in_range(geo::Point3<long double>(0, 0, -INFINITY), 1));
}

}  // namespace
