// Properties of layers.hpp and triangle_count.hpp against exact brute force:
//   convex_layers   equals repeated brute-force boundary sets (oracle_hull::layers) on dense
//                   grids (collinear runs, duplicates), convex clouds, collinear clouds, and
//                   on 150-point grids that exercise the tiles (long long and double).
//   TriangleCount   every triple (i, j, k) of A, any order, equals the number of B points
//                   strictly inside by exact orientation; A and B share points, repeat points.
#include "geometry/hull/layers.hpp"
#include "geometry/hull/triangle_count.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "property.hpp"

#include <vector>

using geo::Point;

CPGEO_PROP(HullPointSetsProp, LayersMatchRepeatedHulls, 120, ()) {
  const auto in = *hullgen::any_cloud<long long>(30);
  RC_ASSERT(geo::convex_layers(in) == oracle_hull::layers(in));
}

CPGEO_PROP(HullPointSetsProp, LayersManyPointsTiled, 8, ()) {
  const long long k = *geotest::uniform_int(4, 30);
  const auto in = *rc::gen::container<std::vector<Point<long long>>>(150, geotest::grid_point<long long>(static_cast<int>(k), 0));
  RC_ASSERT(geo::convex_layers(in) == oracle_hull::layers(in));
}

CPGEO_PROP(HullPointSetsProp, LayersDouble, 100, ()) {
  const auto in = *hullgen::grid_cloud<double>(30);
  RC_ASSERT(geo::convex_layers(in) == oracle_hull::layers(in));
}

CPGEO_PROP(HullPointSetsProp, TriangleCountsMatchBruteForce, 150, ()) {
  const long long k = *geotest::uniform_int(1, 7);
  const auto g = geotest::grid_point<long long>(static_cast<int>(k), -(k / 2));
  const auto A = *rc::gen::container<std::vector<Point<long long>>>(static_cast<std::size_t>(*geotest::uniform_int(1, 9)), g);
  auto B = *rc::gen::container<std::vector<Point<long long>>>(static_cast<std::size_t>(*geotest::uniform_int(0, 15)), g);
  B.insert(B.end(), A.begin(), A.begin() + static_cast<std::ptrdiff_t>(A.size() / 2));  // shared points
  const geo::TriangleCount<long long> tc(A, B);
  const int n = static_cast<int>(A.size());
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      for (int l = 0; l < n; l++) {
        long long want = 0;
        for (auto& p : B) want += oracle_hull::strictly_inside(A[static_cast<std::size_t>(i)], A[static_cast<std::size_t>(j)], A[static_cast<std::size_t>(l)], p);
        RC_ASSERT(tc.count(i, j, l) == want);
      }
}

CPGEO_PROP(HullPointSetsProp, TriangleCountsAtMaximumCoordinates, 60, ()) {
  const auto A = *hullgen::bound_cloud<long long>(6), B = *hullgen::bound_cloud<long long>(12);
  RC_PRE(!A.empty());
  const geo::TriangleCount<long long> tc(A, B);
  const int n = static_cast<int>(A.size());
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      for (int l = 0; l < n; l++) {
        long long want = 0;
        for (auto& p : B) want += oracle_hull::strictly_inside(A[static_cast<std::size_t>(i)], A[static_cast<std::size_t>(j)], A[static_cast<std::size_t>(l)], p);
        RC_ASSERT(tc.count(i, j, l) == want);
      }
}
