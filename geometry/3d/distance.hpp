// 3d/distance.hpp: squared distances in space as Dist2
// (dist2.hpp: num / den, exact for exact T) between a point,
// a line, a segment (a plane: sdist, plane.hpp).
// dist2(p, l): point-line, |d x (p - o)|^2 / |d|^2, o the
//   point of l nearer p.
// dist2(p, s): point-segment: the nearer end when the foot
//   falls outside s, else the line's.
// dist2(l, m): line-line: parallel(l, m) (line3.hpp): from
//   m.a to l; else ((m.a - l.a) . n)^2 / |n|^2, n = d1 x d2
//   (skew or intersecting: 0 then).
// dist2(s, t): segment-segment: the lines' distance when the
//   closest points of the lines are inside both segments
//   (not parallel, 0 < ((w x d2) . n) / |n|^2 < 1 and the same
//   with d1, w = t.a - s.a), else the least of the four
//   endpoint-segment distances.
// dist(x, y): sqrt of the value, for each pair (dist2.hpp).
// Time: O(1).
// Precision: long long: dist2(p, l), dist2(p, s) exact in the
//   coordinate range (docs/eps.md, asserted): num = |d x
//   w|^2 <= |d|^2 |w|^2 <= 1.44e38 (Lagrange), den <=
//   1.2e19. dist2(l, m), dist2(s, t): the numerator is of
//   degree 6, so exact for |x|,|y|,|z| <= 5e5 (asserted):
//   |(m.a - l.a) . n| <= (2 sqrt 3 5e5)^3 = 5.2e18 (Hadamard),
//   its square 2.7e37; den = |n|^2 <= 9e24. Dist2's < is
//   exact while den * den' < 1.7e38: point-line/segment
//   values to 1e9, line/segment pairs to |x| <= 1.7e4; else
//   compare value(). dist: relative error <= 3u (u = 2^-53).
//   Floating: dist(p, l), dist(p, s) err by <= 6u |p - o| +
//   2u dist; dist(l, m) of non-parallel lines by ~ 8u |m.a -
//   l.a| |d1| |d2| / |n| (the lines' condition; tested with
//   16u), dist(s, t) by that plus 8u (|m.a - l.a| + |d1| +
//   |d2|) (its ends' point-segment distances).
// Degenerate: a segment may be a point; parallel lines and
//   segments, lines that meet: as above. l's, s's and p's
//   preconditions asserted (line3.hpp).
// Source: cp-geo (vlecomte), 3-D chapter (line3d sqDist,
//   dist of two lines); Eberly, "Distance between two line
//   segments in 3D" (the interior case).
// Tests: unit 3d_distance_test; property 3d_distance_prop.
#pragma once
#include "../dist2.hpp"
#include "line3.hpp"
#include <algorithm>
#include <cassert>

namespace geo {

template <class T> Dist2<T> dist2(Point3<T> p, Line3<T> l) {
  assert(in_range(p, 1e9));
  auto o = dist2(p, l.b) < dist2(p, l.a) ? l.b : l.a;
  return {dir(l).cross(p - o).norm2(), dir(l).norm2()};
}
template <class T> Dist2<T> dist2(Point3<T> p, Segment3<T> s) {
  assert(in_range(s, 1e9) && in_range(p, 1e9));
  if ((s.b - s.a).dot(p - s.a) <= 0) return {dist2(p, s.a), 1};
  if ((s.b - s.a).dot(p - s.b) >= 0) return {dist2(p, s.b), 1};
  return dist2(p, Line3<T>(s));
}
template <class T> Dist2<T> dist2(Line3<T> l, Line3<T> m) {
  assert(in_range(l, 500000) && in_range(m, 500000));
  if (parallel(l, m)) return dist2(m.a, l);
  auto n = dir(l).cross(dir(m));
  auto v = n.dot(m.a - l.a);
  return {v * v, n.norm2()};
}
template <class T>
Dist2<T> dist2(Segment3<T> s, Segment3<T> t) {
  assert(in_range(s, 500000) && in_range(t, 500000));
  auto u = s.b - s.a, v = t.b - t.a, w = t.a - s.a,
       n = u.cross(v);
  auto in = [&](Point3<T> e) {  // 0 < (w x e) . n < |n|^2
    auto k = w.cross(e).dot(n);
    return 0 < k && k < n.norm2();
  };
  if (in(u) && in(v) && !parallel(s, t))
    return dist2(Line3<T>(s), Line3<T>(t));
  return std::min({dist2(s.a, t), dist2(s.b, t), dist2(t.a, s),
                   dist2(t.b, s)});
}

}  // namespace geo
