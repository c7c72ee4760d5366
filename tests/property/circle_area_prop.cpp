// Properties of geometry/circle/{area,union}.hpp against the independent 50-digit formulas of
// oracle_circle.hpp (textbook atan2 lens formula; vertical-slab decomposition for circle ∩
// polygon and for the union), plus a Monte-Carlo sanity check at loose tolerance.
//   lens: relative error <= 1e-12 on grid, uniform, tangent, near-tangent, concentric pairs and
//     radius-6e8 slivers (overlap 1..9 units); area(A, B) == area(B, A) bit for bit; monotone:
//     growing B around its centre never shrinks A ∩ B.
//   circle ∩ polygon: star-shaped simple polygons on small grids (vertices on the circle and
//     edges tangent to it are frequent) and up to 1e4, both orientations: |error| <= 1e-9 (r+1)^2;
//     bounded by the polygon's and the circle's areas.
//   union: up to 7 circles on a small grid: |error| <= 1e-9 (area + 1); dropping a circle never
//     grows the union; two circles: pi r1^2 + pi r2^2 - lens.
#include "geometry/circle/area.hpp"
#include "geometry/circle/union.hpp"
#include "geometry/polygon/area.hpp"

#include "circle_gen.hpp"
#include "generators.hpp"
#include "oracle_circle.hpp"
#include "oracle_circle_union.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <random>

namespace {

using geo::Circle;
using geo::Point;
using geotest::CircleL;
using geotest::PairL;
namespace oc = oracle_circle;
using LL = long long;
const double kPi = std::acos(-1.0);

double dd(const oc::F& v) { return v.convert_to<double>(); }

rc::Gen<PairL> sliver_pair() {  // radius ~6e8, overlapping by 1..9 units along an axis or diagonal
  return rc::gen::apply(
      [](LL r, LL s, int dir, bool sw) {
        const LL d = 2 * r - s;
        CircleL a{{-300000000, -600000000}, r}, b{{-300000000 + (dir == 0 ? d : 0), -600000000 + (dir == 1 ? d : 0)}, r};
        if (dir == 2) b = CircleL{{-300000000 + d * 3 / 5, -600000000 + d * 4 / 5}, r};  // d multiple of 5
        return sw ? PairL{b, a} : PairL{a, b};
      },
      rc::gen::map(geotest::uniform_int(590000000, 600000000), [](LL r) { return r / 5 * 5; }),
      rc::gen::map(geotest::uniform_int(1, 9), [](LL s) { return s * 5; }), rc::gen::elementOf(std::vector<int>{0, 1, 2}),
      rc::gen::arbitrary<bool>());
}

CPGEO_PROP(CircleAreaProp, Lens, 500, ()) {
  const PairL p = *rc::gen::weightedOneOf<PairL>({{4, geotest::circle_pair(*rc::gen::elementOf(std::vector<LL>{6, 10000, 1000000}))},
                                                  {1, sliver_pair()}});
  const double got = geo::area(p.first, p.second);
  RC_ASSERT(got == geo::area(p.second, p.first));
  const double want = dd(oc::lens_area(oc::oc(p.first), oc::oc(p.second)));
  RC_ASSERT(std::abs(got - want) <= 1e-12 * want + 1e-300);
  RC_TAG(want == 0 ? "empty" : "overlap");
  CircleL bigger = p.second;
  bigger.r += *geotest::uniform_int(0, 5);
  RC_ASSERT(geo::area(p.first, bigger) >= got * (1 - 1e-12));
  const double m = double(std::min(p.first.r, p.second.r));
  RC_ASSERT(got <= kPi * m * m * (1 + 1e-15));
}

std::vector<Point<LL>> star_polygon(std::vector<Point<LL>> pts, const Point<LL>& o) {
  std::sort(pts.begin(), pts.end());
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  pts.erase(std::remove(pts.begin(), pts.end(), o), pts.end());
  // angular order around o, ties (same ray) by distance: a star-shaped, possibly degenerate walk
  std::sort(pts.begin(), pts.end(), [&](const Point<LL>& a, const Point<LL>& b) {
    const Point<LL> u = a - o, v = b - o;
    const int ha = u.y < 0 || (u.y == 0 && u.x < 0), hb = v.y < 0 || (v.y == 0 && v.x < 0);
    if (ha != hb) return ha < hb;
    const LL c = u.cross(v);
    return c != 0 ? c > 0 : u.norm2() < v.norm2();
  });
  // keep one point per ray (the farthest) so the polygon is simple
  std::vector<Point<LL>> out;
  for (const auto& p : pts) {
    if (!out.empty() && (out.back() - o).cross(p - o) == 0 && (out.back() - o).dot(p - o) > 0) out.back() = p;
    else out.push_back(p);
  }
  if (out.size() >= 2 && (out.front() - o).cross(out.back() - o) == 0 && (out.front() - o).dot(out.back() - o) > 0) out.pop_back();
  out.insert(out.begin(), o);
  return out;
}

CPGEO_PROP(CircleAreaProp, CirclePolygon, 300, ()) {
  const LL R = *rc::gen::elementOf(std::vector<LL>{3, 5, 10000});
  const auto pts = *rc::gen::container<std::vector<Point<LL>>>(*geotest::uniform_int(2, 12), geotest::uniform_point<LL>(R));
  std::vector<Point<LL>> P = star_polygon(pts, *geotest::uniform_point<LL>(R));
  RC_PRE(P.size() >= 3 && geo::area2(P) != 0);
  // a convex vertex o of a star around o: only valid if o sees every edge; check simplicity cheaply
  // by requiring the angular walk to span < 2 pi (then the fan around o is simple).
  for (size_t i = 1; i + 1 < P.size(); i++) RC_PRE((P[i] - P[0]).cross(P[i + 1] - P[0]) > 0);
  if (*rc::gen::arbitrary<bool>()) std::reverse(P.begin(), P.end());
  const CircleL C = *rc::gen::weightedOneOf<CircleL>({{2, geotest::uniform_circle(R)},
                                                       {1, rc::gen::apply([](LL r) { return CircleL{{0, 0}, r}; }, geotest::uniform_int(0, 2 * R))}});
  const double got = geo::area(C, P);
  std::vector<oracle::QP> Q;
  for (const auto& p : P) Q.push_back(oracle::qp(p));
  const double want = std::abs(dd(oc::polygon_area(oc::oc(C), Q)));
  const double r = double(C.r);
  RC_ASSERT(std::abs(got - want) <= 1e-9 * (r + 1) * (r + 1));
  RC_ASSERT(got <= std::abs(geo::area(P)) * (1 + 1e-12) + 1e-9 && got <= kPi * r * r * (1 + 1e-12) + 1e-9);
}

CPGEO_PROP(CircleAreaProp, Union, 200, ()) {
  const auto C = *rc::gen::container<std::vector<CircleL>>(*geotest::uniform_int(0, 7), geotest::grid_circle(5));
  const double got = geo::union_area(C);
  std::vector<oc::OC> O;
  for (const auto& c : C) O.push_back(oc::oc(c));
  const double want = dd(oc::union_area(O));
  RC_ASSERT(std::abs(got - want) <= 1e-9 * (want + 1));
  if (!C.empty()) {
    std::vector<CircleL> less(C.begin() + 1, C.end());
    RC_ASSERT(geo::union_area(less) <= got + 1e-9 * (got + 1));
  }
  if (C.size() == 2) {
    const double a = double(C[0].r), b = double(C[1].r);
    RC_ASSERT(std::abs(got - (kPi * (a * a + b * b) - geo::area(C[0], C[1]))) <= 1e-9 * (got + 1));
  }
}

CPGEO_PROP(CircleAreaProp, UnionPerimeter, 200, ()) {
  const bool grid = *rc::gen::arbitrary<bool>();
  const auto C = grid ? *rc::gen::container<std::vector<CircleL>>(*geotest::uniform_int(0, 7), geotest::grid_circle(5))
                      : *rc::gen::container<std::vector<CircleL>>(*geotest::uniform_int(0, 6), geotest::uniform_circle(1000000));
  const double got = geo::union_perimeter(C);
  std::vector<oc::OC> O;
  double R = 0, sum = 0;
  std::vector<Circle<double>> D;
  for (const auto& c : C) {
    O.push_back(oc::oc(c)), R = std::max(R, double(c.r)), sum += 2 * kPi * double(c.r);
    D.push_back({{double(c.c.x), double(c.c.y)}, double(c.r)});
  }
  const double want = dd(oc::union_perimeter(O)), n = double(C.size()), u = 0x1p-53;
  const double tol = 16 * n * n * u * R + 1e-300;
  RC_TAG(grid);
  RC_ASSERT(std::abs(got - want) <= tol);
  RC_ASSERT(std::abs(geo::union_perimeter(D) - want) <= tol);
  const auto [a, l] = geo::circle_union(C);
  RC_ASSERT(a == geo::union_area(C) && l == got);
  RC_ASSERT(got <= sum * (1 + 1e-15));
  if (C.size() == 1) RC_ASSERT(std::abs(got - 2 * kPi * R) <= 4 * u * got);
}

// Monte-Carlo: the fraction of random points of the bounding box inside circle ∩ polygon.
TEST(CircleAreaMonteCarlo, PolygonAndLens) {
  std::mt19937_64 rng(12345);
  std::uniform_real_distribution<double> U(-10, 10);
  const Circle<double> C{{1, -2}, 6}, D{{5, 1}, 4};
  const std::vector<Point<double>> P{{-8, -8}, {7, -9}, {2, 0}, {9, 8}, {-6, 5}};
  const int n = 400000;
  int in_poly = 0, in_lens = 0;
  for (int i = 0; i < n; i++) {
    const Point<double> p{U(rng), U(rng)};
    const bool c = std::hypot(p.x - 1, p.y + 2) < 6;
    bool odd = false;  // crossing number
    for (size_t k = 0; k < P.size(); k++) {
      const auto& a = P[k];
      const auto& b = P[(k + 1) % P.size()];
      if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x)) odd = !odd;
    }
    in_poly += c && odd;
    in_lens += c && std::hypot(p.x - 5, p.y - 1) < 4;
  }
  const double box = 400, sd = box * 0.5 / std::sqrt(double(n));  // <= 5 sigma
  EXPECT_NEAR(geo::area(C, P), box * in_poly / n, 5 * sd);
  EXPECT_NEAR(geo::area(C, D), box * in_lens / n, 5 * sd);
}

}  // namespace
