// Properties of geometry/halfplane.hpp (Short) and geometry/halfplane_exact.hpp (Exact)
// against oracle_planar.hpp (hull of every feasible pairwise line intersection, in
// rationals). Every property runs for both headers; where their contracts differ, it checks
// each one's: the exact turns of the returned doubles are Short's promise only within
// orient's range (|x| <= 3.9e5), Exact's everywhere; floating input near degeneracies is
// decided exactly by Exact, by rounded signs by Short (shape_promises()).
// Every result, long long and double (checked by promises()): each consecutive triple turns
// left by geo::orient and exactly (the returned doubles as rationals; exact area > 0 too),
// no vertex repeats, each vertex is within 8u (|v| + M) per coordinate of
// a vertex of the exact region (so within that of every half-plane), every exact vertex lies
// within 2 eps + that of the result, empty iff the exact region is empty.
// Exact combinatorics: where no two exact vertices round together and every exact turn has
// altitude > 4 eps, the vertex count and the counter-clockwise order equal the oracle's
// (point, segment, empty and polygon results included). The library run with mpq_rational equals the oracle
// exactly. Inputs: lines through points of a 7x7 grid (parallel, concurrent, coincident and
// opposite lines are frequent), families of parallel lines with both directions, coincident
// opposite pairs (segment and point results), lines through a common point at 1e9 moved by
// at most one unit (tiny regions), nearly parallel lines at 1e9, lines between points near
// the 1e9 corners, thin wedges at 1e9 (directions with cross product 1..3: vertices about an
// ulp apart), and no box when the directions surround the origin.
#include "geometry/halfplane.hpp"
#include "geometry/halfplane_exact.hpp"
#include "geometry/orient.hpp"
#include "geometry/polygon/area.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using oracle::Q;
using oracle::QX;

LL draw(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }

struct Short {
  static constexpr bool exact = false;
  template <class T> static auto run(const std::vector<geo::Line<T>>& H, T box) {
    return geo::halfplane_intersection(H, box);
  }
};
struct Exact {
  static constexpr bool exact = true;
  template <class T> static auto run(const std::vector<geo::Line<T>>& H, T box) {
    return geo::halfplane_intersection_exact(H, box);
  }
};
PL draw_point(LL R) { return PL(draw(-R, R), draw(-R, R)); }

struct Case {
  std::vector<geo::Line<LL>> lines;
  LL box = 0;
};

Case make_case(int kind) {
  Case c;
  const int n = static_cast<int>(draw(0, 9));
  switch (kind) {
    case 0: {  // small grid, box 4: every degeneracy is common
      c.box = draw(1, 4);
      for (int i = 0; i < n; i++) {
        PL a = draw_point(3), b = draw_point(3);
        if (a == b) b.x += 1;
        c.lines.push_back({a, b});
      }
      break;
    }
    case 1: {  // parallel families, both directions, plus coincident opposite pairs
      c.box = draw(5, 20);
      const PL d(draw(-3, 3), draw(-3, 3) | 1);
      for (int i = 0; i < n; i++) {
        const PL a = draw_point(6);
        const int mode = static_cast<int>(draw(0, 3));
        if (mode == 0) c.lines.push_back({a, a + d});
        else if (mode == 1) c.lines.push_back({a + d, a});
        else if (mode == 2) c.lines.push_back({a, a + d}), c.lines.push_back({a + d * 2, a});
        else c.lines.push_back({a, a + d.perp()});
      }
      break;
    }
    case 2: {  // lines through (almost) one point at 1e9 scale: tiny or degenerate regions
      c.box = 1000000000;
      const PL p = draw_point(990000000);
      for (int i = 0; i < n; i++) {
        PL dir(draw(-1000000, 1000000), draw(-1000000, 1000000));
        if (dir == PL(0, 0)) dir.x = 1;
        const PL a = p + PL(draw(-1, 1), draw(-1, 1)) - dir * draw(0, 5);
        c.lines.push_back({a, a + dir});
      }
      break;
    }
    case 3: {  // nearly parallel lines at 1e9
      c.box = 1000000000;
      for (int i = 0; i < n; i++) {
        const LL k = draw(1, 499999999);
        PL a = draw_point(400000000), d(k + draw(-1, 1), k);
        if (draw(0, 1)) d = d * -1;
        if (draw(0, 1)) d = d.perp();
        c.lines.push_back({a, a + d});
      }
      break;
    }
    case 5: {  // lines between points a few units from the box's corners (nearly diagonal,
      // nearly parallel, nearly concurrent at 1e9): exact vertices < 1 ulp apart round together
      const LL B = 1000000000;
      c.box = B;
      const PL corner[4] = {{-B, -B}, {B, -B}, {B, B}, {-B, B}};
      for (int i = 0; i < n; i++) {
        const int k = static_cast<int>(draw(0, 3)), j = draw(0, 2) ? (k + 2) % 4 : (k + 1) % 4;
        const PL a = corner[k] - PL(draw(0, 3) * (corner[k].x > 0 ? 1 : -1), draw(0, 3) * (corner[k].y > 0 ? 1 : -1));
        const PL b = corner[j] - PL(draw(0, 3) * (corner[j].x > 0 ? 1 : -1), draw(0, 3) * (corner[j].y > 0 ? 1 : -1));
        if (!(a == b)) c.lines.push_back({a, b});
      }
      break;
    }
    case 6: {  // thin wedges at 1e9: two lines through one lattice point near a corner whose
      // directions d1, d2 have cross product k = 1..3 (angle ~1e-17), clipped by the box (or a
      // line) about 2e9 away: exact vertices about an ulp apart, rounded turns of either sign
      const LL B = 1000000000, S = draw(10000000, 300000000), p = draw(S / 2, S), r = draw(S / 2, S);
      LL x = 1, y = 0, g = p, h = r, x1 = 0, y1 = 1;  // extended Euclid: p x + r y = g
      while (h != 0) {
        const LL t = g / h;
        g -= t * h, std::swap(g, h), x -= t * x1, std::swap(x, x1), y -= t * y1, std::swap(y, y1);
      }
      c.box = B;
      if (g != 1) break;  // d1 = (p, r), w = (-y, x): d1 x w = 1, d2 = k w + t d1
      const PL d1(p, r), d2 = PL(-y, x) * draw(1, 3) + d1 * draw(1, 5);
      const PL v(-B + draw(0, 3), -B + (draw(0, 1) ? draw(0, 3) : draw(0, 1000000)));
      auto in = [B](const PL& a) { return std::abs(a.x) <= B && std::abs(a.y) <= B; };
      if (!in(v + d1) || !in(v + d2)) break;
      c.lines.push_back({v, v + d1}), c.lines.push_back({v + d2, v});
      if (draw(0, 1)) {
        const PL e(B - draw(0, 3), B - 1000 - draw(0, 3));
        c.lines.push_back({e, e + PL(-draw(1, 1000), draw(1, 1000))});
      }
      break;
    }
    default: {  // no box: three or more directions around the origin, random offsets
      const int m = static_cast<int>(draw(3, 8));
      for (int i = 0; i < m; i++) {
        PL a = draw_point(50), b = draw_point(50);
        if (a == b) b.y += 1;
        c.lines.push_back({a, b});
      }
      break;
    }
  }
  return c;
}

std::string show(const Case& c) {
  std::string s = "box " + std::to_string(c.box) + " lines:";
  for (auto& l : c.lines)
    s += " {{" + std::to_string(l.a.x) + "," + std::to_string(l.a.y) + "},{" + std::to_string(l.b.x) +
         "," + std::to_string(l.b.y) + "}}";
  return s;
}

std::vector<oracle::QP> expected(const Case& c) {
  std::vector<std::array<PL, 2>> L;
  for (auto& l : c.lines) L.push_back({l.a, l.b});
  if (c.box == 0) {  // the library promises {} when the directions leave a gap >= pi
    // Bounded iff no nonzero v has cross(d_i, v) >= 0 for all i. Those v form a closed
    // convex cone bounded by lines spanned by the d_i, so if it is not {0} one of the
    // +-d_i lies in it: testing them decides.
    bool bounded = !L.empty();
    std::vector<PL> cand;
    for (auto& l : L) {
      const PL d = l[1] - l[0];
      cand.push_back(d), cand.push_back(d * -1);
    }
    for (auto& v : cand) {
      bool all = true;
      for (auto& l : L) all = all && oracle::sign(oracle::cross(oracle::qp(l[1] - l[0]), oracle::qp(v))) >= 0;
      if (all) bounded = false;
    }
    if (!bounded) return {};
  }
  return oracle::hpi(L, c.box);
}

// The promises every floating result keeps against the exact region want (oracle::hpi) of
// the half-planes L (box included as four lines); M = the largest |coordinate| of L.
// strict: also the exact vertex count and order (when rounding cannot merge anything).
template <class R, class PT>
std::string promises(const std::vector<Point<R>>& got, const std::vector<oracle::QP>& want,
                     const std::vector<std::array<PT, 2>>& L, bool strict, bool exact_turns = true) {
  double M = 0;
  for (auto& l : L)
    for (auto& p : l) M = std::max({M, std::abs(double(p.x)), std::abs(double(p.y))});
  const double u = std::numeric_limits<double>::epsilon() / 2, e = geo::eps<double>;
  const size_t n = got.size();
  if ((n == 0) != want.empty()) return "empty " + std::to_string(n) + " want " + std::to_string(want.size());
  for (size_t i = 0; i < n && n >= 3; i++)
    if (geo::orient(got[i], got[(i + 1) % n], got[(i + 2) % n]) <= 0) return "turn " + std::to_string(i) + " not left";
  if (n >= 3 && exact_turns) {  // the returned doubles, exactly: every turn left, so area > 0
    oracle::Q a2 = 0;
    for (size_t i = 0; i < n; i++) {
      const oracle::QP a = oracle::qp(got[i]), b = oracle::qp(got[(i + 1) % n]);
      const oracle::QP c = oracle::qp(got[(i + 2) % n]);
      if (oracle::orientation(a, b, c) <= 0) return "exact turn " + std::to_string(i) + " not left";
      a2 += oracle::cross(a, b);
    }
    if (a2 <= 0) return "exact area not > 0";
  }
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      if (got[i] == got[j]) return "repeated vertex";
  auto near = [&](const Point<R>& g, const oracle::QP& v) {  // per coordinate, 8u (|v| + M)
    const double vx = v.x.convert_to<double>(), vy = v.y.convert_to<double>();
    const oracle::Q tol = oracle::q(8 * u * (std::max(std::abs(vx), std::abs(vy)) + M));
    auto ab = [](const oracle::Q& x) { return x < 0 ? oracle::Q(-x) : x; };
    return ab(oracle::q(g.x) - v.x) <= tol && ab(oracle::q(g.y) - v.y) <= tol;
  };
  for (size_t i = 0; i < n; i++) {
    bool ok = false;
    for (auto& v : want) ok = ok || near(got[i], v);
    if (!ok) return "vertex " + std::to_string(i) + " not near an exact vertex";
    for (auto& l : L) {  // within 8u (|g| + M) sqrt(2) of the half-plane: a consequence, checked
      const oracle::QP a = oracle::qp(l[0]), b = oracle::qp(l[1]), g = oracle::qp(got[i]);
      const oracle::Q c = oracle::cross(oracle::sub(b, a), oracle::sub(g, a));
      const double t = 12 * u * (std::max(std::abs(double(got[i].x)), std::abs(double(got[i].y))) + M);
      if (c < 0 && c * c > oracle::q(t * t) * oracle::dist2(a, b)) return "vertex " + std::to_string(i) + " outside a half-plane";
    }
  }
  for (auto& v : want) {  // every exact vertex within 2 eps (+ rounding) of the result
    const double vx = v.x.convert_to<double>(), vy = v.y.convert_to<double>();
    double d = 1e300;
    for (size_t i = 0; i < n; i++) {  // distance to the edges (or the point / segment)
      const Point<double> a(double(got[i].x), double(got[i].y)), b(double(got[(i + 1) % n].x), double(got[(i + 1) % n].y));
      const Point<double> ab = b - a, av = Point<double>(vx, vy) - a;
      const double t = ab.norm2() > 0 ? std::clamp(ab.dot(av) / ab.norm2(), 0.0, 1.0) : 0.0;
      d = std::min(d, (av - ab * t).norm());
    }
    bool inside = n >= 3;
    for (size_t i = 0; i < n && inside; i++) {
      const Point<double> a(double(got[i].x), double(got[i].y)), b(double(got[(i + 1) % n].x), double(got[(i + 1) % n].y));
      inside = (b - a).cross(Point<double>(vx, vy) - a) >= 0;
    }
    if (!inside && d > 2 * e + 64 * u * (std::max(std::abs(vx), std::abs(vy)) + M))
      return "exact vertex " + std::to_string(d) + " from the result";
  }
  if (strict) {
    if (n != want.size()) return "size " + std::to_string(n) + " want " + std::to_string(want.size());
    size_t s0 = 0;
    for (size_t i = 0; i < n; i++)
      if (near(got[i], want[0])) s0 = i;
    for (size_t k = 0; k < n; k++)
      if (!near(got[(s0 + k) % n], want[k])) return "vertex order differs at " + std::to_string(k);
  }
  return "";
}

// True when rounding cannot change the exact region's vertex list: its vertices are pairwise
// more than 4 eps + 64u M apart and every consecutive turn has smallest altitude above that
// (orient's own error at coordinates M is about 11u M, docs/eps.md).
template <class PT> bool separated(const std::vector<oracle::QP>& W, const std::vector<std::array<PT, 2>>& L) {
  double M = 0;
  for (auto& l : L)
    for (auto& p : l) M = std::max({M, std::abs(double(p.x)), std::abs(double(p.y))});
  const oracle::Q e4 = oracle::q(4 * geo::eps<double> + 32 * std::numeric_limits<double>::epsilon() * M);
  for (size_t i = 0; i < W.size(); i++)
    for (size_t j = i + 1; j < W.size(); j++)
      if (oracle::dist2(W[i], W[j]) <= e4 * e4) return false;
  for (size_t i = 0; i < W.size() && W.size() >= 3; i++)
    if (oracle::cmp_alt(W[i], W[(i + 1) % W.size()], W[(i + 2) % W.size()], e4) <= 0) return false;
  return true;
}

template <class T> std::vector<std::array<Point<T>, 2>> with_box(const std::vector<geo::Line<T>>& H, T box) {
  std::vector<std::array<Point<T>, 2>> L;
  for (auto& l : H) L.push_back({l.a, l.b});
  if (box > 0) {
    const Point<T> c[4] = {{-box, -box}, {box, -box}, {box, box}, {-box, box}};
    for (int k = 0; k < 4; k++) L.push_back({c[k], c[(k + 1) % 4]});
  }
  return L;
}

template <class V> void matches_oracle() {
  const int kind = static_cast<int>(*rc::gen::elementOf(std::vector<int>{0, 1, 2, 3, 4, 5, 5, 6, 6}));
  const Case c = make_case(kind);
  const auto want = expected(c);
  const auto got = V::run(c.lines, c.box);
  RC_CLASSIFY(want.size() == 0, "empty");
  RC_CLASSIFY(want.size() == 1, "point");
  RC_CLASSIFY(want.size() == 2, "segment");
  RC_CLASSIFY(want.size() >= 3, "polygon");
  const auto L = with_box(c.lines, c.box);
  RC_CLASSIFY(!separated(want, L), "rounding merges");
  // Short: exact turns of the rounded result only within orient's double range
  const bool exact_turns = V::exact || (c.box > 0 && c.box <= 390000);
  const std::string err = promises(got, want, L, separated(want, L), exact_turns);
  if (!err.empty()) RC_FAIL(err + " kind " + std::to_string(kind) + " " + show(c));
  if (c.box <= 390000) {  // orient's double range at eps 1e-9: its left turns are true
    RC_ASSERT(geo::area2(got) >= 0);
    if (got.size() >= 3) RC_ASSERT(geo::area2(got) > 0);
  }
}
CPGEO_PROP(HalfplaneProp, MatchesOracle, 1500, ()) { matches_oracle<Short>(); }
CPGEO_PROP(HalfplaneProp, MatchesOracleExact, 1500, ()) { matches_oracle<Exact>(); }

template <class V> void exact_type_run() {
  const Case c = make_case(static_cast<int>(*rc::gen::inRange(0, 2)));
  std::vector<geo::Line<QX>> L;
  for (auto& l : c.lines)
    L.push_back({Point<QX>(QX(l.a.x), QX(l.a.y)), Point<QX>(QX(l.b.x), QX(l.b.y))});
  const auto got = V::run(L, QX(c.box));
  const auto want = expected(c);
  RC_ASSERT(got.size() == want.size());
  const size_t n = got.size();
  size_t start = 0;
  for (size_t i = 0; i < n; i++)
    if (Q(got[i].x) == want[0].x && Q(got[i].y) == want[0].y) start = i;
  for (size_t k = 0; k < n; k++) {
    RC_ASSERT(Q(got[(start + k) % n].x) == want[k].x);
    RC_ASSERT(Q(got[(start + k) % n].y) == want[k].y);
  }
}
CPGEO_PROP(HalfplaneProp, ExactTypeRun, 200, ()) { exact_type_run<Short>(); }
CPGEO_PROP(HalfplaneProp, ExactTypeRunExact, 200, ()) { exact_type_run<Exact>(); }

template <class V> void double_small_grid() {
  // Integer-valued doubles on a small grid: vertices are exact to rounding, far above eps,
  // so the floating path must give the exact combinatorics too.
  const Case c = make_case(static_cast<int>(*rc::gen::inRange(0, 2)));
  std::vector<geo::Line<double>> L;
  for (auto& l : c.lines)
    L.push_back({Point<double>(double(l.a.x), double(l.a.y)), Point<double>(double(l.b.x), double(l.b.y))});
  const auto got = V::run(L, double(c.box));
  const auto want = expected(c);
  const auto LB = with_box(L, double(c.box));
  const std::string err = promises(got, want, LB, separated(want, LB));
  if (!err.empty()) RC_FAIL(err + " " + show(c));
}
CPGEO_PROP(HalfplaneProp, DoubleSmallGrid, 500, ()) { double_small_grid<Short>(); }
CPGEO_PROP(HalfplaneProp, DoubleSmallGridExact, 500, ()) { double_small_grid<Exact>(); }

// Floating input near every degeneracy, in the documented range (|x| <= 1e5 here): lines
// through (almost) one point, and nearly parallel families in both directions, moved by
// 2^-60..2^-20 of the scale; Exact's decisions are exact, so its result follows the exact
// region (promises()), with or without FMA contraction; Short keeps shape_promises().
struct DCase {
  std::vector<geo::Line<double>> lines;
  double box = 0;
};

std::string show(const DCase& c) {
  std::string s = "box " + geotest::lit(c.box) + " lines:";
  for (auto& l : c.lines) s += " {" + geotest::paste(l.a) + ", " + geotest::paste(l.b) + "}";
  return s;
}

double unit() { return double(draw(-(1LL << 52), 1LL << 52)) / double(1LL << 52); }
double tiny(double R) {  // 0, or +-R 2^-k, k in 20..60
  return draw(0, 3) == 0 ? 0.0 : std::ldexp(R * unit(), -static_cast<int>(draw(20, 60)));
}

DCase make_dcase(int kind) {
  DCase c;
  const double R = std::ldexp(1.0, static_cast<int>(draw(-3, 16))) * (1 + unit() / 2);  // up to 1e5
  c.box = R * (1 + unit() / 4);
  const int n = static_cast<int>(draw(2, 8));
  const Point<double> p(R * unit() / 2, R * unit() / 2);
  const double th = 3.14159 * unit();
  for (int i = 0; i < n; i++) {
    double a = kind == 0 ? 3.14159 * unit() : th + std::ldexp(unit(), -static_cast<int>(draw(10, 50)));
    if (kind == 1 && draw(0, 1)) a += 3.14159265358979;  // the opposite direction: strips, wedges
    if (kind == 2 && i == 0) a = th + 2;                  // one line across the family
    const Point<double> d(std::cos(a) * R / 2, std::sin(a) * R / 2);
    const Point<double> o = p + Point<double>(tiny(R), tiny(R)) - d * (unit() / 2);
    c.lines.push_back({o, o + d});
  }
  return c;
}

// Short's floating contract near degeneracies: its decisions are signs of rounded
// expressions, so the region may be that of a nearby configuration; what it keeps is the
// shape: every consecutive triple turns left by orient, no vertex repeats.
std::string shape_promises(const std::vector<Point<double>>& got) {
  const size_t n = got.size();
  for (size_t i = 0; i < n && n >= 3; i++)
    if (geo::orient(got[i], got[(i + 1) % n], got[(i + 2) % n]) <= 0) return "turn not left";
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      if (got[i] == got[j]) return "repeated vertex";
  return "";
}

template <class V> void double_near_degenerate() {
  const int kind = static_cast<int>(*rc::gen::inRange(0, 3));
  const DCase c = make_dcase(kind);
  const auto L = with_box(c.lines, c.box);
  const auto want = oracle::hpi(L, 0);
  const auto got = V::run(c.lines, c.box);
  RC_CLASSIFY(want.size() == 0, "empty");
  RC_CLASSIFY(want.size() == 1, "point");
  RC_CLASSIFY(want.size() == 2, "segment");
  RC_CLASSIFY(want.size() >= 3, "polygon");
  RC_CLASSIFY(got.size() != want.size(), "merged");
  const std::string err = V::exact ? promises(got, want, L, separated(want, L)) : shape_promises(got);
  if (!err.empty()) RC_FAIL(err + " kind " + std::to_string(kind) + " " + show(c));
}
CPGEO_PROP(HalfplaneProp, DoubleNearDegenerate, 1500, ()) { double_near_degenerate<Short>(); }
CPGEO_PROP(HalfplaneProp, DoubleNearDegenerateExact, 1500, ()) { double_near_degenerate<Exact>(); }

}  // namespace
