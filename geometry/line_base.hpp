// line_base.hpp: the types every line header shares.
// Line<T>{a, b}: the infinite line through a != b, directed
//   a -> b (predicates: line.hpp).
// frac_t<T>: type of constructed coordinates: double for
//   integral T (never a truncated lattice point), else T.
// Convert a point with Point<frac_t<T>>(p) (point.hpp).
// Time: O(1).
// Precision: types only.
// Degenerate: none (Line's a != b is asserted by its users).
// Source: cp-geo (vlecomte) ch. 2.
// Tests: unit line_base_test; property line_prop.
#pragma once
#include "point.hpp"
#include <limits>
#include <type_traits>

namespace geo {

template <class T> using frac_t =
    std::conditional_t<std::numeric_limits<T>::is_integer,
                       double, T>;
template <class T> struct Line { Point<T> a, b; };

}  // namespace geo
