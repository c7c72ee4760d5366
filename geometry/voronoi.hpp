// voronoi.hpp: the Voronoi diagram of a point set, each cell clipped to a box.
// voronoi(p, lo, hi) -> cells, cells[i] = the points of the box [lo.x, hi.x] x [lo.y, hi.y]
//   at least as close to p[i] as to every other input point: a convex polygon,
//   counter-clockwise, as Point<real_t<T>> (double for long long); {} when that part of the
//   box is empty (p[i] outside the box, far from it). Duplicates get the same cell; n = 1
//   gives the whole box; all collinear gives parallel slabs. Precondition lo.x < hi.x and
//   lo.y < hi.y (asserted).
// Method: the cell of p[i] is the half-plane intersection (halfplane.hpp) of the box's
//   four sides and the perpendicular bisectors of p[i] and each of its Delaunay neighbours
//   (delaunay.hpp).
// Time O(n log n): Delaunay, then O(d log d) per site of degree d (a site with Theta(n)
//   neighbours, the centre of n cocircular points, costs O(n log n), not O(n^2)).
// Precision: the neighbours are exact (delaunay.hpp). The cell vertices are floating
//   constructions: long long bisectors are exact in double (midpoints of |x| <= 1e9 are
//   halves, directions integers), so each vertex errs by a few u times the cell's size.
//   The half-plane intersection treats a vertex within eps<double> of a bisector as on it
//   (no sliver edges shorter than about eps). A cell with no area (a segment or a point of
//   the box) is returned as {}.
// Source: Voronoi cells as intersections of half-planes and duality with the Delaunay
// triangulation, e.g. de Berg et al., "Computational Geometry", 3rd ed., ch. 7 and 9.
#pragma once
#include "delaunay.hpp"
#include "halfplane.hpp"
#include <cassert>
#include <vector>

namespace geo {

template <class T>
std::vector<std::vector<Point<real_t<T>>>> voronoi(const std::vector<Point<T>>& p, const Point<T>& lo,
                                                   const Point<T>& hi) {
  using R = real_t<T>;
  assert(lo.x < hi.x && lo.y < hi.y && "voronoi: empty box");
  const Triangulation t = delaunay(p);
  std::vector<std::vector<int>> adj(p.size());
  for (const auto& e : t.edges)
    adj[size_t(e[0])].push_back(e[1]), adj[size_t(e[1])].push_back(e[0]);
  auto conv = [](const Point<T>& a) { return Point<R>(static_cast<R>(a.x), static_cast<R>(a.y)); };
  const Point<R> l = conv(lo), h = conv(hi);
  const Point<R> box[4] = {l, {h.x, l.y}, h, {l.x, h.y}};
  std::vector<std::vector<Point<R>>> cells(p.size());
  std::vector<Line<R>> H;
  for (size_t i = 0; i < p.size(); i++) {
    if (t.rep[i] != int(i)) {
      cells[i] = cells[size_t(t.rep[i])];
      continue;
    }
    H.clear();
    for (int k = 0; k < 4; k++) H.push_back({box[k], box[(k + 1) % 4]});
    const Point<R> a = conv(p[i]);
    for (int j : adj[i]) {
      const Point<R> b = conv(p[size_t(j)]), mid = (a + b) / R(2);
      H.push_back({mid, mid + (b - a).perp()});  // keeps the side of a
    }
    cells[i] = halfplane_intersection(H);
    if (cells[i].size() < 3) cells[i].clear();
  }
  return cells;
}

}  // namespace geo
