// union/polygons.hpp: polygon_union_area(Ps): the area of the union of simple polygons
// (each a vertex list in order, either orientation; n = 0..2 or zero-area ones add nothing;
// repeated vertices are harmless). Overlaps, shared edges, nesting and duplicates count once.
// Method: the union's boundary is made of the pieces of each edge covered by no other
// polygon; area = sum over those pieces of cross(p - o, q - o) / 2 (Green; o = an input
// vertex, so the rounding does not grow with the distance to the origin). For an edge ab of
// polygon i, every edge cd of another polygon j crossing the line ab (one end strictly right
// of it, the other not) opens or closes j along ab; an edge of j with i's direction on the
// same line, for j < i, covers its overlap (so a shared edge is kept once); an opposite one
// is left to the crossings (the two then cancel).
// Time O(N^2 log N), N = total vertex count. Sides are side_of (line.hpp): exact for long
// long (|x|,|y| <= 1e9, asserted); floating, eps is a distance: a vertex within eps of the
// line ab is on it (never an eps on a product). The crossing parameters are rounded
// (real_t): with every vertex on (up to rounding) or >= 2 eps off every other polygon's edge
// lines, the area errs by <= 64 u (M + D) L, u = 2^-53, M = max |coordinate|, D the
// diameter, L the total perimeter (the property tests check this bound).
// Source: union area by boundary integration, e.g. the "area of union of polygons"
// technique in competitive programming notebooks; Green's theorem.
#pragma once
#include "../line.hpp"
#include "../polygon/area.hpp"
#include <algorithm>
#include <cassert>
#include <utility>
#include <vector>

namespace geo {

template <class T> real_t<T> polygon_union_area(std::vector<std::vector<Point<T>>> Ps) {
  using R = real_t<T>;
  for (auto& P : Ps) {
    for (size_t k = 0; k < P.size(); k++) assert(in_range(P[k], 1000000000));
    if (area2(P) < 0) std::reverse(P.begin(), P.end());  // counter-clockwise
  }
  Point<T> o;  // any input vertex
  for (const auto& P : Ps)
    if (!P.empty()) o = P[0];
  R total = 0;
  std::vector<std::pair<R, int>> ev;
  for (size_t i = 0; i < Ps.size(); i++) {
    const auto& P = Ps[i];
    if (area2(P) == 0) continue;
    for (size_t k = 0; k < P.size(); k++) {
      const Point<T> a = P[k], b = P[(k + 1) % P.size()], u = b - a;
      if (a == b) continue;
      ev.clear();
      for (size_t j = 0; j < Ps.size(); j++) {
        const auto& Q = Ps[j];
        if (j == i || area2(Q) == 0) continue;
        for (size_t l = 0; l < Q.size(); l++) {
          const Point<T> c = Q[l], d = Q[(l + 1) % Q.size()];
          const int sc = side_of(a, b, c), sd = side_of(a, b, d);
          if (sc != sd && std::min(sc, sd) < 0) {  // cd crosses line ab: j opens or closes
            const R ta = R((d - c).cross(a - c)), tb = R((d - c).cross(b - c));
            ev.push_back({ta / (ta - tb), sc > sd ? 1 : -1});
          } else if (sc == 0 && sd == 0 && j < i && u.dot(d - c) > 0) {  // same line and way
            const R n = R(u.norm2());
            ev.push_back({R(u.dot(c - a)) / n, 1}), ev.push_back({R(u.dot(d - a)) / n, -1});
          }
        }
      }
      std::sort(ev.begin(), ev.end());
      R free = 0, last = 0;  // uncovered length of ab, as a fraction of it
      int cover = 0;
      for (const auto& e : ev) {
        const R t = std::min(std::max(e.first, R(0)), R(1));
        if (cover == 0) free += t - last;
        last = t, cover += e.second;
      }
      if (cover == 0) free += 1 - last;
      total += R((a - o).cross(b - o)) * free;
    }
  }
  return total / 2;
}

}  // namespace geo
