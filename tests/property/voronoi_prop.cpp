// Properties of geometry/voronoi.hpp against the exact oracle (oracle_delaunay.hpp:
// voronoi_cell clips the box by the bisector of every other site in rationals, no Delaunay).
// The documented precision is checked to the bit: each cell is the oracle's exact cell with
// every coordinate rounded to the nearest double (round_nearest), in the same
// counter-clockwise order from some start, consecutive repeats merged; so every vertex is
// within half an ulp of an exact Voronoi vertex, box corner or bisector-box crossing. Also:
// a vertex shared exactly by several cells is the same double in each (checked directly:
// each cell's vertex nearest to it), and the rounded cells turn left or not at all, up to
// the rounding (an exact turn test on the doubles, with the half-ulp slack).
// Inputs: sites at and near +-1e9 with boxes at the bound and inside; nearly collinear
// triples (a far site and two sites one or two units apart: nearly parallel bisectors);
// cocircular lattice sets and dense grids with duplicates; collinear sets (slabs, half-planes);
// double sites and boxes that are integers up to 2500 times a power of two (the documented
// exact range for floating input).
#include "geometry/voronoi.hpp"

#include "generators.hpp"
#include "oracle_delaunay.hpp"
#include "property.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace {

using geo::Point;
using LL = long long;
using PL = std::vector<Point<LL>>;
using PD = Point<double>;
using oracle::Q;
using oracle::QP;
const LL M = 1000000000;

Q half_ulp(double v) { return oracle::q(std::nextafter(std::fabs(v), INFINITY) - std::fabs(v)) / 2; }

// det3(a, b, c) >= 0 up to moving each coordinate by half an ulp: det3 is linear in each
// point (gradient perp(c - a) for b, and so on), plus the second-order terms.
bool left_turn(const PD& a, const PD& b, const PD& c) {
  const QP A = oracle::qp(a), B = oracle::qp(b), C = oracle::qp(c);
  const PD* pt[3] = {&a, &b, &c};
  const QP* q[3] = {&A, &B, &C};
  Q slack = 0, h = 0;
  for (int i = 0; i < 3; i++) {
    const QP &u = *q[(i + 1) % 3], &w = *q[(i + 2) % 3];
    const Q hx = half_ulp(pt[i]->x), hy = half_ulp(pt[i]->y);
    slack += hx * abs(Q(u.y - w.y)) + hy * abs(Q(u.x - w.x));
    h = std::max(h, std::max(hx, hy));
  }
  return oracle::det3(A, B, C) >= -(slack + 12 * h * h);
}

template <class T> void check(const std::vector<Point<T>>& p, const Point<T>& lo, const Point<T>& hi) {
  const auto cells = geo::voronoi(p, lo, hi);
  RC_ASSERT(cells.size() == p.size());
  RC_TAG(p.size() < 4 ? "n < 4" : p.size() < 10 ? "n 4..9" : "n >= 10");
  std::map<std::pair<Q, Q>, std::vector<size_t>> owners;  // exact vertex -> cells having it
  std::vector<std::vector<QP>> exact(p.size());
  for (size_t i = 0; i < p.size(); i++) {
    exact[i] = oracle_delaunay::voronoi_cell(p, i, lo, hi);
    std::vector<PD> want;
    for (const QP& e : exact[i]) {
      owners[{e.x, e.y}].push_back(i);
      const PD r{oracle_delaunay::round_nearest(e.x), oracle_delaunay::round_nearest(e.y)};
      if (want.empty() || !(want.back() == r)) want.push_back(r);
    }
    while (want.size() > 1 && want.back() == want[0]) want.pop_back();
    // documented: {} when fewer than 3 distinct rounded vertices remain, or all of them share
    // one x or one y (no area: on one box side, or an axis-parallel sliver thinner than the rounding)
    const bool flat = want.size() < 3 ||
                      std::all_of(want.begin(), want.end(), [&](const PD& v) { return v.x == want[0].x; }) ||
                      std::all_of(want.begin(), want.end(), [&](const PD& v) { return v.y == want[0].y; });
    if (flat) want.clear();
    const std::vector<PD>& got = cells[i];
    RC_ASSERT(got.size() == want.size());
    size_t s = 0;  // the rotation
    while (s < got.size() && !(got[s] == want[0])) s++;
    RC_ASSERT(s < got.size() || got.empty());
    for (size_t k = 0; k < got.size(); k++) RC_ASSERT(got[(s + k) % got.size()] == want[k]);
    for (size_t k = 0; k < got.size(); k++)
      RC_ASSERT(left_turn(got[k], got[(k + 1) % got.size()], got[(k + 2) % got.size()]));
  }
  for (const auto& [v, in] : owners) {  // shared vertices: one double, in every cell
    if (in.size() < 2) continue;
    std::vector<PD> seen;
    for (size_t i : in) {
      if (cells[i].empty()) continue;
      PD best = cells[i][0];
      Q bd = -1;
      for (const PD& w : cells[i]) {
        const Q d = oracle::dist2(oracle::qp(w), QP{v.first, v.second});
        if (bd < 0 || d < bd) bd = d, best = w;
      }
      seen.push_back(best);
    }
    for (const PD& w : seen) RC_ASSERT(w == seen[0]);
  }
}

rc::Gen<std::pair<Point<LL>, Point<LL>>> box_gen() {
  return rc::gen::weightedOneOf<std::pair<Point<LL>, Point<LL>>>({
      {2, rc::gen::just(std::make_pair(Point<LL>{-M, -M}, Point<LL>{M, M}))},
      {2, rc::gen::apply(
              [](LL x0, LL y0, LL wx, LL wy) {
                return std::make_pair(Point<LL>{x0, y0}, Point<LL>{std::min(M, x0 + wx), std::min(M, y0 + wy)});
              },
              geotest::uniform_int(-M, M - 1), geotest::uniform_int(-M, M - 1), geotest::uniform_int(1, 2 * M),
              geotest::uniform_int(1, 2 * M))},
      {1, rc::gen::apply(
              [](LL x0, LL y0, LL wx, LL wy) {
                return std::make_pair(Point<LL>{x0, y0}, Point<LL>{x0 + wx, y0 + wy});
              },
              geotest::uniform_int(-M, M - 10), geotest::uniform_int(-M, M - 10), geotest::uniform_int(1, 10),
              geotest::uniform_int(1, 10))},
  });
}

PL circle(LL r) {
  PL c;
  for (LL x = -r; x <= r; x++)
    for (LL y = -r; y <= r; y++)
      if (x * x + y * y == r * r) c.push_back({x, y});
  return c;
}

}  // namespace

CPGEO_PROP(VoronoiProp, AtTheBound, 200, ()) {
  const auto g = rc::gen::weightedOneOf<Point<LL>>({
      {2, geotest::bound_point<LL>(M)},
      {2, geotest::uniform_point<LL>(M)},
      {1, geotest::point_of(rc::gen::map(geotest::uniform_int(-3, 3), [](LL r) { return r > 0 ? M - r : -M - r; }),
                            geotest::uniform_int(-M, M))},
  });
  const auto box = *box_gen();
  check(*geotest::sized_vector(g, 16), box.first, box.second);
}

CPGEO_PROP(VoronoiProp, NearlyCollinearTriples, 300, ()) {
  // A far site and two sites a unit or two apart: the far site's bisectors with them are
  // nearly parallel and meet far away (the bisector intersection lost 84 units here).
  const Point<LL> a = *geotest::bound_point<LL>(M), b = *geotest::uniform_point<LL>(M - 2);
  Point<LL> c{b.x + *geotest::uniform_int(-2, 2), b.y + *geotest::uniform_int(-2, 2)};
  PL p{a, b, c};
  const auto t = *geotest::lattice_collinear_triple<LL>(M);  // collinear or one unit off
  if (*rc::gen::arbitrary<bool>()) p.insert(p.end(), {t.a, t.b, t.c});
  const LL extra = *geotest::uniform_int(0, 3);
  for (LL i = 0; i < extra; i++) p.push_back(*geotest::uniform_point<LL>(M));
  const auto box = *box_gen();
  check(p, box.first, box.second);
}

CPGEO_PROP(VoronoiProp, CocircularAndGrids, 200, ()) {
  // Four or more cocircular sites: several Delaunay triangles share one circumcentre, which
  // must still be one double in every cell. Lattice circles and grids (dyadic centres), and
  // isosceles trapezoids (-A, 0), (A, 0), (-B, H), (B, H), cyclic with the centre
  // (0, (B^2 + H^2 - A^2) / (2 H)), in general not a double.
  static const std::vector<PL> circles{circle(5), circle(25), circle(65)};
  PL p;
  const LL dx = *geotest::uniform_int(-M / 2, M / 2), dy = *geotest::uniform_int(-M / 2, M / 2);
  LL k = 1;
  switch (int(*geotest::uniform_int(0, 2))) {
    case 0: {
      const PL& c = circles[size_t(*geotest::uniform_int(0, 2))];
      k = *geotest::uniform_int(1, 7000000);
      for (const auto& q : c)
        if (c.size() < 12 || *geotest::uniform_int(0, 2) == 0) p.push_back({q.x * k + dx, q.y * k + dy});
      break;
    }
    case 1:
      k = *geotest::uniform_int(1, 20000000);
      for (const auto& q : *geotest::grid_points<LL>(20)) p.push_back({q.x * k + dx, q.y * k + dy});  // duplicates too
      break;
    default: {
      const LL A = *geotest::uniform_int(1, M / 2), B = *geotest::uniform_int(1, M / 2), H = *geotest::uniform_int(1, M / 2);
      k = std::max(A, std::max(B, H));
      for (const Point<LL>& q : PL{{-A, 0}, {A, 0}, {-B, H}, {B, H}}) p.push_back({q.x + dx, q.y + dy});
      if (*geotest::uniform_int(0, 3) == 0) p.push_back({dx + *geotest::uniform_int(-A, A), dy + *geotest::uniform_int(0, H)});
    }
  }
  if (*rc::gen::arbitrary<bool>())
    for (auto& q : p) q = {q.y, -q.x};
  const auto box = *box_gen();
  const bool around = *rc::gen::arbitrary<bool>();  // a box around the sites, or a random one
  const LL r = std::min(M / 2, 3 * k + 1);
  const Point<LL> lo = around ? Point<LL>{-M / 2 - r, -M / 2 - r} : box.first,
                  hi = around ? Point<LL>{M / 2 + r, M / 2 + r} : box.second;
  check(p, lo, hi);
}

CPGEO_PROP(VoronoiProp, VertexNearBoxSide, 150, ()) {
  // a = (0, 0), b = (2m, 0), c = (p, q): the vertex is (m, Y + t / (2q)), Y an integer, t in
  // {-2..2} (m solves p m = (p^2 + q^2 - t) / 2 mod q). With hi.y = Y the vertex is within
  // 1e-8 of the box side, closer than half an ulp, and the bisector of a and c (direction
  // (-q, p)) crosses the side half a unit or more away from it: only an exact inside test
  // puts the vertex on the right side.
  const LL q = *geotest::uniform_int(300000000, 500000000), pp = *geotest::uniform_int(1, 5);
  RC_PRE(std::gcd(pp, q) == 1);
  LL t = *geotest::uniform_int(-2, 2);
  if (((pp * pp + q * q - t) & 1) != 0) t += t > 0 ? -1 : 1;
  __extension__ typedef __int128 I;
  LL j = 0;  // pp^-1 mod q = (j q + 1) / pp for the j in [0, pp) making it whole
  while ((I(j) * q + 1) % pp != 0) j++;
  const LL inv = LL((I(j) * q + 1) / pp);
  const I half = (I(pp) * pp + I(q) * q - t) / 2;
  const LL m = LL((half % q) * inv % q);
  const I num = I(pp) * pp + I(q) * q - I(2) * m * pp - t;
  RC_ASSERT(num % (2 * q) == 0);
  const LL Y = LL(num / (2 * q));
  const LL dx = *geotest::uniform_int(-M, M - 2 * m), dy = *geotest::uniform_int(-M - std::min(Y, LL(0)), M - q);
  PL p{{dx, dy}, {dx + 2 * m, dy}, {dx + pp, dy + q}};
  Point<LL> lo{-M, -M}, hi{M, Y + dy};
  RC_PRE(hi.y > lo.y && hi.y <= M);
  if (*rc::gen::arbitrary<bool>()) {  // mirrored: the vertex near lo.y
    for (auto& s : p) s.y = -s.y;
    lo = {-M, -hi.y}, hi = {M, M};
  }
  check(p, lo, hi);
}

CPGEO_PROP(VoronoiProp, CollinearSlabs, 150, ()) {
  const LL ax = *geotest::uniform_int(-M, M), ay = *geotest::uniform_int(-M, M);
  const LL dx = *geotest::uniform_int(-M / 8, M / 8), dy = *geotest::uniform_int(-3, 3);
  const auto ks = *rc::gen::container<std::vector<LL>>(geotest::uniform_int(-8, 8));
  PL p;
  for (LL k : ks) {
    const Point<LL> q{ax + k * dx, ay + k * dy};
    if (q.x >= -M && q.x <= M && q.y >= -M && q.y <= M && p.size() < 12) p.push_back(*rc::gen::arbitrary<bool>() ? q : Point<LL>{q.y, q.x});
  }
  const auto box = *box_gen();
  check(p, box.first, box.second);
}

CPGEO_PROP(VoronoiProp, DoubleExactRange, 200, ()) {
  // Integers up to 2500 times 2^e: every intermediate is exact in double, so the same
  // rounding-to-nearest guarantee as long long.
  const int e = int(*geotest::uniform_int(-40, 40));
  auto d = [e](LL v) { return std::ldexp(double(v), e); };
  const auto g = rc::gen::weightedOneOf<Point<LL>>({
      {3, geotest::uniform_point<LL>(2500)},
      {1, geotest::bound_point<LL>(2500)},
      {2, geotest::grid_point<LL>(6, -3)},
  });
  const PL ip = *geotest::sized_vector(g, 16);
  std::vector<PD> p;
  for (const auto& q : ip) p.push_back({d(q.x), d(q.y)});
  const LL x0 = *geotest::uniform_int(-2500, 2499), y0 = *geotest::uniform_int(-2500, 2499);
  const LL x1 = *geotest::uniform_int(x0 + 1, 2500), y1 = *geotest::uniform_int(y0 + 1, 2500);
  check(p, PD{d(x0), d(y0)}, PD{d(x1), d(y1)});
}
