// Unit tests for geometry/3d/plane.hpp: plane from three points and from a normal and offset,
// value/side exact at the 1e9 bound, sdist, both projections, the line-plane intersection
// (one point, parallel and apart, contained; the eps rule for doubles), a thin double triangle
// that keeps its vertices on its plane, the angle, and the asserted preconditions.
#include "geometry/3d/plane.hpp"

#include "oracle.hpp"
#include "oracle3d.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::Line3;
using geo::Plane3;
using geo::Point3;
using LL = long long;
using PL = Point3<LL>;
using PD = Point3<double>;
using oracle::Q;
constexpr LL M = 1000000000;
const double kPi = std::acos(-1.0);

TEST(Plane3, FromPointsAndFromNormal) {
  const auto P = geo::plane(PL(0, 0, 0), PL(1, 0, 0), PL(0, 1, 0));  // z = 0, normal +z
  EXPECT_EQ(P.n, PL(0, 0, 1));
  EXPECT_EQ(P.d, 0);
  EXPECT_EQ(geo::side(P, PL(5, 5, 3)), 1);
  EXPECT_EQ(geo::side(P, PL(5, 5, -3)), -1);
  EXPECT_EQ(geo::side(P, PL(-7, 9, 0)), 0);
  const Plane3<LL> Q2{PL(1, 2, 2), 9};  // x + 2y + 2z = 9
  EXPECT_EQ(geo::value(Q2, PL(1, 1, 1)), -4);
  EXPECT_DOUBLE_EQ(geo::sdist(Q2, PL(1, 1, 1)), -4.0 / 3);
  EXPECT_EQ(geo::side(Q2, PL(1, 2, 2)), 0);
}

TEST(Plane3, SideExactAtTheBound) {
  const PL a(-M, -M, -M), b(M, M, M - 1), c(M, -M, M);
  const auto P = geo::plane(a, b, c);
  for (const PL p : {PL(M, M, M), PL(-M, M, -M), PL(M - 1, M, M), PL(0, 0, 0), PL(M, M, -M)}) {
    using namespace oracle3d;
    const Q v = vol6(p3(a), p3(b), p3(c), p3(p));  // ((b-a) x (c-a)) . (p - a)
    EXPECT_EQ(oracle::q(geo::value(P, p)), v);
    EXPECT_EQ(geo::side(P, p), v.sign());
  }
}

TEST(Plane3, Projections) {
  const Plane3<LL> P{PL(0, 0, 2), 6};  // z = 3
  EXPECT_EQ(geo::project(PL(4, -5, 10), P), PD(4, -5, 3));
  const auto f = geo::project(PD(0.5, 1, 2), geo::plane(PD(0, 0, 0), PD(1, 1, 1), PD(1, 0, 0)));
  EXPECT_NEAR(f.y - f.z, 0, 1e-15);  // the plane y = z
  EXPECT_NEAR(f.y, 1.5, 1e-15);
  const Line3<LL> l{PL(1, 1, 1), PL(3, 1, 1)};  // parallel to x
  EXPECT_EQ(geo::project(PL(7, 4, -2), l), PD(7, 1, 1));
  const PD g = geo::project(PL(-M, M, M), Line3<LL>{PL(-M, -M, -M), PL(M, M, M)});
  EXPECT_NEAR(g.x, M / 3.0, 1e-6);  // t = 8e18 / 1.2e19 = 2/3, exact parts
  EXPECT_NEAR(g.z, M / 3.0, 1e-6);
}

TEST(Plane3, LineIntersection) {
  const Plane3<LL> P{PL(0, 0, 1), 2};  // z = 2
  auto [k, x] = geo::intersection(Line3<LL>{PL(0, 0, 0), PL(1, 2, 4)}, P);
  EXPECT_EQ(k, 1);
  EXPECT_EQ(x, PD(0.5, 1, 2));
  EXPECT_EQ(geo::intersection(Line3<LL>{PL(0, 0, 0), PL(1, 2, 0)}, P).first, 0);  // parallel
  EXPECT_EQ(geo::intersection(Line3<LL>{PL(0, 0, 2), PL(1, 2, 2)}, P).first, -1);  // in P
  // doubles: a rise below eps over the defining segment is parallel, above it crosses
  const Plane3<double> D{PD(0, 0, 1), 2};
  EXPECT_EQ(geo::intersection(Line3<double>{PD(0, 0, 0), PD(1, 0, 0.5e-9)}, D).first, 0);
  EXPECT_EQ(geo::intersection(Line3<double>{PD(0, 0, 2), PD(1, 0, 2 + 0.5e-9)}, D).first, -1);
  auto [j, y] = geo::intersection(Line3<double>{PD(0, 0, 0), PD(1, 0, 2e-9)}, D);
  EXPECT_EQ(j, 1);
  EXPECT_NEAR(y.x, 1e9, 1e-6 * 1e9);
}

// A thin double triangle at 1e3 (sides about 1e3, smallest altitude 5.2e-3, so 5e6 eps): with
// the cross product rounded as a whole its normal tilted by ~u L / h and the vertices b and c
// lay 1.2e-8 and 2.3e-8 off their own plane, so side() said -1 and the line ac crossed it.
TEST(Plane3, ThinDoubleTriangleKeepsItsVertices) {
  const PD a(0x1.1cdf4527802cp+9, 0x1.feabf70ddfd6cp+8, 0x1.fd601978e5c8p+6),
      b(0x1.1ffe8f0df46dcp+10, -0x1.908313860d72p+6, 0x1.4bf774f508448p+9),
      c(0x1.a66f5097fd22ap+10, -0x1.4c220718966e7p+9, 0x1.21e2c36c1b645p+10);
  const auto P = geo::plane(a, b, c);
  for (const PD& x : {a, b, c}) {
    EXPECT_EQ(geo::side(P, x), 0);
    EXPECT_LE(std::fabs(geo::sdist(P, x)), 1e-12);
  }
  EXPECT_EQ(geo::intersection(Line3<double>{a, c}, P).first, -1);  // the line ac lies in it
  const PD f = geo::project(c, P);
  EXPECT_LE((f - c).norm(), 1e-12);
}

TEST(Plane3, Angle) {
  const Plane3<LL> xy{PL(0, 0, 1), 0}, xz{PL(0, 5, 0), 1}, d{PL(0, 1, 1), 0};
  EXPECT_NEAR(geo::angle(xy, xz), kPi / 2, 1e-15);
  EXPECT_NEAR(geo::angle(xy, d), kPi / 4, 1e-15);
  EXPECT_EQ(geo::angle(xy, Plane3<LL>{PL(0, 0, -3), 7}), 0);  // parallel, opposite normals
  // tiny angles are accurate (atan2, not acos)
  const Plane3<double> e{PD(0, 1e-12, 1), 0};
  EXPECT_NEAR(geo::angle(Plane3<double>{PD(0, 0, 1), 0}, e), 1e-12, 1e-27);
}

TEST(Plane3DeathTest, Preconditions) {
  const auto flat = geo::plane(PL(0, 0, 0), PL(1, 1, 1), PL(2, 2, 2));  // collinear: n = 0
  EXPECT_DEATH((void)geo::side(flat, PL(1, 0, 0)), "P.n != Point3<T>");
  EXPECT_DEATH((void)geo::plane(PL(0, 0, 0), PL(1, 0, 0), PL(0, M + 1, 0)), "in_range");
  const Plane3<LL> P{PL(0, 0, 1), 0};
  EXPECT_DEATH((void)geo::side(P, PL(0, 0, -M - 1)), "in_range");
  EXPECT_DEATH((void)geo::intersection(Line3<LL>{PL(1, 1, 1), PL(1, 1, 1)}, P), "l.a != l.b");
  EXPECT_DEATH((void)geo::project(PD(0, 0, NAN), Line3<double>{PD(), PD(1, 0, 0)}), "in_range");
}

}  // namespace
