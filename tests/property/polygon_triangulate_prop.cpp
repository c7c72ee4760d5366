// Properties of geometry/polygon/triangulate.hpp and geometry/polygon/triangulate_fast.hpp
// (every property runs both: triangulate and triangulate_fast) against the exact tiling
// oracles of oracle_triangulation.hpp.
// long long: random simple polygons (star-shaped, 2-opt untangled tours, lattice skylines,
//   convex with collinear runs; dense grids and |x|,|y| = 1e9; collinear lattice points
//   inserted into edges, up to three rounds), all made counter-clockwise: the output tiles P
//   (check_tiling: every condition directly), and so does the output for P reversed
//   (clockwise), indices mapped back. Large shapes (combs, spirals, star-shaped
//   polygons with up to 300 vertices, orthogonal skylines, 2-opt tours): check_chain, and
//   check_tiling while n <= 60.
// mpq_rational: the library run on an exact type (x / 3, y / 5: an orientation- and
//   order-preserving map) gives the long long answer.
// double / long double, the EPS contract: lattice polygons times 2^k with every
//   non-collinear triple at smallest altitude >= 2 eps and |x|,|y| <= eps / (23 u): the
//   same triangles as the long long run, in both orientations.
// Degenerate: n < 3 and all-collinear vertex lists (zero area) give {}.
#include "geometry/polygon/triangulate.hpp"
#include "geometry/polygon/triangulate_fast.hpp"

#include "generators.hpp"
#include "oracle_triangulation.hpp"
#include "polygon_gen.hpp"
#include "property.hpp"
#include "scoped_eps.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using geo::Point;
using geotest::Poly;
using LL = long long;
using Tris = std::vector<std::array<int, 3>>;

template <class T> Tris run(int which, const std::vector<Point<T>>& P) {
  return which ? geo::triangulate_fast(P) : geo::triangulate(P);
}

Poly ccw(Poly P) { return oracle::twice_area(oracle::qpoly(P)) < 0 ? geotest::reversed(P) : P; }

// Teeth of width 1 (gaps of 1) on a bar [0, 2k] x [0, 1]: many collinear vertices on y = 1.
Poly comb(const std::vector<LL>& h) {
  const LL k = static_cast<LL>(h.size());
  Poly P{{0, 0}, {2 * k, 0}, {2 * k, 1}};
  for (LL i = k - 1; i >= 0; i--) {
    const LL t = 1 + h[static_cast<size_t>(i)];
    P.push_back({2 * i + 1, 1}), P.push_back({2 * i + 1, t}), P.push_back({2 * i, t}), P.push_back({2 * i, 1});
  }
  P.pop_back();  // (0, 1) follows: keep it once
  P.push_back({0, 1});
  return P;
}

// A thick Archimedean spiral: the outer curve out, the inner curve back (rounded to the
// lattice; kept if simple).
Poly spiral(int per_turn, int turns, double D) {
  Poly out, in;
  const int m = per_turn * turns;
  for (int i = 0; i <= m; i++) {
    const double th = 6.283185307179586 * i / per_turn, r = D * (th / 6.283185307179586 + 1);
    out.push_back({std::llround(r * std::cos(th)), std::llround(r * std::sin(th))});
    in.push_back({std::llround((r - D / 2) * std::cos(th)), std::llround((r - D / 2) * std::sin(th))});
  }
  Poly P = out;
  for (int i = m; i >= 0; i--) P.push_back(in[static_cast<size_t>(i)]);
  return P;
}

// Random points sorted by exact angle about the origin, one per direction, kept if every
// turn about the origin is positive: star-shaped and simple by construction (O(n) check).
rc::Gen<Poly> big_star(LL R, int max_n) {
  auto raw = rc::gen::map(
      rc::gen::container<Poly>(static_cast<size_t>(max_n), geotest::uniform_point<LL>(R)), [](Poly v) {
        v.erase(std::remove(v.begin(), v.end(), Point<LL>(0, 0)), v.end());
        std::sort(v.begin(), v.end(), geotest::angle_less);
        Poly out;
        for (auto& p : v)
          if (out.empty() || geotest::angle_less(out.back(), p)) out.push_back(p);
        return out;
      });
  return rc::gen::suchThat(raw, [](const Poly& P) {
    for (size_t i = 0; i < P.size(); i++) {
      const auto &a = P[i], &b = P[(i + 1) % P.size()];
      if (static_cast<__int128>(a.x) * b.y - static_cast<__int128>(a.y) * b.x <= 0) return false;
    }
    return P.size() >= 3;
  });
}

rc::Gen<Poly> big_shape() {  // simple by construction, or checked (spirals)
  return rc::gen::weightedOneOf<Poly>({
      {2, rc::gen::map(rc::gen::container<std::vector<LL>>(static_cast<size_t>(*geotest::uniform_int(1, 60)),
                                                           geotest::uniform_int(1, 9)),
                       [](std::vector<LL> h) { return comb(h); })},
      {2, rc::gen::suchThat(rc::gen::apply([](int pt, int tu, int d) { return spiral(pt, tu, d); },
                                           rc::gen::cast<int>(geotest::uniform_int(6, 30)),
                                           rc::gen::cast<int>(geotest::uniform_int(1, 5)),
                                           rc::gen::cast<int>(geotest::uniform_int(40, 100000))),
                            geotest::simple_exact)},
      {2, big_star(1000000000, 300)},
      {1, big_star(30, 200)},
      {1, geotest::star_polygon(1000, 40)},
      {1, geotest::histogram_polygon(80, 12)},
      {1, geotest::two_opt_polygon(1000, 40)},
  });
}

Poly add_collinear(Poly P, int rounds, unsigned long long bits) {
  for (int r = 0; r < rounds; r++) P = geotest::with_collinear(P, bits * (2 * r + 1));
  return P;
}

// P counter-clockwise; both variants run on P and on P reversed (clockwise: the indices
// mapped back), each result checked against P.
void check_both(const Poly& P, bool direct) {
  const auto QP = oracle::qpoly(P);
  const Poly C = geotest::reversed(P);
  const int n = static_cast<int>(P.size());
  for (int w = 0; w < 4; w++) {
    Tris T = run(w % 2, w < 2 ? P : C);
    if (w >= 2)
      for (auto& t : T)
        for (int& i : t) i = n - 1 - i;
    const std::string e = direct ? oracle::check_tiling(QP, T) : oracle::check_chain(QP, T);
    if (!e.empty()) RC_FAIL(std::string(w % 2 ? "triangulate_fast" : "triangulate") + (w < 2 ? "" : " (clockwise)") + ": " + e);
  }
}

CPGEO_PROP(PolygonTriangulateProp, TilesRandomSimplePolygons, 400, ()) {
  const LL R = *rc::gen::element<LL>(4, 8, 1000, 1000000000);
  Poly P = *geotest::simple_polygon(R);
  if (R >= 1000) P = add_collinear(geotest::fit(P, R), static_cast<int>(*geotest::uniform_int(0, 3)),
                                   static_cast<unsigned long long>(*geotest::uniform_int(0, LLONG_MAX)));
  P = ccw(P);
  RC_PRE(geotest::simple_exact(P));
  RC_TAG(P.size() <= 8 ? "n<=8" : P.size() <= 16 ? "n<=16" : "n>16");
  check_both(P, true);
}

CPGEO_PROP(PolygonTriangulateProp, TilesLargeShapes, 40, ()) {
  Poly P = *big_shape();
  if (*rc::gen::arbitrary<bool>()) {
    P = add_collinear(geotest::fit(P, 1000000000), static_cast<int>(*geotest::uniform_int(1, 2)),
                      static_cast<unsigned long long>(*geotest::uniform_int(0, LLONG_MAX)));
  }
  P = ccw(geotest::rotate_start(P, static_cast<size_t>(*geotest::uniform_int(0, 1000))));
  RC_TAG(P.size() <= 60 ? "n<=60" : P.size() <= 200 ? "n<=200" : "n>200");
  check_both(P, P.size() <= 60);
}

CPGEO_PROP(PolygonTriangulateProp, ExactTypeRun, 150, ()) {
  using QX = oracle::QX;
  const Poly P = ccw(*geotest::simple_polygon(50));
  std::vector<Point<QX>> Q;
  for (auto& p : P) Q.push_back(Point<QX>(QX(p.x) / 3, QX(p.y) / 5));
  for (int w = 0; w < 2; w++) RC_ASSERT(run(w, Q) == run(w, P));
}

template <class T> void floating_contract() {
  const T eps = *rc::gen::weightedElement<T>({{4, T(1e-9)}, {1, T(1e-6)}, {1, std::ldexp(T(1), -30)}});
  const T u = std::numeric_limits<T>::epsilon() / 2;
  const Poly P = ccw(*geotest::simple_polygon(*rc::gen::element<LL>(8, 1000)));
  LL m = 1;
  for (auto& p : P) m = std::max({m, std::abs(p.x), std::abs(p.y)});
  // scale s = 2^k: altitude >= s / (2 sqrt 2 m) >= 2 eps, and s m <= eps / (23 u)
  const int klo = static_cast<int>(std::ceil(std::log2(static_cast<double>(eps) * 5.66 * static_cast<double>(m))));
  const int khi = static_cast<int>(std::floor(std::log2(static_cast<double>(eps / (23 * u)) / static_cast<double>(m))));
  RC_PRE(klo <= khi);
  const int k = static_cast<int>(*geotest::uniform_int(klo, khi));
  const auto F = geotest::to_floating<T>(P, k);
  geotest::ScopedEps<T> scoped(eps);
  const auto FC = geotest::to_floating<T>(geotest::reversed(P), k);
  for (int w = 0; w < 2; w++) {
    RC_ASSERT(run(w, F) == run(w, P));
    RC_ASSERT(run(w, FC) == run(w, geotest::reversed(P)));  // clockwise
  }
}

CPGEO_PROP(PolygonTriangulateProp, FloatingMatchesExactDouble, 200, ()) { floating_contract<double>(); }
CPGEO_PROP(PolygonTriangulateProp, FloatingMatchesExactLongDouble, 100, ()) { floating_contract<long double>(); }

CPGEO_PROP(PolygonTriangulateProp, DegenerateGiveNothing, 200, ()) {
  // n < 3, or every vertex on one line (zero area): {}
  const Point<LL> a = *geotest::uniform_point<LL>(1000), d = *geotest::uniform_point<LL>(30);
  const auto ks = *rc::gen::container<std::vector<LL>>(static_cast<size_t>(*geotest::uniform_int(0, 12)),
                                                       geotest::uniform_int(-20, 20));
  Poly P;
  for (LL k : ks) P.push_back(a + d * k);
  for (int w = 0; w < 2; w++) RC_ASSERT(run(w, P).empty());
}

}  // namespace
