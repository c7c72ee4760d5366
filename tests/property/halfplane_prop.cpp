// Properties of geometry/halfplane.hpp against oracle_planar.hpp (hull of every feasible
// pairwise line intersection, in rationals).
// Exact combinatorics: the vertex count equals the oracle's for every input (point, segment,
// empty and polygon results included); each vertex is within 1e-12 (|x| + 1) of the oracle's,
// in the same counter-clockwise order. The library run with mpq_rational equals the oracle
// exactly. Inputs: lines through points of a 7x7 grid (parallel, concurrent, coincident and
// opposite lines are frequent), families of parallel lines with both directions, coincident
// opposite pairs (segment and point results), lines through a common point at 1e9 moved by
// at most one unit (tiny regions), nearly parallel lines at 1e9, and no box when the
// directions surround the origin.
#include "geometry/halfplane.hpp"
#include "geometry/polygon/area.hpp"

#include "generators.hpp"
#include "oracle_planar.hpp"
#include "property.hpp"

#include <array>
#include <cmath>
#include <string>

namespace {

using geo::Point;
using LL = long long;
using PL = Point<LL>;
using oracle::Q;
using oracle::QX;

LL draw(LL lo, LL hi) { return *geotest::uniform_int(lo, hi); }
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
        if (draw(0, 1)) d = -d;
        if (draw(0, 1)) d = d.perp();
        c.lines.push_back({a, a + d});
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
      cand.push_back(d), cand.push_back(-d);
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

template <class R> std::string compare(const std::vector<Point<R>>& got, const std::vector<oracle::QP>& want,
                                       double tol) {
  if (got.size() != want.size())
    return "size " + std::to_string(got.size()) + " want " + std::to_string(want.size());
  const size_t n = got.size();
  if (n == 0) return "";
  size_t start = 0;
  double bestd = 1e300;
  for (size_t i = 0; i < n; i++) {
    const double dx = static_cast<double>(got[i].x) - want[0].x.convert_to<double>();
    const double dy = static_cast<double>(got[i].y) - want[0].y.convert_to<double>();
    if (std::hypot(dx, dy) < bestd) bestd = std::hypot(dx, dy), start = i;
  }
  for (size_t k = 0; k < n; k++) {
    const auto& g = got[(start + k) % n];
    const double wx = want[k].x.convert_to<double>(), wy = want[k].y.convert_to<double>();
    const double t = tol * (1 + std::abs(wx) + std::abs(wy));
    if (std::abs(static_cast<double>(g.x) - wx) > t || std::abs(static_cast<double>(g.y) - wy) > t)
      return "vertex " + std::to_string(k) + " off";
  }
  return "";
}

CPGEO_PROP(HalfplaneProp, MatchesOracle, 1500, ()) {
  const int kind = static_cast<int>(*rc::gen::inRange(0, 5));
  const Case c = make_case(kind);
  const auto want = expected(c);
  const auto got = geo::halfplane_intersection(c.lines, c.box);
  RC_CLASSIFY(want.size() == 0, "empty");
  RC_CLASSIFY(want.size() == 1, "point");
  RC_CLASSIFY(want.size() == 2, "segment");
  RC_CLASSIFY(want.size() >= 3, "polygon");
  const std::string err = compare(got, want, 1e-12);
  if (!err.empty()) RC_FAIL(err + " kind " + std::to_string(kind) + " " + show(c));
  RC_ASSERT(geo::area2(got) >= 0);
  if (got.size() >= 3) RC_ASSERT(geo::area2(got) > 0);
}

CPGEO_PROP(HalfplaneProp, ExactTypeRun, 200, ()) {
  const Case c = make_case(static_cast<int>(*rc::gen::inRange(0, 2)));
  std::vector<geo::Line<QX>> L;
  for (auto& l : c.lines)
    L.push_back({Point<QX>(QX(l.a.x), QX(l.a.y)), Point<QX>(QX(l.b.x), QX(l.b.y))});
  const auto got = geo::halfplane_intersection(L, QX(c.box));
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

CPGEO_PROP(HalfplaneProp, DoubleSmallGrid, 500, ()) {
  // Integer-valued doubles on a small grid: vertices are exact to rounding, far above eps,
  // so the floating path must give the exact combinatorics too.
  const Case c = make_case(static_cast<int>(*rc::gen::inRange(0, 2)));
  std::vector<geo::Line<double>> L;
  for (auto& l : c.lines)
    L.push_back({Point<double>(double(l.a.x), double(l.a.y)), Point<double>(double(l.b.x), double(l.b.y))});
  const auto got = geo::halfplane_intersection(L, double(c.box));
  const std::string err = compare(got, expected(c), 1e-12);
  if (!err.empty()) RC_FAIL(err + " " + show(c));
}

}  // namespace
