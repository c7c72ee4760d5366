// circle/contains.hpp: a point against a circle.
// contains(C, p) -> Where: INSIDE, BOUNDARY, OUTSIDE; it is
//   relation(C, {p, 0}) read as a region (relation.hpp).
// Time: O(1).
// Precision: relation's: long long exact in the coordinate
//   range (docs/eps.md; squares in __int128); floating: eps
//   is a LENGTH, BOUNDARY iff | |p - c| - r | <= eps (the
//   exact answer outside the band eps/2..2eps while
//   |x|,|y|,r <= eps / (24u)).
// Degenerate: r = 0: BOUNDARY only at the centre. Asserts
//   valid(C) and the range of p.
// Source: AOJ CGL_7_A's classification (relation.hpp).
// Tests: unit circle_contains_test; property circle_prop;
//   judge CGL_7_F, CGL_7_G (through tangents.hpp).
#pragma once
#include "../where.hpp"
#include "relation.hpp"

namespace geo {

// relation(C, {p, 0}): -1 (p = c, r = 0) or 3 on C, 0
// inside, 4 outside
template <class T> Where contains(Circle<T> C, Point<T> p) {
  return Where("\1\2\0\0\1"[relation(C, {p, 0}) + 1]);
}

}  // namespace geo
