// Properties of geometry/mst/manhattan.hpp: a spanning tree, the returned weight equals its
// edges' L1 lengths and Kruskal's on all pairs (oracle_delaunay.hpp). Inputs: dense grids
// (points on the octant boundaries dx = +-dy, dx = 0, dy = 0 everywhere, duplicates),
// points on the diagonals, points at the documented maximum |x|,|y| = 1e9, and grids as
// integer-valued doubles (the same weight as long long).
#include "geometry/mst/manhattan.hpp"

#include "generators.hpp"
#include "oracle_delaunay.hpp"
#include "property.hpp"

#include <cmath>
#include <cstdlib>
#include <vector>

namespace {

using geo::Point;
using LL = long long;

void check(const std::vector<Point<LL>>& p) {
  const auto [w, e] = geo::manhattan_mst(p);
  RC_ASSERT(oracle_delaunay::check_spanning_tree(int(p.size()), e) == "");
  LL sum = 0;
  for (auto& x : e)
    sum += std::llabs(p[size_t(x[0])].x - p[size_t(x[1])].x) + std::llabs(p[size_t(x[0])].y - p[size_t(x[1])].y);
  RC_ASSERT(sum == w);
  RC_ASSERT(oracle::Q(w) == oracle_delaunay::mst_weight_manhattan(p));
}

}  // namespace

CPGEO_PROP(ManhattanMstProp, DenseGrids, 400, ()) { check(*geotest::grid_points<LL>(50)); }

CPGEO_PROP(ManhattanMstProp, Diagonals, 150, ()) {
  const auto t = *geotest::sized_vector(geotest::uniform_int(-20, 20), 40);
  std::vector<Point<LL>> p;
  for (LL v : t) p.push_back(v % 2 ? Point<LL>{v, v} : Point<LL>{v, 7 - v});
  check(p);
}

CPGEO_PROP(ManhattanMstProp, AtTheBound, 200, ()) {
  check(*geotest::sized_vector(geotest::mixed_point<LL>(1000000000), 40));
}

CPGEO_PROP(ManhattanMstProp, DoubleMatchesLongLong, 150, ()) {
  // Integer-valued doubles: every sum and difference is exact, so the double run must find a
  // spanning tree of the same (exact) weight.
  const auto p = *geotest::grid_points<LL>(50);
  std::vector<Point<double>> q;
  for (auto& a : p) q.push_back({double(a.x), double(a.y)});
  const auto [w, e] = geo::manhattan_mst(q);
  RC_ASSERT(oracle_delaunay::check_spanning_tree(int(p.size()), e) == "");
  double sum = 0;
  for (auto& x : e) sum += std::abs(q[size_t(x[0])].x - q[size_t(x[1])].x) + std::abs(q[size_t(x[0])].y - q[size_t(x[1])].y);
  RC_ASSERT(sum == w);
  RC_ASSERT(oracle::Q(LL(w)) == oracle_delaunay::mst_weight_manhattan(p));
}
