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
#pragma once
#include "scalar.hpp"
#include <cmath>
#include <type_traits>

namespace geo {

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

}  // namespace geo
