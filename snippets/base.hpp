// cpgeo base.hpp, hash 6e3ab9; check: cpp -xc++ -dD -P -fpreprocessed FILE | tr -d '[:space:]' | md5sum | cut -c-6
#include <cmath>
#include <limits>
#include <type_traits>

// base.hpp: the scalar layer. Every tolerance decision in cpgeo goes through here.
// eps<T>  a LENGTH. 0 for exact types (integral, multiprecision); GEO_EPS (default 1e-9)
//         for floating ones. Override: #define GEO_EPS 1e-7 before the first include, or
//         assign geo::eps<double> = 1e-7 at run time (exact types ignore it).
// sgn, cmp  exact for exact types; floating: |x| <= eps counts as 0, so apply them to
//         lengths, never to raw products (an area is not a length).
// wide_t<T>  type for degree-3/4 intermediates: __int128 for long long.
// real_t<T>  type of lengths and angles: T if floating, else double.
// Where  a point against a region: OUTSIDE 0, BOUNDARY 1, INSIDE 2 (AOJ CGL_3_C codes).
// Time O(1). Source: the zero-eps-for-integers trick of tourist/algo; vlecomte cp-geo 1.
#ifndef GEO_BASE_HPP
#define GEO_BASE_HPP

#ifndef GEO_EPS
#define GEO_EPS 1e-9
#endif

namespace geo {

template <class T> constexpr bool is_exact_v = std::numeric_limits<T>::is_exact;

template <class T> inline T eps = is_exact_v<T> ? T(0) : T(GEO_EPS);

template <class T> int sgn(const T& x) {
  if constexpr (is_exact_v<T>) return (x > 0) - (x < 0);
  else return (x > eps<T>) - (x < -eps<T>);
}

template <class T> int cmp(const T& a, const T& b) { return sgn(T(a - b)); }

enum Where : int { OUTSIDE = 0, BOUNDARY = 1, INSIDE = 2 };

template <class T> struct wide { using type = T; };
template <> struct wide<long long> { __extension__ typedef __int128 type; };
template <class T> using wide_t = typename wide<T>::type;

template <class T>
using real_t = std::conditional_t<std::is_floating_point<T>::value, T, double>;

// Debug-build precondition: finite if floating; |x| <= bound if a 64-bit integer.
template <class T> bool in_range(const T& x, long long bound) {
  if constexpr (std::is_floating_point<T>::value) return std::isfinite(x);
  else if constexpr (std::is_integral<T>::value && sizeof(T) <= 8) return -bound <= x && x <= bound;
  else return true;
}

}  // namespace geo
#endif
