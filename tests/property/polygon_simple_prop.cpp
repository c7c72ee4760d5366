// Properties of geometry/polygon/simple.hpp against oracle::is_simple (every pair of edges
// in exact rationals, O(n^2), tests/support/oracle_polygon.hpp).
// long long: is_simple == the oracle on (a) random vertex sequences on 3x3 to 7x7 grids
//   (repeated vertices, spikes, touching and crossing edges, collinear runs, verticals),
//   (b) simple polygons of polygon_gen.hpp (stars, 2-opt, histograms, convex, with
//   collinear vertices, reversed; up to 1e9), (c) those mutated: a vertex moved onto a
//   lattice point of another edge or onto another vertex, a vertex repeated, a spike
//   inserted, two vertices swapped; unchanged by reversing or rotating the start.
// double: the same small grid cases (integer-valued, far apart in eps units) give the
//   exact answer.
#include "geometry/polygon/simple.hpp"

#include "generators.hpp"
#include "oracle_polygon.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"

#include <numeric>

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;

bool oracle_simple(const Poly& P) { return oracle::is_simple(oracle::qpoly(P)); }

Poly grid_walk() {
  const LL R = *geotest::uniform_int(1, 3);
  const LL n = *geotest::uniform_int(0, 9);
  Poly P;
  for (LL i = 0; i < n; i++) P.push_back({*geotest::uniform_int(-R, R), *geotest::uniform_int(-R, R)});
  return P;
}

Poly mutate(Poly P) {
  const size_t n = P.size();
  const size_t i = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1));
  const size_t j = static_cast<size_t>(*geotest::uniform_int(0, static_cast<LL>(n) - 1));
  switch (*geotest::uniform_int(0, 4)) {
    case 0: {  // onto a lattice point of edge j
      const Point<LL> d = P[(j + 1) % n] - P[j];
      const LL g = std::gcd(d.x, d.y);
      const LL k = g ? *geotest::uniform_int(0, g) : 0;
      P[i] = P[j] + Point<LL>(g ? d.x / g * k : 0, g ? d.y / g * k : 0);
      break;
    }
    case 1: P[i] = P[j]; break;
    case 2: P.insert(P.begin() + static_cast<long>(i), P[i]); break;
    case 3: {  // a spike: after P[i], a point back on edge (i-1, i), then P[i] again
      const Point<LL> a = P[(i + n - 1) % n], b = P[i];
      const Point<LL> d = a - b;
      const LL g = std::gcd(d.x, d.y);
      if (g == 0) break;
      const LL k = *geotest::uniform_int(1, g);
      P.insert(P.begin() + static_cast<long>(i) + 1, b + Point<LL>(d.x / g * k, d.y / g * k));
      break;
    }
    default: std::swap(P[i], P[j]);
  }
  return P;
}

void check(const Poly& P) {
  const bool want = oracle_simple(P);
  RC_CLASSIFY(want, "simple");
  RC_ASSERT(geo::is_simple(P) == want);
  RC_ASSERT(geo::is_simple(geotest::reversed(P)) == want);
  RC_ASSERT(geo::is_simple(geotest::rotate_start(P, 1 + P.size() / 2)) == want);
}

CPGEO_PROP(PolygonSimpleProp, GridWalks, 3000, ()) { check(grid_walk()); }

CPGEO_PROP(PolygonSimpleProp, SimplePolygons, 400, ()) {
  const LL R = *rc::gen::element<LL>(4, 8, 1000, 1000000000);
  const Poly P = *geotest::simple_polygon(R);
  RC_ASSERT(oracle_simple(P));
  check(P);
}

CPGEO_PROP(PolygonSimpleProp, Mutated, 1500, ()) {
  const LL R = *rc::gen::element<LL>(4, 8, 30, 1000000000);
  Poly P = *geotest::simple_polygon(R);
  const int k = static_cast<int>(*geotest::uniform_int(1, 2));
  for (int t = 0; t < k; t++) P = mutate(P);
  check(P);
}

CPGEO_PROP(PolygonSimpleProp, DoubleGridWalks, 600, ()) {
  const Poly P = grid_walk();
  RC_ASSERT(geo::is_simple(geotest::to_floating<double>(P)) == oracle_simple(P));
}

}  // namespace
