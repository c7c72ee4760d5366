// union/polygons.hpp: areas of boolean combinations of simple
// polygons (each a vertex list in order, either orientation).
// polygon_cover_area(Ps, k): the area covered by more than k
//   of the polygons Ps (a repeated polygon counts each time).
// polygon_union_area(Ps): k = 0; overlaps, shared edges,
//   nesting and duplicates count once.
// polygon_intersection_area(A, B): |A ∩ B|, k = 1.
// polygon_difference_area(A, B): |A \ B| = |A| - |A ∩ B|, both
//   by the walk below.
// Method: the boundary of the region covered more than k
//   times is made of the pieces of each edge covered by
//   exactly k other polygons; area = sum over them of cross(p
//   - o, q - o) / 2 (Green; o an input vertex, so the rounding
//   does not grow with the distance to the origin). For an
//   edge ab of polygon i, every edge cd of another polygon j
//   crossing the line ab (one end strictly right of it, the
//   other not) opens or closes j along ab (the cover is that
//   of the points just right of ab); an edge of j with i's
//   direction on the same line, for j < i, covers its overlap
//   (of s such shared edges exactly one is kept); an opposite
//   one is left to the crossings (the two then cancel).
// Time: O(N^2 log N), N the total vertex count.
// Precision: sides exact for long long in the coordinate range
//   (docs/eps.md; asserted by area2); floating: eps is a
//   distance, a vertex within eps of the line ab is on it
//   (on_segment.hpp's side, so an edge must be >= 1e-140 long,
//   asserted). The crossing parameters are rounded (real_t):
//   with every vertex on (up to rounding) or >= 2 eps off
//   every other polygon's edge lines, the area errs by <= 64 u
//   (M + D) L, u = 2^-53, M the max |coordinate|, D the
//   diameter, L the total perimeter (twice that for the
//   difference).
// Degenerate: n = 0..2 and zero-area polygons add and cover
//   nothing; repeated vertices are harmless; k >= 0 (k < 0
//   gives 0).
// Source: union area by boundary integration (Green's
//   theorem), a technique of competitive programming
//   notebooks.
// Tests: unit union_polygons_test; property
//   union_polygons_prop.
#pragma once
#include "../on_segment.hpp"
#include "../polygon/area.hpp"
#include <algorithm>
#include <utility>
#include <vector>

namespace geo {

template <class T, class R = real_t<T>, class P = Point<T>>
R polygon_cover_area(std::vector<std::vector<Point<T>>> Ps,
                     int k) {
  P o;  // make each polygon ccw; empty if of zero area
  for (auto& p : Ps) {
    if (area2(p) < 0) std::reverse(p.begin(), p.end());
    if (area2(p) > 0) o = p[0];
    else p.clear();
  }
  R sum = 0;
  for (size_t i = 0; i < Ps.size(); i++)
    for (size_t e = 0, n = Ps[i].size(); e < n; e++) {
      P a = Ps[i][e], b = Ps[i][(e + 1) % n], u = b - a;
      if (a == b) continue;
      std::vector<std::pair<R, int>> ev{{1, 0}};  // ab's end
      for (size_t j = 0; j < Ps.size(); j++)
        for (size_t l = 0, m = Ps[j].size(); l < m && j != i;
             l++) {
          P c = Ps[j][l], d = Ps[j][(l + 1) % m];
          int sc = side(Segment<T>{a, b}, c, eps<T>),
              sd = side(Segment<T>{a, b}, d, eps<T>);
          if (sc != sd && std::min(sc, sd) < 0) {  // crosses
            R ta = R(c.cross(d, a)), tb = R(c.cross(d, b));
            ev.push_back({ta / (ta - tb), sc > sd ? 1 : -1});
          } else if (!sc && !sd && j < i && u.dot(d - c) > 0) {
            R w = R(u.norm2());  // same line and direction
            ev.push_back({R(u.dot(c - a)) / w, 1});
            ev.push_back({R(u.dot(d - a)) / w, -1});
          }
        }
      std::sort(ev.begin(), ev.end());
      R kept = 0, last = 0;  // fraction of ab with cover == k
      int cover = 0;
      for (auto [t, v] : ev) {
        t = std::min(std::max(t, R(0)), R(1));
        if (cover == k) kept += t - last;
        last = t, cover += v;
      }
      sum += R((a - o).cross(b - o)) * kept;
    }
  return sum / 2;
}
template <class T> auto polygon_union_area(
    std::vector<std::vector<Point<T>>> Ps) {
  return polygon_cover_area(Ps, 0);
}
template <class T, class V = std::vector<Point<T>>>
auto polygon_intersection_area(V A, std::vector<Point<T>> B) {
  return polygon_cover_area<T>({A, B}, 1);
}
template <class T, class V = std::vector<Point<T>>>
auto polygon_difference_area(V A, std::vector<Point<T>> B) {
  return polygon_cover_area<T>({A}, 0) -
         polygon_cover_area<T>({A, B}, 1);
}

}  // namespace geo
