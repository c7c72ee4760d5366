// Properties of geometry/union/polygons.hpp against oracle::poly_union (slab decomposition
// in rationals: exact). Inputs: 0..4 simple polygons from polygon_gen.hpp-independent
// constructions: random lattice triangles and axis rectangles on small grids (shared edges,
// shared vertices, nesting, duplicates, collinear overlapping edges), star-shaped polygons
// around a random centre (non-convex), either orientation. Tolerance: 1e-9 relative to the
// sum of the polygons' absolute areas plus 1e-9.
// double, small scales: the same lattice polygons (grid 3..20) mapped to x = shift + s k,
// side s log-uniform in [1e-5, 1], shift 0 or up to 1e3 (rounded: vertices meant to be
// collinear are then off their line by ~u |x|, far below eps, while every lattice gap is
// >= s / (3 R^2) > 2 eps): the exact union of the doubles as given, within the header's
// bound 64 u (M + D) L (M max |coordinate|, D the bounding box diagonal, L the perimeter).
// Intersection, difference, cover areas (the same walk with another cover count): against
// oracle_polygon_bool.hpp: cover_area (slabs, counting the depth along each slab's middle,
// exact) and, when the second polygon is convex (triangles, rectangles), clip_area
// (Sutherland-Hodgman in rationals, exact; the two oracles must agree exactly):
//   long long, two polygons of the kinds above (shared edges either way, nesting, identical,
//   disjoint, either orientation) on grids 3..1e6: |A ∩ B| and |A \ B| within 1e-9 (|A| +
//   |B|); |A ∩ B| = |B ∩ A| up to rounding, |A| = |A \ B| + |A ∩ B|, |A ∪ B| = |A| + |B| -
//   |A ∩ B|; cover_area of 0..5 polygons for every k against the oracle; double as in
//   DoubleSmallScalesShifted with every k: within 64 u (M + D) L (difference: twice).
#include "geometry/union/polygons.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "oracle_polygon_bool.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>

namespace {

using LL = long long;
using PL = geo::Point<LL>;
using Poly = std::vector<PL>;

LL draw(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }

Poly make_polygon(LL R, int kind = -1) {
  Poly p;
  switch (kind >= 0 ? kind : static_cast<int>(draw(0, 2))) {
    case 0: {  // triangle (maybe degenerate)
      for (int i = 0; i < 3; i++) p.push_back(PL(draw(-R, R), draw(-R, R)));
      break;
    }
    case 1: {  // axis rectangle
      LL x1 = draw(-R, R), x2 = draw(-R, R), y1 = draw(-R, R), y2 = draw(-R, R);
      if (x1 > x2) std::swap(x1, x2);
      if (y1 > y2) std::swap(y1, y2);
      p = {PL(x1, y1), PL(x2, y1), PL(x2, y2), PL(x1, y2)};
      break;
    }
    default: {  // star-shaped: vertices at increasing angles around c, random radii
      const PL c(draw(-R / 2, R / 2), draw(-R / 2, R / 2));
      const int n = static_cast<int>(draw(3, 8));
      for (int i = 0; i < n; i++) {
        const double ang = 2 * M_PI * (i + 0.1 + 0.8 * static_cast<double>(draw(0, 100)) / 100) / n;
        const double r = static_cast<double>(draw(1, R));
        const PL v(c.x + std::llround(r * std::cos(ang)), c.y + std::llround(r * std::sin(ang)));
        if (p.empty() || v != p.back()) p.push_back(v);
      }
      break;
    }
  }
  if (draw(0, 1)) std::reverse(p.begin(), p.end());
  return p;
}

bool simple_or_degenerate(const Poly& p) {  // no two non-adjacent edges meet (exact)
  const size_t n = p.size();
  if (n < 4) return true;
  auto q = [](const PL& a) { return oracle::qp(a); };
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      if (j == i + 1 || (i == 0 && j == n - 1)) continue;
      if (oracle::seg_meet(q(p[i]), q(p[(i + 1) % n]), q(p[j]), q(p[(j + 1) % n]))) return false;
    }
  return true;
}

CPGEO_PROP(UnionPolygonsProp, MatchesSlabs, 300, ()) {
  const LL R = *rc::gen::element<LL>(3, 6, 20, 1000000);
  const int k = static_cast<int>(draw(0, 4));
  std::vector<Poly> Ps;
  for (int i = 0; i < k; i++) {
    Poly p = make_polygon(R);
    RC_PRE(simple_or_degenerate(p));
    Ps.push_back(p);
    if (draw(0, 5) == 0) Ps.push_back(Ps.back());  // a duplicate
  }
  const oracle::Q want = oracle::poly_union(Ps);
  double scale = 1;
  for (auto& p : Ps) scale += std::abs(static_cast<double>(geo::area2(p)));
  const double got = geo::polygon_union_area(Ps);
  RC_ASSERT(std::abs(got - want.convert_to<double>()) <= 1e-9 * scale);
}

// The lattice polygons of make_polygon (grid 3..20) mapped to shift + s k (side s log-uniform
// in [1e-5, 1], shift 0 or up to 1e3), lo..hi of them (each duplicated with probability 1/6 if
// dups), and the header's bound 64 u (M + D) L for them (duplicates not counted in L).
struct Scaled {
  std::vector<std::vector<geo::Point<double>>> Ps;
  double tol;
  bool shifted;
};
Scaled scaled_polygons(int lo, int hi, bool dups) {
  using PD = geo::Point<double>;
  const LL R = *rc::gen::element<LL>(3, 6, 20);
  const double s = *geotest::log_uniform(1e-5, 1.0) / static_cast<double>(R);
  const bool shifted = *rc::gen::arbitrary<bool>();
  const PD shift = shifted ? *geotest::uniform_point<double>(1000.0) : PD(0, 0);
  const int k = static_cast<int>(draw(lo, hi));
  std::vector<std::vector<PD>> Ps;
  double M = 0, L = 0, x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
  for (int i = 0; i < k; i++) {
    const Poly p = make_polygon(R);
    RC_PRE(simple_or_degenerate(p));
    std::vector<PD> q;
    for (const PL& v : p) q.push_back(PD(shift.x + s * static_cast<double>(v.x), shift.y + s * static_cast<double>(v.y)));
    for (size_t j = 0; j < q.size(); j++) {
      const PD a = q[j], b = q[(j + 1) % q.size()];
      L += std::hypot(b.x - a.x, b.y - a.y);
      M = std::max({M, std::abs(a.x), std::abs(a.y)});
      x0 = std::min(x0, a.x), x1 = std::max(x1, a.x), y0 = std::min(y0, a.y), y1 = std::max(y1, a.y);
    }
    Ps.push_back(q);
    if (dups && draw(0, 5) == 0) Ps.push_back(Ps.back());  // a duplicate
  }
  const double D = std::hypot(x1 - x0, y1 - y0), u = 0x1p-53;
  return {Ps, 64 * u * (M + D) * L, shifted};
}

CPGEO_PROP(UnionPolygonsProp, DoubleSmallScalesShifted, 300, ()) {
  const Scaled c = scaled_polygons(1, 4, true);
  const double want = oracle::poly_union(c.Ps).convert_to<double>();
  const double got = geo::polygon_union_area(c.Ps);
  RC_TAG(c.shifted);
  RC_ASSERT(std::abs(got - want) <= c.tol);
}

double dq(const oracle::Q& v) { return v.convert_to<double>(); }

CPGEO_PROP(UnionPolygonsProp, IntersectionDifference, 300, ()) {
  const LL R = *rc::gen::element<LL>(3, 6, 20, 1000000);
  const Poly A = make_polygon(R);
  const bool convex = *rc::gen::arbitrary<bool>();
  Poly B = convex ? make_polygon(R, static_cast<int>(draw(0, 1))) : make_polygon(R);
  switch (static_cast<int>(draw(0, 5))) {  // force shared edges, nesting, identical copies
    case 0: B = A; break;
    case 1: std::reverse(B.begin(), B.end()); break;
    default: break;
  }
  RC_PRE(simple_or_degenerate(A) && simple_or_degenerate(B));
  const std::vector<Poly> AB{A, B};
  const oracle::Q want_i = oracle::cover_area(AB, 1), want_a = oracle::cover_area(std::vector<Poly>{A}, 0);
  if (oracle::is_convex(oracle::qpoly(B))) RC_ASSERT(oracle::clip_area(A, B) == want_i);  // the oracles agree
  RC_ASSERT(oracle::cover_area(AB, 0) == oracle::poly_union(AB));
  const double scale = 1 + std::abs(static_cast<double>(geo::area2(A))) + std::abs(static_cast<double>(geo::area2(B)));
  const double i = geo::polygon_intersection_area(A, B), d = geo::polygon_difference_area(A, B);
  RC_TAG(want_i == 0 ? "disjoint" : "overlap", oracle::is_convex(oracle::qpoly(B)));
  RC_ASSERT(std::abs(i - dq(want_i)) <= 1e-9 * scale);
  RC_ASSERT(std::abs(d - dq(want_a - want_i)) <= 1e-9 * scale);
  RC_ASSERT(std::abs(geo::polygon_intersection_area(B, A) - i) <= 1e-9 * scale);
  RC_ASSERT(std::abs(geo::polygon_union_area(AB) - (std::abs(geo::area(A)) + std::abs(geo::area(B)) - i)) <= 1e-9 * scale);
}

CPGEO_PROP(UnionPolygonsProp, CoverAreas, 200, ()) {
  const LL R = *rc::gen::element<LL>(3, 6, 20, 1000000);
  const int n = static_cast<int>(draw(0, 5));
  std::vector<Poly> Ps;
  for (int i = 0; i < n; i++) {
    Poly p = draw(0, 4) == 0 && !Ps.empty() ? Ps[static_cast<size_t>(draw(0, i - 1))] : make_polygon(R);
    if (draw(0, 3) == 0) std::reverse(p.begin(), p.end());
    RC_PRE(simple_or_degenerate(p));
    Ps.push_back(p);
  }
  double scale = 1;
  for (auto& p : Ps) scale += std::abs(static_cast<double>(geo::area2(p)));
  for (int k = 0; k <= n; k++) {
    const oracle::Q want = oracle::cover_area(Ps, k);
    RC_ASSERT(std::abs(geo::polygon_cover_area(Ps, k) - dq(want)) <= 1e-9 * scale);
  }
}

CPGEO_PROP(UnionPolygonsProp, BooleanDoubleSmallScalesShifted, 200, ()) {
  const Scaled c = scaled_polygons(2, 4, false);
  const auto& Ps = c.Ps;
  const int n = static_cast<int>(Ps.size());
  RC_TAG(c.shifted);
  for (int k = 0; k < n; k++) RC_ASSERT(std::abs(geo::polygon_cover_area(Ps, k) - dq(oracle::cover_area(Ps, k))) <= c.tol);
  const std::vector<std::vector<geo::Point<double>>> AB{Ps[0], Ps[1]}, A{Ps[0]};
  const oracle::Q i = oracle::cover_area(AB, 1);
  RC_ASSERT(std::abs(geo::polygon_intersection_area(Ps[0], Ps[1]) - dq(i)) <= c.tol);
  RC_ASSERT(std::abs(geo::polygon_difference_area(Ps[0], Ps[1]) - dq(oracle::cover_area(A, 0) - i)) <= 2 * c.tol);
}

}  // namespace
