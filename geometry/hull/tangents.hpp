// hull/tangents.hpp: the two tangents from an outside point to
// a convex polygon, O(log n).
// tangents(poly, q) -> {a, b}: indices such that the polygon
//   lies left of (or on) the line q -> poly[a] and right of
//   (or on) q -> poly[b]: orient(q, poly[a], x) >= 0 >=
//   orient(q, poly[b], x) for every vertex x. With several
//   vertices on a tangent line, a is the last and b the first
//   of them counter-clockwise. {-1, -1} if q is not outside
//   (inside or on the boundary).
// poly: counter-clockwise, convex, no repeated points,
//   positive area if n >= 3 (asserted at one strict vertex;
//   floating: one vertex beyond eps of its neighbours' line,
//   so a sliver thinner than eps is a precondition failure),
//   collinear vertices allowed anywhere, any start:
//   convex_hull's outputs except the zero-area list.
// Time: O(log n): where_in_convex; the edges q sees form one
//   cyclic run: from a strict vertex (strict_vertex.hpp) find
//   one edge seen and one not (the two edges there, or a
//   binary search of the fan), then binary search each end of
//   the run.
// Precision: long long exact for |x|,|y| <= 4e18 (orient
//   only). Floating: orient's eps, a distance: q must be
//   farther than about eps from the boundary.
// Degenerate: n == 1: {0, 0}; n == 2: the segment's two ends.
// Source: the visible chain of tangents, J. O'Rourke,
//   Computational Geometry in C (1998), 3.7; the searches are
//   this library's.
// Tests: unit hull_tangents_test; property
//   hull_consumers_prop.
#pragma once
#include "point_in_convex.hpp"
#include <cassert>
#include <utility>

namespace geo {

template <class V, class P>
std::pair<int, int> tangents(const V& p, P q) {
  int n = int(p.size()), s = strict_vertex(p),
      o = n == 2 && orient(q, p[0], p[1]) < 0;
  if (n <= 2) return {o, n == 2 && !o};
  assert(s < n);
  if (where_in_convex(p, q)) return {-1, -1};
  auto v = [&](int k) { return p.begin()[(s + k) % n]; };
  // edge i faces q (or q is on its line)
  auto seen = [&](int i) {
    return orient(v(i), v(i + 1), q) < 1;
  };
  int in = seen(0) ? 0 : -1, out = seen(0) ? -1 : 0;
  (seen(n - 1) ? in : out) = n - 1;
  // no out (in): the fan edge hit by the ray q v(0) (v(0) q);
  // if q is behind v(0) on the last edge's line, pass its run
  if (in < 0 || out < 0) {
    int sg = in < 0 ? 1 : -1,
        least = in >= 0 && orient(v(0), v(1), q);
    auto f = [&](int m) {
      return orient(v(0), v(m), q) * sg >= least;
    };
    (in < 0 ? in : out) = last_true(1, n - 1, f);
  }
  if (!seen(in) || seen(out)) return {-1, -1};  // bad input
  // the first i in (f, t] with seen(i) == w
  auto end = [&](int f, int t, bool w) {
    auto g = [&](int m) { return seen(f + m) != w; };
    return (s + f + 1 + last_true(0, (t - f + n) % n, g)) % n;
  };
  return {end(in, out, false), end(out, in, true)};
}

}  // namespace geo
