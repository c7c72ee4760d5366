// Properties of geometry/delaunay.hpp and geometry/delaunay_fast.hpp (every property checks
// both: delaunay / delaunay_fast, in_circle / in_circle_fast) against the exact oracle (oracle_delaunay.hpp: empty
// circumcircles checked on every triangle against every point, Euler counts, areas summing
// to the hull's, the collinear chain). Inputs: dense small grids (duplicates, collinear runs,
// cocircular unit squares), lattice points of circles with many representations (x^2 + y^2 =
// r^2 for r = 5, 25, 65, 85, 325, 1105) plus extra points, collinear clouds, points at the
// documented maximum |x|,|y| = 1e9 (in-circle terms beyond __int128, exact fallback), and
// integer-valued doubles (exact while |x| <= 2500: the same triangulation as long long).
// in_circle itself against the 4x4 determinant in rationals at the bound. Larger inputs shaped
// against the x-bucketing into strips (few x columns, heavy duplicates, far outliers, sorted
// input), and in_circle at its edges: d equal to a, b or c (the filter's zero permanent),
// exactly cocircular quadruples at +-1e9 and their one-unit nudges (the exact fallback).
#include "geometry/delaunay.hpp"
#include "geometry/delaunay_fast.hpp"

#include "generators.hpp"
#include "oracle_delaunay.hpp"
#include "property.hpp"

#include <algorithm>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;

void check(const PL& p) {
  RC_ASSERT(oracle_delaunay::check_delaunay(p, geo::delaunay(p)) == "");
  RC_ASSERT(oracle_delaunay::check_delaunay(p, geo::delaunay_fast(p)) == "");
}

// in_circle and in_circle_fast against the 4x4 determinant in rationals.
void check_in_circle(const Point<LL>& a, const Point<LL>& b, const Point<LL>& c, const Point<LL>& d) {
  const int want = oracle_delaunay::in_circle4(oracle::qp(a), oracle::qp(b), oracle::qp(c), oracle::qp(d));
  RC_ASSERT(geo::in_circle(a, b, c, d) == want);
  RC_ASSERT(geo::in_circle_fast(a, b, c, d) == want);
}

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
  check_in_circle(a, b, c, d);
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
  const auto af = geo::delaunay_fast(q), bf = geo::delaunay_fast(d);
  RC_ASSERT(af.triangles == bf.triangles);
  RC_ASSERT(af.edges == bf.edges);
  RC_ASSERT(oracle_delaunay::check_delaunay(d, bf) == "");
}

CPGEO_PROP(DelaunayProp, StripsAndBuckets, 40, ()) {
  // n up to 90 gives up to 4 strips and 7 x-buckets: columns shared by many points,
  // duplicates, strips left with one distinct point (clumps), a far outlier, sorted or
  // reversed input.
  const int n = int(*geotest::uniform_int(20, 90));
  const int shape = int(*geotest::uniform_int(0, 4));
  const LL cols = *geotest::uniform_int(1, 8), spread = *geotest::uniform_int(1, 1000000000);
  PL p, clumps;  // shape 4: a few distinct points, each repeated many times
  for (LL i = 0; i < cols; i++) clumps.push_back({*geotest::uniform_int(-spread, spread), *geotest::uniform_int(-spread, spread)});
  for (int i = 0; i < n; i++) {
    if (shape == 4) {
      p.push_back(clumps[size_t(*geotest::uniform_int(0, cols - 1))]);
      continue;
    }
    LL x = *geotest::uniform_int(-spread, spread), y = *geotest::uniform_int(-spread, spread);
    if (shape == 0) x = (x % cols) * (spread / cols);       // few distinct x columns
    if (shape == 1) x %= 7, y %= 7;                           // many duplicates
    if (shape == 2 && i == 0) x = -1000000000;                // one far outlier, a tight cluster
    if (shape == 2 && i > 0) x %= 50, y %= 50;
    p.push_back({x, y});
    if (shape == 3 && *geotest::uniform_int(0, 3) == 0) p.push_back({x, y});  // repeats
  }
  if (*rc::gen::arbitrary<bool>()) std::sort(p.begin(), p.end());
  if (*rc::gen::arbitrary<bool>()) std::reverse(p.begin(), p.end());
  check(p);
}

CPGEO_PROP(DelaunayProp, InCircleFilterEdges, 3000, ()) {
  const LL M = 1000000000;
  const auto corner = rc::gen::map(geotest::uniform_int(0, 7), [M](LL r) { return r < 4 ? M - r : -M + r - 4; });
  const auto g = rc::gen::weightedOneOf<Point<LL>>({
      {2, geotest::point_of(corner, corner)},
      {1, geotest::uniform_point<LL>(M)},
  });
  const Point<LL> a = *g, b = *g, c = *g;
  RC_PRE(oracle::orientation(oracle::qp(a), oracle::qp(b), oracle::qp(c)) > 0);
  Point<LL> d = *g;
  switch (int(*geotest::uniform_int(0, 4))) {
    case 0: d = a; break;  // d on the triangle: every term of the permanent is 0
    case 1: d = b; break;
    case 2: d = c; break;
    case 3: {  // the fourth corner of the parallelogram on a, b, c: cocircular iff a rectangle
      const LL x = a.x + c.x - b.x, y = a.y + c.y - b.y;
      RC_PRE(x >= -M && x <= M && y >= -M && y <= M);
      d = {x + *geotest::uniform_int(-1, 1), y + *geotest::uniform_int(-1, 1)};
      RC_PRE(d.x >= -M && d.x <= M && d.y >= -M && d.y <= M);
      break;
    }
    default: break;
  }
  check_in_circle(a, b, c, d);
}

CPGEO_PROP(DelaunayProp, CocircularRectanglesAtTheBound, 200, ()) {
  // Rectangles with corners at +-1e9 and a few units inside, several sharing one circle,
  // plus points nudged by one unit: in-circle terms near 1e38, zero or tiny determinants.
  const LL M = 1000000000;
  PL p;
  const int k = int(*geotest::uniform_int(1, 6));
  for (int i = 0; i < k; i++) {
    const LL u = M - *geotest::uniform_int(0, 3), v = M - *geotest::uniform_int(0, 3);
    for (const Point<LL>& q : {Point<LL>{u, v}, Point<LL>{-u, v}, Point<LL>{-u, -v}, Point<LL>{u, -v}}) p.push_back(q);
  }
  const int extra = int(*geotest::uniform_int(0, 6));
  for (int i = 0; i < extra; i++) {
    const Point<LL> q = p[size_t(*geotest::uniform_int(0, LL(p.size()) - 1))];
    const LL nx = q.x + *geotest::uniform_int(-1, 1), ny = q.y + *geotest::uniform_int(-1, 1);
    if (nx >= -M && nx <= M && ny >= -M && ny <= M) p.push_back({nx, ny});
  }
  check(p);
}
