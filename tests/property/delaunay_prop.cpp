// Properties of geometry/delaunay.hpp against the exact oracle (oracle_delaunay.hpp: empty
// circumcircles checked on every triangle against every point, Euler counts, areas summing
// to the hull's, the collinear chain). Inputs: dense small grids (duplicates, collinear runs,
// cocircular unit squares), lattice points of circles with many representations (x^2 + y^2 =
// r^2 for r = 5, 25, 65, 85, 325, 1105) plus extra points, collinear clouds, points at the
// documented maximum |x|,|y| = 1e9 (in-circle terms beyond __int128, exact fallback), and
// integer-valued doubles (exact while |x| <= 2500: the same triangulation as long long).
// in_circle itself against the 4x4 determinant in rationals at the bound.
#include "geometry/delaunay.hpp"

#include "generators.hpp"
#include "oracle_delaunay.hpp"
#include "property.hpp"

#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

void check(const PL& p) { RC_ASSERT(oracle_delaunay::check_delaunay(p, geo::delaunay(p)) == ""); }

std::vector<Point<LL>> circle(LL r) {
  std::vector<Point<LL>> c;
  for (LL x = -r; x <= r; x++)
    for (LL y = -r; y <= r; y++)
      if (x * x + y * y == r * r) c.push_back({x, y});
  return c;
}

}  // namespace

CPGEO_PROP(DelaunayProp, DenseGrids, 200, ()) { check(*geotest::grid_points<LL>(40)); }

CPGEO_PROP(DelaunayProp, CocircularLattice, 60, ()) {
  static const std::vector<PL> circles{circle(5), circle(25), circle(65), circle(85), circle(325),
                                       circle(1105)};
  const PL& c = circles[size_t(*geotest::uniform_int(0, 5))];
  const LL k = *geotest::uniform_int(1, 3), dx = *geotest::uniform_int(-5000, 5000),
           dy = *geotest::uniform_int(-5000, 5000);
  PL p;
  for (const auto& q : c)
    if (*rc::gen::arbitrary<bool>() || c.size() < 16) p.push_back({q.x * k + dx, q.y * k + dy});
  const LL extra = *geotest::uniform_int(0, 4);
  for (LL i = 0; i < extra; i++) p.push_back({dx + *geotest::uniform_int(-2, 2), dy + *geotest::uniform_int(-2, 2)});
  if (p.size() > 60) p.resize(60);
  check(p);
}

CPGEO_PROP(DelaunayProp, Collinear, 60, ()) {
  const LL ax = *geotest::uniform_int(-1000000000, 1000000000), ay = *geotest::uniform_int(-1000000000, 1000000000);
  const LL dx = *geotest::uniform_int(-3, 3), dy = *geotest::uniform_int(-3, 3);
  const auto ks = *rc::gen::container<std::vector<LL>>(geotest::uniform_int(-300, 300));
  PL p;
  for (LL k : ks) {
    const Point<LL> q{ax + k * dx, ay + k * dy};
    if (q.x >= -1000000000 && q.x <= 1000000000 && q.y >= -1000000000 && q.y <= 1000000000) p.push_back(q);
  }
  if (*rc::gen::arbitrary<bool>() && p.size() >= 3) p.push_back({p[0].x + dy, p[0].y - dx});  // one off the line
  check(p);
}

CPGEO_PROP(DelaunayProp, AtTheBound, 150, ()) {
  const LL M = 1000000000;
  const auto g = rc::gen::weightedOneOf<Point<LL>>({
      {3, geotest::bound_point<LL>(M)},
      {2, geotest::point_of(rc::gen::map(geotest::uniform_int(0, 3), [](LL r) { return M - r; }),
                            rc::gen::map(geotest::uniform_int(-3, 3), [](LL r) { return -M + 3 + r; }))},
      {2, geotest::uniform_point<LL>(M)},
  });
  check(*geotest::sized_vector(g, 30));
}

CPGEO_PROP(DelaunayProp, InCircleExactAtBound, 2000, ()) {
  const LL M = 1000000000;
  const auto g = rc::gen::weightedOneOf<Point<LL>>({
      {2, geotest::bound_point<LL>(M)},
      {1, geotest::uniform_point<LL>(M)},
      {1, geotest::point_of(rc::gen::map(geotest::uniform_int(-2, 2), [M](LL r) { return r > 0 ? M - r : -M - r; }),
                            rc::gen::map(geotest::uniform_int(-2, 2), [M](LL r) { return r > 0 ? M - r : -M - r; }))},
  });
  const Point<LL> a = *g, b = *g, c = *g, d = *g;
  RC_PRE(oracle::orientation(oracle::qp(a), oracle::qp(b), oracle::qp(c)) > 0);
  RC_ASSERT(geo::in_circle(a, b, c, d) ==
            oracle_delaunay::in_circle4(oracle::qp(a), oracle::qp(b), oracle::qp(c), oracle::qp(d)));
}

CPGEO_PROP(DelaunayProp, DoubleSameAsLongLong, 80, ()) {
  const LL s = *geotest::uniform_int(1, 500);  // coordinates up to 2500: exact in double
  const auto p = *geotest::grid_points<LL>(60);
  PL q;
  std::vector<Point<double>> d;
  for (const auto& x : p) q.push_back({x.x * s, x.y * s}), d.push_back({double(x.x * s), double(x.y * s)});
  const auto a = geo::delaunay(q), b = geo::delaunay(d);
  RC_ASSERT(a.triangles == b.triangles);
  RC_ASSERT(a.edges == b.edges);
  RC_ASSERT(oracle_delaunay::check_delaunay(d, b) == "");
}
