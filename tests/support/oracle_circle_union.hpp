// oracle_circle_union.hpp: the perimeter of a union of circles (geometry/circle/union.hpp's
// union_perimeter), tests only. Independence (oracle.hpp's rule): no geo:: call. Method
// (the library instead merges angular intervals covered by each crossing circle):
//   every circle of positive radius, after dropping equal copies (the first one stays), is
//   cut at all its common points with the other circles (oracle_circle::circle_points: the
//   radical line in exact rationals, the roots in F = 50 digits; tangent points included);
//   each arc between consecutive cut angles is on the union's boundary iff its MIDPOINT is
//   strictly inside no other circle (a brute-force test over all circles in F: the
//   midpoint of an arc between consecutive cuts is never on another circle's boundary);
//   the perimeter sums r x (angle of the arc) over the boundary arcs. Holes count.
//   union_perimeter(C)   that sum, in F.
#pragma once
#include "oracle_circle.hpp"
#include <algorithm>
#include <vector>

namespace oracle_circle {

inline F union_perimeter(const std::vector<OC>& C) {
  auto equal = [](const OC& u, const OC& v) { return u.c.x == v.c.x && u.c.y == v.c.y && u.r == v.r; };
  F total = 0;
  for (size_t i = 0; i < C.size(); i++) {
    bool skip = C[i].r == 0;
    for (size_t j = 0; j < i && !skip; j++) skip = equal(C[i], C[j]);
    if (skip) continue;
    const FP c = fp(C[i].c);
    const F r = f(C[i].r);
    std::vector<F> cuts{-pi(), pi()};
    for (size_t j = 0; j < C.size(); j++)
      if (j != i && !equal(C[i], C[j]))
        for (const FP& p : circle_points(C[i], C[j])) cuts.push_back(atan2(p.y - c.y, p.x - c.x));
    std::sort(cuts.begin(), cuts.end());
    for (size_t k = 0; k + 1 < cuts.size(); k++) {
      if (!(cuts[k + 1] > cuts[k])) continue;
      const F mid = (cuts[k] + cuts[k + 1]) / 2, mx = c.x + r * cos(mid), my = c.y + r * sin(mid);
      bool covered = false;
      for (size_t j = 0; j < C.size() && !covered; j++) {
        if (j == i || equal(C[i], C[j]) || C[j].r == 0) continue;
        const F dx = mx - f(C[j].c.x), dy = my - f(C[j].c.y), rj = f(C[j].r);
        covered = dx * dx + dy * dy < rj * rj;
      }
      if (!covered) total += r * (cuts[k + 1] - cuts[k]);
    }
  }
  return total;
}

}  // namespace oracle_circle
