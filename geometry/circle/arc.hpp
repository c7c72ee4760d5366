// circle/arc.hpp: the arc of circle A inside the closed disc
// B, as an angle interval.
// arc(A, B) -> Point<real_t<T>> {s, l}: the points A.c + A.r
//   (cos t, sin t) for t from s counter-clockwise to s + l, s
//   in [-pi, pi] (angles about A.c from the +x axis):
//   l = 2 pi: all of A (A inside B, equal circles; s = -pi);
//   0 < l < 2 pi: A and B cross (relation 2), the arc is
//     centred on the direction A.c -> B.c;
//   l = 0: one point, the tangency (s its angle): externally
//     tangent, or B inside A touching it;
//   l = -1: none (apart, or B strictly inside A).
//   A of radius 0 (a point): 2 pi inside B or equal to it, 0
//   on B's circle, else -1.
// How: relation.hpp's relation(A, B) and chord(A, B): the arc
//   is arg(B.c - A.c) -+ atan2(h, a).
// Time: O(1).
// Precision: which case: relation's decisions (exact for long
//   long in the coordinate range; floating: eps is a LENGTH,
//   the centre distance against r1 + r2 and |r1 - r2| within
//   eps). Angles: atan2 of exact integers rounded once (long
//   long), chord's a, h as in relation.hpp: a few ulps, but
//   near tangency the true arc end moves by sqrt(error / r).
// Degenerate: concentric: 2 pi if A.r <= B.r, else -1;
//   asserts valid(A), valid(B) (relation).
// Source: the radical line (cp-geo, vlecomte, 6.3); the
//   interval form as in circle-union perimeter code.
// Tests: unit circle_arc_test; property circle_arc_prop.
#pragma once
#include "relation.hpp"
#include <cmath>

namespace geo {

template <class T, class R = real_t<T>>
Point<R> arc(Circle<T> A, Circle<T> B) {
  int k = relation(A, B);
  auto d = Point<R>(B.c - A.c);
  R pi = std::acos(R(-1)), f = std::atan2(d.y, d.x), t;
  if (k == 2) {
    auto [a, h] = chord(A, B);
    t = std::atan2(h, a), f -= t;
    return {f < -pi ? f + 2 * pi : f, 2 * t};
  }
  if (k == 3 || (k == 1 && B.r < A.r)) return {f, 0};
  if (k < 0 || (k < 2 && A.r < B.r)) return {-pi, 2 * pi};
  return {0, -1};
}

}  // namespace geo
