// Properties of geometry/polar.hpp against the exact diamond-angle order
// (oracle::diamond / oracle::polar_cmp, no half-planes, no cross products).
//
// arg_less is a strict weak ordering (irreflexive, asymmetric, transitive, incomparability
//   transitive) on triples that include the origin, axis points, signed zeros, duplicates
//   and same-direction multiples; it equals polar_cmp < 0 for long long |x|,|y| <= 1e9, 2e9
//   and at the documented cross_sign bound 4e18, and for doubles / long doubles of any moderate
//   magnitude (products within 2^-920..2^982, where cross_sign is documented exact).
// cross_sign equals the sign of the exact cross product on the same inputs, including
//   nearly parallel pairs a few ULPs apart.
// sort_by_arg returns a permutation of its input, sorted per the oracle.
// angle of an integer-valued double vector has the sign of y and is pi exactly on the negative
//   x-axis (never -pi for y = -0.0); rotate(a) then rotate(-a) returns within 1e-12 |p|
//   (exact distance).
#include "geometry/polar.hpp"

#include "generators.hpp"
#include "oracle.hpp"
#include "property.hpp"
#include "show.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo::Point;
using geotest::Triple;
using oracle::qp;
using LL = long long;

// Points around the origin for long long: the special ones (origin, axes, diagonals),
// small grids (duplicates and equal directions), multiples of a small direction, uniform.
rc::Gen<Point<LL>> polar_point_ll(LL R) {
  using namespace geotest;
  return rc::gen::weightedOneOf<Point<LL>>({
      {2, special_point<LL>(R)},
      {2, grid_point<LL>(7, -3)},
      {2, rc::gen::apply([](Point<LL> d, LL k) { return Point<LL>(d.x * k, d.y * k); },
                         grid_point<LL>(5, -2), uniform_int(1, R / 2))},
      {1, bound_point<LL>(R)},
      {3, uniform_point<LL>(R)},
  });
}

// Floating points of moderate magnitude (2^-400..2^431, so that even after near_parallel_to
// scales by 2^+-60 every product stays within 2^-920..2^982, inside cross_sign's documented
// range), plus exact ties: a small integer direction times
// a power of two, so that equal arguments come up often.
template <class T> rc::Gen<Point<T>> polar_point_fp() {
  using namespace geotest;
  return rc::gen::weightedOneOf<Point<T>>({
      {2, special_point<T>(T(1e6))},
      {2, grid_point<T>(7, -3)},
      {2, rc::gen::apply(
              [](Point<T> d, LL e) {
                return Point<T>(std::ldexp(d.x, static_cast<int>(e)), std::ldexp(d.y, static_cast<int>(e)));
              },
              grid_point<T>(5, -2), uniform_int(-400, 400))},
      {4, point_of<T>(moderate_real<T>(-400, 430), moderate_real<T>(-400, 430))},
  });
}

// b close to a's direction: a scaled by 2^e, |e| <= 60, each nonzero coordinate moved up
// to 2 ULPs (a zero stays zero: a ULP of 0 is subnormal, outside cross_sign's range).
template <class T> rc::Gen<Point<T>> near_parallel_to(Point<T> a) {
  using namespace geotest;
  return rc::gen::apply(
      [a](LL e, LL kx, LL ky) {
        const int s = static_cast<int>(e);
        auto move = [](T v, LL k) { return v == 0 ? v : nudge(v, static_cast<int>(k)); };
        return Point<T>(move(std::ldexp(a.x, s), kx), move(std::ldexp(a.y, s), ky));
      },
      uniform_int(-60, 60), uniform_int(-2, 2), uniform_int(-2, 2));
}

template <class T> bool less_exact(const Point<T>& a, const Point<T>& b) {
  return oracle::polar_cmp(qp(a), qp(b)) < 0;
}

template <class T> void check_strict_weak(const Point<T>& a, const Point<T>& b, const Point<T>& c) {
  auto lt = [](const Point<T>& p, const Point<T>& q) { return geo::arg_less(p, q); };
  auto inc = [&](const Point<T>& p, const Point<T>& q) { return !lt(p, q) && !lt(q, p); };
  RC_ASSERT(!lt(a, a));
  RC_ASSERT(!(lt(a, b) && lt(b, a)));
  if (lt(a, b) && lt(b, c)) RC_ASSERT(lt(a, c));
  if (inc(a, b) && inc(b, c)) RC_ASSERT(inc(a, c));
  RC_CLASSIFY(inc(a, b) || inc(b, c) || inc(a, c), "has a tie");
  RC_CLASSIFY(lt(a, b) && lt(b, c), "chain");
}

template <class T> void check_matches_oracle(const Point<T>& a, const Point<T>& b) {
  RC_ASSERT(geo::arg_less(a, b) == less_exact(a, b));
  RC_ASSERT(geo::arg_less(b, a) == less_exact(b, a));
  RC_ASSERT(geo::cross_sign(a, b) == oracle::sign(oracle::cross(qp(a), qp(b))));
}

template <class T> void check_sorted(std::vector<Point<T>> v) {
  std::vector<Point<T>> s = v;
  geo::sort_by_arg(s);
  RC_ASSERT(s.size() == v.size());
  RC_ASSERT(std::is_permutation(s.begin(), s.end(), v.begin()));  // exact ==: same points
  for (std::size_t i = 1; i < s.size(); i++) RC_ASSERT(oracle::polar_cmp(qp(s[i - 1]), qp(s[i])) <= 0);
}

}  // namespace

// ================================================================ strict weak ordering

CPGEO_PROP(ArgLess, StrictWeakOrderLongLong, 20000, ()) {
  const auto g = polar_point_ll(1000000000);
  check_strict_weak(*g, *g, *g);
}
CPGEO_PROP(ArgLess, StrictWeakOrderDouble, 20000, ()) {
  const auto g = polar_point_fp<double>();
  check_strict_weak(*g, *g, *g);
}
CPGEO_PROP(ArgLess, StrictWeakOrderLongDouble, 10000, ()) {
  const auto g = polar_point_fp<long double>();
  check_strict_weak(*g, *g, *g);
}

// ================================================================ exact order

CPGEO_PROP(ArgLess, MatchesOracleLongLong1e9, 20000, ()) {
  const auto g = polar_point_ll(1000000000);
  check_matches_oracle(*g, *g);
}
CPGEO_PROP(ArgLess, MatchesOracleLongLong2e9, 10000, ()) {
  // beyond 2e9 the 64-bit cross product overflows
  const auto g = polar_point_ll(2000000000);
  check_matches_oracle(*g, *g);
}
CPGEO_PROP(ArgLess, MatchesOracleLongLong4e18, 10000, ()) {
  // cross_sign's (and orient's) documented long long bound
  const auto g = polar_point_ll(4000000000000000000);
  check_matches_oracle(*g, *g);
}

template <class T> void prop_matches_oracle_fp() {
  const Point<T> a = *polar_point_fp<T>();
  const bool near = *rc::gen::arbitrary<bool>();
  const Point<T> b = near ? *near_parallel_to(a) : *polar_point_fp<T>();
  check_matches_oracle(a, b);
}
CPGEO_PROP(ArgLess, MatchesOracleDouble, 30000, ()) { prop_matches_oracle_fp<double>(); }
CPGEO_PROP(ArgLess, MatchesOracleLongDouble, 15000, ()) { prop_matches_oracle_fp<long double>(); }

// ================================================================ sort_by_arg

CPGEO_PROP(SortByArg, LongLong, 5000, ()) {
  check_sorted(*geotest::sized_vector(polar_point_ll(1000000000), 60));
}
CPGEO_PROP(SortByArg, LongLongGrid, 5000, ()) { check_sorted(*geotest::grid_points<LL>(60)); }
CPGEO_PROP(SortByArg, Double, 5000, ()) {
  check_sorted(*geotest::sized_vector(polar_point_fp<double>(), 60));
}
CPGEO_PROP(SortByArg, LongDouble, 2500, ()) {
  check_sorted(*geotest::sized_vector(polar_point_fp<long double>(), 60));
}

// ================================================================ the oracle itself

// The diamond order agrees with atan2 wherever atan2's rounding cannot matter (arguments
// more than 1e-9 apart), origin counted as argument 0.
CPGEO_PROP(Oracle, DiamondAgreesWithAtan2, 10000, ()) {
  const auto g = polar_point_ll(1000000000);
  const Point<LL> a = *g, b = *g;
  auto arg = [](const Point<LL>& p) {
    return p.x == 0 && p.y == 0 ? 0.0L : std::atan2(static_cast<long double>(p.y), static_cast<long double>(p.x));
  };
  const long double da = arg(a), db = arg(b);
  RC_PRE(std::fabs(da - db) > 1e-9L || (a.x * b.y == a.y * b.x && (a.x * b.x + a.y * b.y >= 0)));
  const int want = std::fabs(da - db) > 1e-9L ? (da < db ? -1 : 1) : 0;
  RC_ASSERT(oracle::polar_cmp(qp(a), qp(b)) == want);
}

// ================================================================ angle and rotate

CPGEO_PROP(Angle, SignIntegerValuedDoubles, 20000, ()) {
  // angle() of a vector with integer coordinates, given as doubles: the sign of the argument is
  // the sign of y (exact), pi exactly on the negative x-axis, 0 for the zero vector.
  const Point<long long> v = *geotest::bound_mix<long long>(1000000000);
  const Point<double> a(double(v.x), double(v.y));
  const double ang = geo::angle(a);
  RC_ASSERT(ang > -M_PI);
  RC_ASSERT(ang <= M_PI);
  if (v.y != 0) RC_ASSERT((ang > 0) - (ang < 0) == (v.y > 0) - (v.y < 0));
  if (v.y == 0) RC_ASSERT(ang == (v.x < 0 ? M_PI : 0.0));
  if (v.y == 0) RC_ASSERT(geo::angle(Point<double>(a.x, -0.0)) == ang);  // -0.0: never -pi
}

template <class T> void prop_rotate_round_trip() {
  const Point<T> p = *geotest::moderate_point<T>(-200, 200);
  const T a = *geotest::val(geotest::uniform_real<T>(T(10)));
  const Point<T> q = geo::rotate(geo::rotate(p, a), -a);
  const oracle::Q tol = oracle::q(T(1e-12));
  RC_LOG() << "rotated back: " << geotest::paste(q) << "\n";
  RC_ASSERT(oracle::dist2(qp(q), qp(p)) <= tol * tol * oracle::dot(qp(p), qp(p)));
}
CPGEO_PROP(Rotate, RoundTripDouble, 20000, ()) { prop_rotate_round_trip<double>(); }
CPGEO_PROP(Rotate, RoundTripLongDouble, 10000, ()) { prop_rotate_round_trip<long double>(); }
