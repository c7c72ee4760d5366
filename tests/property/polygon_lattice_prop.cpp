// Properties of geometry/polygon/lattice.hpp against oracle::lattice_brute (every lattice
// point of the bounding box classified with exact integers).
// Simple polygons on small grids (collinear vertices, horizontal edges, either orientation),
// also scaled by 2..4 so that edges carry interior lattice points: lattice_boundary and
// lattice_interior equal the brute-force counts. At 1e9: Pick's identity
// 2A = 2I + B - 2 holds exactly and the counts are unchanged by reversal and rotation.
#include "geometry/polygon/lattice.hpp"

#include "generators.hpp"
#include "oracle_polygon.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;
__extension__ typedef __int128 W;

CPGEO_PROP(PolygonLatticeProp, MatchesBruteForce, 600, ()) {
  Poly P = *geotest::simple_polygon(*rc::gen::element<LL>(4, 6, 10));
  const LL s = *geotest::uniform_int(1, 3);
  for (auto& p : P) p = Point<LL>(p.x * s, p.y * s);
  const auto want = oracle::lattice_brute(P);
  RC_ASSERT(geo::lattice_boundary(P) == want.second);
  RC_ASSERT(geo::lattice_interior(P) == want.first);
}

CPGEO_PROP(PolygonLatticeProp, PickAtMaximum, 400, ()) {
  const Poly P = *geotest::simple_polygon(1000000000);
  const LL B = geo::lattice_boundary(P), I = geo::lattice_interior(P);
  const W a2 = geo::area2(P);
  RC_ASSERT((a2 < 0 ? -a2 : a2) == W(2) * I + B - 2);
  RC_ASSERT(I >= 0 && B >= 3);
  RC_ASSERT(geo::lattice_boundary(geotest::reversed(P)) == B);
  RC_ASSERT(geo::lattice_interior(geotest::rotate_start(P, 3)) == I);
}

}  // namespace
