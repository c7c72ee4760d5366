// Properties of geometry/3d/plane.hpp against tests/support/oracle3d.hpp.
// long long (points to 1e9): value(plane(a, b, c), p) is the exact signed volume
//   ((b - a) x (c - a)) . (p - a) (oracle: 4x4 determinant), side its sign; intersection's
//   decision (one point / parallel / contained) is exact and its point within 4u |x| + 1e-6
//   of the exact one on lattice input; project onto the plane and onto a line equal the
//   exact feet (oracle: the normal equations in the plane's own parameters) within 8u R.
// double (small lattice, exact coordinates): side equals the exact sign (all distances are
//   0 or >= 1/|n| >> eps), sdist within 1e-12 of the exact distance.
// double thin triangles (sides to 2e3, smallest altitude 1e-7 to 1e-1 of the longest side, any
//   direction, corners to 1e3): plane(a, b, c) keeps its vertices (side 0, |sdist| a few u
//   times the coordinates; a cross product rounded as a whole put them up to u L^2 / h off).
#include "geometry/3d/plane.hpp"

#include "gen3d.hpp"
#include "oracle.hpp"
#include "oracle3d.hpp"
#include "property.hpp"

#include <cmath>

namespace {

using geo::Line3;
using geo::Point3;
using geotest::Quad3;
using oracle::Q;
using oracle3d::p3;
using LL = long long;
using LD = long double;
constexpr LL kBound = 1000000000;

rc::Gen<Quad3<LL>> quad_ll(LL B) {
  using namespace geotest;
  return rc::gen::weightedOneOf<Quad3<LL>>({
      {3, quad3_of(uniform_point3<LL>(B))},
      {3, quad3_of(lattice_point3<LL>(3))},
      {2, quad3_of(bound_point3<LL>(B))},
      {2, coplanar_quad_ll(B)},
  });
}

LD err(const Point3<double>& x, const oracle3d::P3& w) {
  return std::sqrt(oracle3d::dist2(p3(x), w).convert_to<LD>());
}

CPGEO_PROP(Plane3Prop, LongLongExact, 2000, ()) {
  const auto g = *quad_ll(kBound);
  using namespace oracle3d;
  const P3 A = p3(g.a), B = p3(g.b), C = p3(g.c), D = p3(g.d);
  RC_PRE(gram2(sub(B, A), sub(C, A)) != 0);
  const auto P = geo::plane(g.a, g.b, g.c);
  const Q v = vol6(A, B, C, D);
  RC_CLASSIFY(v == 0, "on the plane");
  RC_ASSERT(oracle::q(geo::value(P, g.d)) == v);
  RC_ASSERT(geo::side(P, g.d) == v.sign());
  const LD R = 4e9L, u = std::ldexp(1.0L, -53);
  RC_ASSERT(err(geo::project(g.d, P), foot_plane(D, A, B, C)) <= 8 * u * R);
  RC_ASSERT(err(geo::project(g.d, Line3<LL>{g.a, g.b}), foot_line(D, A, B)) <= 8 * u * R);
  // the line c -> d against the plane abc
  RC_PRE(g.c != g.d);
  const auto [k, x] = geo::intersection(Line3<LL>{g.c, g.d}, P);
  const Q rise = vol6(A, B, C, D) - vol6(A, B, C, C);  // n . (d - c)
  const int want = rise != 0 ? 1 : vol6(A, B, C, C) == 0 ? -1 : 0;
  RC_CLASSIFY(want == 1, "one point");
  RC_CLASSIFY(want == -1, "in the plane");
  RC_ASSERT(k == want);
  if (k == 1) {
    const Q t = -vol6(A, B, C, C) / rise;  // c + t (d - c)
    const P3 X = add(C, mul(sub(D, C), t));
    RC_ASSERT(err(x, X) <= 4 * u * std::sqrt(norm2(X).convert_to<LD>()) * 4 + 1e-6L);
  }
}

CPGEO_PROP(Plane3Prop, DoubleLattice, 1500, ()) {
  const auto g = *geotest::quad3_of(geotest::lattice_point3<LL>(5));
  using P = Point3<double>;
  const P a(g.a), b(g.b), c(g.c), d(g.d);
  using namespace oracle3d;
  const P3 A = p3(a), B = p3(b), C = p3(c), D = p3(d);
  RC_PRE(gram2(sub(B, A), sub(C, A)) != 0);
  const auto pl = geo::plane(a, b, c);
  RC_ASSERT(geo::side(pl, d) == orientation(A, B, C, D));
  const LD h = std::sqrt(plane_dist2(D, A, B, C).convert_to<LD>());
  RC_ASSERT(std::fabs(std::fabs(geo::sdist(pl, d)) - h) <= 1e-12L);
}

// Thin double triangles in general directions: a corner a (to 1e3), a unit direction e, b = a +
// L e, c = a + t L e + h w (w a unit vector across e, t in [-1, 2], h = L 10^-k, k = 1..7).
CPGEO_PROP(Plane3Prop, DoubleThinTriangleKeepsItsVertices, 1000, ()) {
  using P = Point3<double>;
  const P a(*geotest::uniform_real<double>(1e3), *geotest::uniform_real<double>(1e3),
            *geotest::uniform_real<double>(1e3));
  const P r(*geotest::uniform_real<double>(1), *geotest::uniform_real<double>(1), *geotest::uniform_real<double>(1)),
      s(*geotest::uniform_real<double>(1), *geotest::uniform_real<double>(1), *geotest::uniform_real<double>(1));
  RC_PRE(r.norm2() > 1e-2 && r.cross(s).norm2() > 1e-2);
  const P e = r.unit(), w = e.cross(s).unit();
  const double L = std::pow(10.0, double(*geotest::uniform_int(-3, 3))) * 2;
  const double t = double(*geotest::uniform_int(-100, 200)) / 100;
  const double h = L * std::pow(10.0, -double(*geotest::uniform_int(1, 7)));
  const P b = a + e * L, c = a + e * (t * L) + w * h;
  RC_LOG() << "a " << a.x << " " << a.y << " " << a.z << " L " << L << " t " << t << " h " << h;
  const auto pl = geo::plane(a, b, c);
  const double u = std::ldexp(1.0, -53);
  for (const P& x : {a, b, c}) {
    RC_ASSERT(geo::side(pl, x) == 0);
    RC_ASSERT(std::fabs(geo::sdist(pl, x)) <= 16 * u * (a.norm() + x.norm()));
  }
  RC_ASSERT(geo::intersection(Line3<double>{a, c}, pl).first == -1);
}

}  // namespace
