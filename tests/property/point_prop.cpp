// Properties of geometry/point.hpp.
//
// long long at the documented bound |x|,|y| <= 1e9: dot, cross (both forms), norm2 and dist2
//   equal the exact values (so nothing overflowed); cross antisymmetric, dot symmetric,
//   norm2 == dot with itself, perp twice == negation (times -1), perp four times == identity.
// floating: p / p.norm() has exact norm within 4u of 1, u = epsilon/2, for magnitudes
//   2^-200..2^200. angle and rotate (polar.hpp): polar_prop.cpp.
// printing and reading: io_prop.cpp.
#include "geometry/point.hpp"

#include "generators.hpp"
#include "oracle.hpp"
#include "property.hpp"
#include "show.hpp"

#include <climits>
#include <cmath>
#include <limits>

namespace {

using geo::Point;
using geotest::Val;
using oracle::Q;
using oracle::qp;
using LL = long long;
constexpr LL kBound = 1000000000;

}  // namespace

// ================================================================ exact identities

CPGEO_PROP(PointExact, IdentitiesAtBound, 20000, ()) {
  const Point<LL> a = *geotest::bound_mix<LL>(kBound), b = *geotest::bound_mix<LL>(kBound), c = *geotest::bound_mix<LL>(kBound);
  const auto A = qp(a), B = qp(b), C = qp(c);
  RC_ASSERT(oracle::q(a.cross(b)) == oracle::cross(A, B));
  RC_ASSERT(a.cross(b) == -b.cross(a));
  RC_ASSERT(oracle::q(a.dot(b)) == oracle::dot(A, B));
  RC_ASSERT(a.dot(b) == b.dot(a));
  RC_ASSERT(oracle::q(a.cross(b, c)) == oracle::det3(A, B, C));
  RC_ASSERT(a.norm2() == a.dot(a));
  RC_ASSERT(oracle::q(a.norm2()) == oracle::dot(A, A));
  RC_ASSERT(oracle::q(dist2(a, b)) == oracle::dist2(A, B));
  RC_ASSERT(a.perp().perp() == a * -1);
  RC_ASSERT(a.perp().perp().perp().perp() == a);
  RC_ASSERT(a.perp().dot(a) == 0);
  RC_ASSERT(a.cross(a.perp()) == a.norm2());
  RC_ASSERT((a + b) - b == a);
  RC_ASSERT(a * 2 == a + a);
}


// ================================================================ floating


template <class T> void prop_unit_norm() {
  const Point<T> p = *geotest::moderate_point<T>(-200, 200);
  RC_PRE(p.x != 0 || p.y != 0);
  const Point<T> n = p / p.norm();
  const Q n2 = oracle::dot(qp(n), qp(n));
  const Q u = oracle::q(std::numeric_limits<T>::epsilon() / 2);
  const Q lo = (1 - 4 * u) * (1 - 4 * u), hi = (1 + 4 * u) * (1 + 4 * u);
  RC_LOG() << "unit: " << geotest::paste(n) << "\n";
  RC_ASSERT(lo <= n2);
  RC_ASSERT(n2 <= hi);
  // and it points the same way: exact cross 0 is too strong after rounding; same quadrant
  RC_ASSERT((n.x > 0) == (p.x > 0));
  RC_ASSERT((n.y > 0) == (p.y > 0));
}
CPGEO_PROP(PointFloat, UnitNormDouble, 20000, ()) { prop_unit_norm<double>(); }
CPGEO_PROP(PointFloat, UnitNormLongDouble, 10000, ()) { prop_unit_norm<long double>(); }

// ================================================================ the oracle itself

// oracle::q is exact: for double it equals GMP's mpq_set_d (exact by definition); for long
// double it equals the sum of its exact double head and tail (v - head is exact and fits a
// double, since a long double has 11 more mantissa bits than a double).
CPGEO_PROP(Oracle, ExactConversion, 10000, ()) {
  const double d = *geotest::val(geotest::moderate_real<double>(-1000, 1000));
  RC_ASSERT(oracle::q(d) == Q(d));
  const long double v = *geotest::val(geotest::moderate_real<long double>(-1000, 1000));
  const double head = static_cast<double>(v);
  const long double tail = v - static_cast<long double>(head);
  RC_ASSERT(static_cast<long double>(static_cast<double>(tail)) == tail);
  RC_ASSERT(oracle::q(v) == Q(Q(head) + Q(static_cast<double>(tail))));
  const LL i = *geotest::uniform_int(LLONG_MIN, LLONG_MAX);
  RC_ASSERT(oracle::q(i) == Q(oracle::Z(std::to_string(i))));
}
