// Properties of geometry/scalar.hpp.
//
// sgn against the exact oracle: for double and long double, sgn(x) is +1 iff the rational
//   value of x exceeds that of eps<T>, -1 iff it is below -eps<T>, else 0, for x drawn around
//   eps (m 2^e with e within 8 binades of eps, and eps itself nudged by a few ulps) and far
//   from it, with eps<T> drawn too (1e-12 .. 1e-3, assigned at run time and restored); odd
//   (sgn(-x) == -sgn(x)). Exact types (long long, __int128, rationals): sgn is the exact sign
//   of the value, whatever eps<double> is.
// wide_t<long long>: a product of three values up to 2e9 equals the exact product.
#include "geometry/scalar.hpp"

#include "generators.hpp"
#include "oracle.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"

#include <cmath>
#include <limits>

namespace {

using oracle::Q;

template <class T> rc::Gen<T> around_eps() {  // values whose sign with eps is in question
  return rc::gen::weightedOneOf<T>({
      {4, rc::gen::apply(
              [](T m, long long de, bool neg) {
                const T v = std::ldexp(1 + m, std::ilogb(geo::eps<T>) + int(de));
                return neg ? -v : v;
              },
              geotest::uniform_unit<T>(), geotest::uniform_int(-8, 8), rc::gen::arbitrary<bool>())},
      {2, rc::gen::apply(
              [](long long k, bool neg) {
                const T v = geotest::nudge(geo::eps<T>, int(k));
                return neg ? -v : v;
              },
              geotest::uniform_int(-3, 3), rc::gen::arbitrary<bool>())},
      {2, geotest::moderate_real<T>()},
  });
}

template <class T> void prop_sgn_floating() {
  const T e = *geotest::log_uniform<T>(T(1e-12), T(1e-3));
  geotest::ScopedEps<T> scoped(e < 0 ? -e : e);
  const T x = *around_eps<T>();
  const Q qx = oracle::q(x), qe = oracle::q(geo::eps<T>);
  const int want = qx > qe ? 1 : qx < -qe ? -1 : 0;
  RC_LOG() << "x = " << x << ", eps = " << geo::eps<T> << "\n";
  RC_ASSERT(geo::sgn(x) == want);
  RC_ASSERT(geo::sgn(-x) == -want);
}
CPGEO_PROP(ScalarFloat, SgnDoubleAgainstExact, 20000, ()) { prop_sgn_floating<double>(); }
CPGEO_PROP(ScalarFloat, SgnLongDoubleAgainstExact, 10000, ()) { prop_sgn_floating<long double>(); }

CPGEO_PROP(ScalarExact, SgnIsTheExactSign, 10000, ()) {
  geotest::ScopedEps<double> scoped(0.5);  // another type's eps changes nothing here
  const long long a = *rc::gen::arbitrary<long long>(), b = *geotest::uniform_int(1, 1000000000);
  const Q q = Q(a) / b;
  const int want = q > 0 ? 1 : q < 0 ? -1 : 0;
  RC_ASSERT(geo::sgn(a) == (a > 0) - (a < 0));
  RC_ASSERT(geo::sgn(q) == want);
  __extension__ typedef __int128 i128;
  const i128 w = i128(a) * b;
  RC_ASSERT(geo::sgn(w) == (a > 0) - (a < 0));
}

CPGEO_PROP(ScalarExact, WideProductOfThreeIsExact, 10000, ()) {
  const long long B = 2000000000;
  const long long a = *geotest::uniform_int(-B, B), b = *geotest::uniform_int(-B, B),
                  c = *geotest::uniform_int(-B, B);
  const geo::wide_t<long long> p = geo::wide_t<long long>(a) * b * c;  // |p| <= 8e27
  RC_ASSERT(oracle::q(p) == Q(a) * Q(b) * Q(c));
}

}  // namespace
