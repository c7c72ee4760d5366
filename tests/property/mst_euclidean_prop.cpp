// Properties of geometry/mst/euclidean.hpp: a spanning tree whose sorted exact squared edge
// lengths equal Kruskal's on all pairs (oracle_delaunay.hpp), on dense grids (ties,
// duplicates, collinear), at the documented maximum 1e9, and for integer-valued doubles.
#include "geometry/mst/euclidean.hpp"

#include "generators.hpp"
#include "oracle_delaunay.hpp"
#include "property.hpp"

#include <algorithm>
#include <vector>

namespace {

using geo::Point;
using LL = long long;

template <class T> void check(const std::vector<Point<T>>& p) {
  const auto e = geo::euclidean_mst(p);
  RC_ASSERT(oracle_delaunay::check_spanning_tree(int(p.size()), e) == "");
  std::vector<oracle::Q> got;
  for (auto& x : e) got.push_back(oracle::dist2(oracle::qp(p[size_t(x[0])]), oracle::qp(p[size_t(x[1])])));
  std::sort(got.begin(), got.end());
  RC_ASSERT(got == oracle_delaunay::mst_weights_euclid(p));
}

}  // namespace

CPGEO_PROP(EuclideanMstProp, DenseGrids, 300, ()) { check(*geotest::grid_points<LL>(50)); }

CPGEO_PROP(EuclideanMstProp, AtTheBound, 150, ()) {
  check(*geotest::sized_vector(geotest::mixed_point<LL>(1000000000), 40));
}

CPGEO_PROP(EuclideanMstProp, IntegerValuedDoubles, 150, ()) {
  std::vector<Point<double>> d;
  for (const auto& x : *geotest::grid_points<LL>(50)) d.push_back({double(x.x), double(x.y)});
  check(d);
}
