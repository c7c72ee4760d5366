// Properties of geometry/polygon/area.hpp and centroid.hpp against oracle_polygon.hpp.
// long long: area2 equals the exact trapezoid sum for any vertex list at |x|,|y| <= 1e9
//   (fan partial sums beyond the long long range included); orientation is its sign;
//   centroid is within 10 u max|x| of the exact rational centroid (simple polygons).
// mpq_rational: the library run with an exact type equals the oracle exactly.
// double: integer-valued polygons times 2^k: area2 exact, orientation exact; at 1e9
//   the error of area2 is below (n + 3) eps times the sum of |cross product terms|.
#include "geometry/polygon/area.hpp"
#include "geometry/polygon/centroid.hpp"

#include "generators.hpp"
#include "oracle_polygon.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"

#include <cmath>
#include <limits>

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;
using Q = oracle::Q;

rc::Gen<LL> range_choice() { return rc::gen::element<LL>(6, 1000, 1000000000); }

CPGEO_PROP(PolygonAreaProp, Area2ExactAnyVertexList, 600, ()) {
  const LL R = *range_choice();
  const Poly P = *geotest::sized_vector(geotest::mixed_point<LL>(R), 16);
  const Q want = oracle::twice_area(oracle::qpoly(P));
  RC_ASSERT(oracle::q(geo::area2(P)) == want);
  RC_ASSERT(geo::orientation(P) == oracle::sign(want));
}

CPGEO_PROP(PolygonAreaProp, SimplePolygonsAndCentroid, 600, ()) {
  const LL R = *range_choice();
  const Poly P = *geotest::simple_polygon(R);
  const auto QPl = oracle::qpoly(P);
  const Q want = oracle::twice_area(QPl);
  RC_ASSERT(oracle::q(geo::area2(P)) == want);
  RC_ASSERT(want != 0);  // a simple polygon has area
  RC_ASSERT(geo::orientation(P) == oracle::sign(want));
  RC_ASSERT(geo::orientation(geotest::reversed(P)) == -oracle::sign(want));
  const Point<double> c = geo::centroid(P);
  const oracle::QP e = oracle::centroid(QPl);
  LL m = 1;
  for (auto& p : P) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  const double tol = 10 * std::numeric_limits<double>::epsilon() / 2 * static_cast<double>(m);
  RC_ASSERT(std::abs(c.x - e.x.convert_to<double>()) <= tol);
  RC_ASSERT(std::abs(c.y - e.y.convert_to<double>()) <= tol);
}

CPGEO_PROP(PolygonAreaProp, ExactTypeRun, 200, ()) {
  const Poly P = *geotest::simple_polygon(1000);
  std::vector<Point<Q>> QPl;
  for (auto& p : P) QPl.push_back(Point<Q>(Q(p.x) / 7, Q(p.y) / 3));
  RC_ASSERT(geo::area2(QPl) == oracle::twice_area(oracle::qpoly(QPl)));
  RC_ASSERT(geo::orientation(QPl) == oracle::sign(oracle::twice_area(oracle::qpoly(QPl))));
}

CPGEO_PROP(PolygonAreaProp, FloatingIntegerValued, 600, ()) {
  const Poly P = *geotest::simple_polygon(1000);
  const int k = static_cast<int>(*geotest::uniform_int(-40, 39));
  const Q want = oracle::twice_area(oracle::qpoly(P)) * Q(std::ldexp(1.0, k)) * Q(std::ldexp(1.0, k));
  const auto D = geotest::to_floating<double>(P, k);
  const auto L = geotest::to_floating<long double>(P, k);
  RC_ASSERT(oracle::q(geo::area2(D)) == want);
  RC_ASSERT(oracle::q(geo::area2(L)) == want);
  // eps scaled with the coordinates: orientation is exact
  const double saved = geo::eps<double>;
  geo::eps<double> = std::ldexp(1e-9, k);
  const int o = geo::orientation(D);
  geo::eps<double> = saved;
  RC_ASSERT(o == oracle::sign(want));
}

CPGEO_PROP(PolygonAreaProp, FloatingAtMaximum, 400, ()) {
  const Poly P = *geotest::simple_polygon(1000000000);
  const auto D = geotest::to_floating<double>(P);
  const Q want = oracle::twice_area(oracle::qpoly(P));
  // each fan term u x v errs by <= 2u (|u.x v.y| + |u.y v.x|) (plus u |u|, u |v| from the
  // differences), the sum by n u times the sum of |terms|: bound by (n + 3) eps times
  // the sum of the products' magnitudes.
  Q abs_terms = 0;
  for (size_t i = 1; i + 1 < P.size(); i++) {
    const Q ux = Q(P[i].x) - Q(P[0].x), uy = Q(P[i].y) - Q(P[0].y);
    const Q vx = Q(P[i + 1].x) - Q(P[0].x), vy = Q(P[i + 1].y) - Q(P[0].y);
    abs_terms += abs(Q(ux * vy)) + abs(Q(uy * vx));
  }
  const Q err = oracle::q(geo::area2(D)) - want;
  const Q bound = abs_terms * Q(static_cast<long>(P.size() + 3)) * oracle::q(std::numeric_limits<double>::epsilon());
  RC_ASSERT((err < 0 ? Q(-err) : err) <= bound);
}

}  // namespace
