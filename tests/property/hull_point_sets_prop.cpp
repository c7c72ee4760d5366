// Properties of layers.hpp, layers_fast.hpp and triangle_count.hpp against exact brute force:
//   convex_layers   (suite HullPointSetsProp) and convex_layers_fast (the same properties,
//                   suite HullLayersFastProp) equal repeated brute-force boundary sets
//                   (oracle_hull::layers) on dense grids (collinear runs, duplicates),
//                   convex clouds, collinear clouds, and on 150-point grids (long long and double); on adversarial families
//                   (nested squares and diamonds, full lattices, rounded circles, heavy
//                   duplicates, collinear) small ones against oracle_hull::layers, and
//                   300-2000 points against peel() below, itself checked against
//                   oracle_hull::layers (PeelMatchesOracle).
//   TriangleCount   every triple (i, j, k) of A, any order, equals the number of B points
//                   strictly inside by exact orientation; A and B share points, repeat points.
#include "geometry/hull/layers.hpp"
#include "geometry/hull/layers_fast.hpp"
#include "geometry/hull/triangle_count.hpp"

#include "hull_gen.hpp"
#include "oracle_hull.hpp"
#include "property.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

using geo::Point;

namespace {

// Brute-force peeling for integer-valued points with |x|,|y| <= 1e9, independent of the
// library: per round, a Jarvis march (exact orientation in __int128) finds the hull's
// vertices, then every point left on a hull edge (exact) joins the round.
template <class T> std::vector<int> peel(const std::vector<Point<T>>& in) {
  __extension__ typedef __int128 W;
  std::vector<std::pair<long long, long long>> p;
  for (auto& q : in) p.emplace_back(static_cast<long long>(q.x), static_cast<long long>(q.y));
  auto orient = [](auto a, auto b, auto c) {
    const W v = W(b.first - a.first) * (c.second - a.second) - W(b.second - a.second) * (c.first - a.first);
    return (v > 0) - (v < 0);
  };
  auto far = [](auto a, auto b, auto c) {  // c farther from a than b (all on one line)
    return std::abs(c.first - a.first) + std::abs(c.second - a.second) > std::abs(b.first - a.first) + std::abs(b.second - a.second);
  };
  std::vector<int> out(p.size(), 0);
  for (int round = 1;; round++) {
    std::vector<std::size_t> left;
    for (std::size_t i = 0; i < p.size(); i++)
      if (out[i] == 0) left.push_back(i);
    if (left.empty()) return out;
    std::size_t s = left[0];
    for (std::size_t i : left) s = p[i] < p[s] ? i : s;
    std::vector<std::size_t> hull{s};
    for (std::size_t c = s;;) {  // next vertex: every point left of or on c -> r, r farthest
      std::size_t r = c;
      for (std::size_t i : left) {
        if (p[i] == p[c]) continue;
        const int o = r == c ? -1 : orient(p[c], p[r], p[i]);
        if (o < 0 || (o == 0 && far(p[c], p[r], p[i]))) r = i;
      }
      if (r == c || p[r] == p[s]) break;
      hull.push_back(r), c = r;
    }
    std::vector<std::size_t> on;
    for (std::size_t i : left) {
      bool b = hull.size() == 1;
      for (std::size_t k = 0; k < hull.size() && !b; k++) {
        const auto u = p[hull[k]], v = p[hull[(k + 1) % hull.size()]];
        b = orient(u, v, p[i]) == 0 && std::min(u, v) <= p[i] && p[i] <= std::max(u, v);
      }
      if (b) on.push_back(i);
    }
    for (std::size_t i : on) out[i] = round;
  }
}

struct Short {
  template <class T> static std::vector<int> layers(const std::vector<Point<T>>& v) { return geo::convex_layers(v); }
};
struct Fast {
  template <class T> static std::vector<int> layers(const std::vector<Point<T>>& v) { return geo::convex_layers_fast(v); }
};

}  // namespace

// Every layers property runs for both variants: HullPointSetsProp.Name (short),
// HullLayersFastProp.Name (fast).
#define LAYERS_PROP(Name, Cases)                                                    \
  template <class H> void layers_prop_##Name();                                     \
  CPGEO_PROP(HullPointSetsProp, Name, Cases, ()) { layers_prop_##Name<Short>(); }   \
  CPGEO_PROP(HullLayersFastProp, Name, Cases, ()) { layers_prop_##Name<Fast>(); }   \
  template <class H> void layers_prop_##Name()

LAYERS_PROP(LayersMatchRepeatedHulls, 120) {
  const auto in = *hullgen::any_cloud<long long>(30);
  RC_ASSERT(H::layers(in) == oracle_hull::layers(in));
}

LAYERS_PROP(LayersManyPointsTiled, 8) {
  const long long k = *geotest::uniform_int(4, 30);
  const auto in = *rc::gen::container<std::vector<Point<long long>>>(150, geotest::grid_point<long long>(static_cast<int>(k), 0));
  RC_ASSERT(H::layers(in) == oracle_hull::layers(in));
}

LAYERS_PROP(LayersDouble, 100) {
  const auto in = *hullgen::grid_cloud<double>(30);
  RC_ASSERT(H::layers(in) == oracle_hull::layers(in));
}

LAYERS_PROP(LayersAdversarialFamilies, 150) {
  const auto in = *hullgen::layer_cloud<long long>(40, 3);
  RC_ASSERT(H::layers(in) == oracle_hull::layers(in));
}

LAYERS_PROP(LayersAdversarialFamiliesDouble, 60) {
  const auto in = *hullgen::layer_cloud<double>(40, 3);
  RC_ASSERT(H::layers(in) == oracle_hull::layers(in));
}

CPGEO_PROP(HullPointSetsProp, PeelMatchesOracle, 100, ()) {
  const auto in = *rc::gen::weightedOneOf<std::vector<Point<long long>>>(
      {{2, hullgen::layer_cloud<long long>(30, 3)}, {1, hullgen::any_cloud<long long>(25)}});
  RC_ASSERT(peel(in) == oracle_hull::layers(in));
}

LAYERS_PROP(LayersLargeFamilies, 30) {
  const auto in = *hullgen::layer_cloud<long long>(2000, 40);
  RC_PRE(in.size() >= 300);
  RC_ASSERT(H::layers(in) == peel(in));
  std::vector<Point<double>> d;
  for (auto& p : in) d.push_back({static_cast<double>(p.x), static_cast<double>(p.y)});
  RC_ASSERT(H::layers(d) == peel(in));
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
