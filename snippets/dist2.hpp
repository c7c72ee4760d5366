// cpgeo dist2.hpp, hash 9203aa; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <type_traits>
#include <cmath>

namespace geo {

// scalar.hpp: the scalar rules every header decides with.
// is_exact_v<T>: T is not floating (integers, multiprecision).
// eps<T>: a LENGTH; 0 for exact T, 1e-9 for floating T;
//   change it at run time: geo::eps<double> = 1e-7 (never
//   for exact T).
// sgn(x): sign with eps (apply it to lengths, never to raw
//   products).
// wide_t<T>: __int128 for integers (degree-3/4 terms), else T.
// real_t<T>: type of lengths and angles (double for exact T).
// Time: O(1) each.
// Precision: sgn is exact for exact T (eps 0: the sign); for
//   floating T, |x| <= eps is 0 (a sound test only for a
//   length whose rounding error is below eps / 2; the ranges:
//   docs/eps.md).
// Degenerate: sgn(NaN) is 0 (NaN compares false).
// Source: tourist's algo library (eps 0 for integers); KACTL
//   (one template for every type).
// Tests: unit scalar_test; property scalar_prop.
#ifndef GEO_SCALAR_HPP
#define GEO_SCALAR_HPP

template <class T> constexpr bool is_exact_v =
    !std::is_floating_point_v<T>;
template <class T> inline T eps = T(is_exact_v<T> ? 0 : 1e-9);
template <class T> int sgn(const T& x) {
  return x > eps<T> ? 1 : x < -eps<T> ? -1 : 0;
}
__extension__ template <class T> using wide_t =  // products
    std::conditional_t<std::is_integral_v<T>, __int128, T>;
template <class T> using real_t =
    std::conditional_t<is_exact_v<T>, double, T>;

#endif

// dist2.hpp: Dist2<T>{num, den}, a squared distance num / den
// (den > 0) in wide_t<T>, exact for exact T: what dist2
// returns for a segment (distance.hpp) or a line
// (line_distance.hpp).
// d.value(): num / den as real_t<T> (3 roundings).
// d.zero(): the distance is <= eps (exact T: == 0).
// d < e: exact comparison (long long: quotients, then
//   remainders < den <= 8e18, so no overflow; floating: the
//   cross products, rounded).
// dist(x, y): sqrt(dist2(x, y).value()) for every such pair
//   (two points keep point.hpp's dist).
// Time: O(1).
// Precision: dist of long long input has relative error <= 3u
//   (u = 2^-53).
// Degenerate: none (den > 0).
// Source: exact fractions as in cp-geo (vlecomte) ch. 2.
// Tests: unit dist2_test; property segment_prop, line_prop.
#ifndef GEO_DIST2_HPP
#define GEO_DIST2_HPP

template <class T> struct Dist2 {
  wide_t<T> num, den;
  real_t<T> value() const {
    return real_t<T>(num) / real_t<T>(den);
  }
  bool zero() const {
    return num <= wide_t<T>(eps<T>) * eps<T> * den;
  }
  bool operator<(const Dist2& o) const {
    if constexpr (std::is_integral_v<T>) {  // no overflow
      auto q = num / den, p = o.num / o.den;
      if (q != p) return q < p;
      return num % den * o.den < o.num % o.den * den;
    }
    return num * o.den < o.num * den;
  }
};

template <class A, class B> auto dist(A x, B y) {
  return std::sqrt(dist2(x, y).value());
}

#endif

}  // namespace geo
