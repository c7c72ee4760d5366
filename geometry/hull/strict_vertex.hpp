// hull/strict_vertex.hpp: where the O(log n) searches on a
// convex polygon start.
// strict_vertex(poly): for n >= 3, the index of a vertex whose
//   neighbours are not collinear with it: 0 if poly[0] is one,
//   else the far end of the run of vertices ahead of poly[0]
//   on its edge's line; n if every vertex is on that line (the
//   zero-area list of convex_hull<true>); 0 if n <= 2.
//   poly: a random-access container (std::vector) of points,
//   counter-clockwise, convex, no repeated points,
//   collinear vertices allowed anywhere, any start. Debug
//   builds assert a left turn at the vertex returned (< n).
// last_true(l, h, f): binary search, for f true on (l, k] and
//   false on (k, h): returns k (l if f(l + 1) is false). f(l)
//   and f(h) are never called.
// Time: strict_vertex O(1) if poly[0] is strict, else O(log
//   n); last_true O(log(h - l)) calls of f.
// Precision: long long exact for |x|,|y| <= 4e18 (orient,
//   cross_sign). Floating: orient's eps decides collinearity.
// Degenerate: n <= 2 -> 0; all vertices collinear -> n.
// Source: this library's.
// Tests: unit hull_strict_vertex_test; property
//   hull_consumers_prop (through every hull/ consumer).
#pragma once
#include "../orient.hpp"
#include <cassert>

namespace geo {

template <class F> int last_true(int l, int h, F f) {
  for (int m; h - l > 1; (f(m) ? l : h) = m) m = (l + h) / 2;
  return l;
}

template <class V> int strict_vertex(const V& p) {
  int n = int(p.size()), s = 0;
  if (n < 3) return 0;
  // p[k] on the line p[n-1] p[0], past p[0] (towards p[1])
  auto on = [&, b = p.begin()](int k) {
    return !orient(p.back(), p[0], b[k]) &&
           cross_sign((p[1] - p[0]).perp(), b[k] - p[0]) < 0;
  };
  if (on(1) && (s = last_true(1, n, on)) == n - 1) return n;
  // a left turn at p[s]: p[s + 1] is left of p[s]'s run
  assert(orient(p.back(), p[0], p.begin()[s + 1]) > 0);
  return s;
}

}  // namespace geo
