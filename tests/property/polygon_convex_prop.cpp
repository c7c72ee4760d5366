// Properties of geometry/polygon/convex.hpp against oracle::is_convex (simple + area != 0 +
// every vertex on the inner side of every edge line; an independent definition).
// long long: equal to the oracle on convex polygons (collinear vertices, repeated vertices,
//   any start, either orientation, up to 1e9), simple non-convex polygons, convex polygons
//   with one vertex pushed in or out, walks around a convex polygon twice, and arbitrary
//   vertex lists on small grids (spikes, duplicates, self-intersections, n = 0..2).
// double / long double: integer-valued inputs times 2^k with eps times 2^k: the exact answer;
//   lattice polygons nudged by a few ULPs per coordinate keep the exact answer (every
//   strict turn of a lattice polygon has altitude >= 1 / longest edge >> eps).
#include "geometry/polygon/convex.hpp"

#include "generators.hpp"
#include "oracle_polygon.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"

#include <cmath>

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;

bool exact(const Poly& P) { return oracle::is_convex(oracle::qpoly(P)); }

// A polygon to classify: mostly convex-ish, with the classic ways to break convexity.
Poly draw_polygon() {
  const LL R = *rc::gen::element<LL>(5, 1000, 1000000000);
  const int kind = static_cast<int>(*geotest::uniform_int(0, 5));
  Poly P;
  if (kind == 0) return *geotest::sized_vector(geotest::grid_point<LL>(4, -2), 7);
  if (kind == 1) return *geotest::simple_polygon(R);
  P = *rc::gen::suchThat(geotest::convex_polygon(R, 8), [](const Poly& v) { return v.size() >= 3; });
  if (*rc::gen::arbitrary<bool>()) P = geotest::with_collinear(P, static_cast<unsigned long long>(*geotest::uniform_int(0, LLONG_MAX)));
  const size_t i = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(P.size()) - 1));
  if (kind == 2) {  // move one vertex by a small vector (may make it reflex or still convex)
    P[i] = P[i] + Point<LL>(*geotest::uniform_int(-2, 2), *geotest::uniform_int(-2, 2));
  } else if (kind == 3) {  // duplicate a vertex, maybe also a non-consecutive repeat
    P.insert(P.begin() + static_cast<long>(i), P[i]);
    if (*rc::gen::arbitrary<bool>()) P.push_back(P[0]);
  } else if (kind == 4) {  // walk it twice, or insert a spike back along an edge
    if (*rc::gen::arbitrary<bool>()) {
      const Poly Q = P;
      P.insert(P.end(), Q.begin(), Q.end());
    } else {
      P.insert(P.begin() + static_cast<long>(i) + 1, P[i]);
      P.insert(P.begin() + static_cast<long>(i) + 1, P[(i + 1) % P.size()]);
    }
  }
  if (*rc::gen::arbitrary<bool>()) P = geotest::reversed(P);
  return geotest::rotate_start(P, static_cast<size_t>(*geotest::uniform_int(0, 20)));
}

CPGEO_PROP(PolygonConvexProp, ExactMatchesOracle, 1000, ()) {
  const Poly P = draw_polygon();
  const bool want = exact(P);
  RC_TAG(want);
  RC_ASSERT(geo::is_convex(P) == want);
  RC_ASSERT(geo::is_convex(geotest::reversed(P)) == want);
}

template <class T> void floating_integer_valued() {
  const Poly P = draw_polygon();
  LL m = 1;
  for (auto& p : P) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  RC_PRE(m <= 1000);  // integer-valued floats whose cross products are exact
  const int k = static_cast<int>(*geotest::uniform_int(-30, 30));
  geotest::ScopedEps<T> e(std::ldexp(T(1e-9), k));
  RC_ASSERT(geo::is_convex(geotest::to_floating<T>(P, k)) == exact(P));
}
CPGEO_PROP(PolygonConvexProp, FloatingIntegerValuedDouble, 600, ()) { floating_integer_valued<double>(); }
CPGEO_PROP(PolygonConvexProp, FloatingIntegerValuedLongDouble, 300, ()) { floating_integer_valued<long double>(); }

CPGEO_PROP(PolygonConvexProp, FloatingUlpNudged, 600, ()) {
  const Poly P = *geotest::simple_polygon(*rc::gen::element<LL>(6, 1000));
  const bool want = exact(P);
  RC_TAG(want);
  auto F = geotest::to_floating<double>(P);
  for (auto& p : F) {
    p.x = geotest::nudge(p.x, static_cast<int>(*geotest::uniform_int(-4, 4)));
    p.y = geotest::nudge(p.y, static_cast<int>(*geotest::uniform_int(-4, 4)));
  }
  geotest::ScopedEps<double> e(1e-9);
  RC_ASSERT(geo::is_convex(F) == want);
}

}  // namespace
