// oracle_lines.hpp: exact rational oracles for lines and segments (geometry/line.hpp,
// segment.hpp, distance.hpp), plus the generators of point quadruples their tests share.
//
// Independence (oracle.hpp's rule): nothing here calls geo:: algorithms; points enter as
// oracle::QP. Each answer comes from a different formulation than the library's:
//   lines         implicit equations A x + B y = C, solved by Cramer's rule (the library
//                 works with directions and cross products from an anchor point);
//   projection    the 2x2 system  d.X = d.r,  n.X = n.a  (n the normal), by Cramer;
//   point-segment the closest point a + clamp(t, 0, 1) (b - a), then its squared distance;
//   intersection  of segments: the exact set, from Cramer's point checked against both
//                 bounding boxes, or for one common line the overlap of the two parameter
//                 intervals; zero-length segments are points;
//   distances     squared, exact: 0 if the intersection set is not empty, else the least of
//                 the four endpoint-to-segment distances (the classic fact).
// The contract helpers return the exact squared LENGTH each floating predicate compares
// with eps (docs/eps.md): distance to a line, the "tip" measure of parallel/orthogonal,
// segment-segment distance.
#pragma once
#include "oracle.hpp"
#include "generators.hpp"
#include <algorithm>
#include <vector>

namespace oracle_lines {

using oracle::Q;
using oracle::QP;

using oracle::same;  // oracle.hpp's, so that calls on QP are not ambiguous with ADL's
using oracle::seg_dist2;
inline bool lex_less(const QP& p, const QP& r) { return p.x < r.x || (p.x == r.x && p.y < r.y); }
inline QP add(const QP& p, const QP& d, const Q& t) { return QP{p.x + d.x * t, p.y + d.y * t}; }

// ------------------------------------------------------------------ lines

struct Implicit {
  Q A, B, C;  // A x + B y = C
};
inline Implicit implicit(const QP& p, const QP& r) {  // through p and r (p != r)
  const Q A = r.y - p.y, B = p.x - r.x;
  return {A, B, A * p.x + B * p.y};
}

// +1 left of p -> r, -1 right, 0 on the line.
inline int side(const QP& p, const QP& r, const QP& c) { return oracle::orientation(p, r, c); }

// Squared distance from c to the line p r.
inline Q line_dist2(const QP& p, const QP& r, const QP& c) {
  const Implicit l = implicit(p, r);
  const Q f = l.A * c.x + l.B * c.y - l.C;
  return f * f / (l.A * l.A + l.B * l.B);
}

inline QP projection(const QP& p, const QP& r, const QP& c) {
  const Q dx = r.x - p.x, dy = r.y - p.y, nx = -dy, ny = dx;
  const Q e1 = dx * c.x + dy * c.y, e2 = nx * p.x + ny * p.y;
  const Q det = dx * ny - dy * nx;
  return QP{(e1 * ny - dy * e2) / det, (dx * e2 - nx * e1) / det};
}
inline QP reflection(const QP& p, const QP& r, const QP& c) {
  const QP x = projection(p, r, c);
  return QP{2 * x.x - c.x, 2 * x.y - c.y};
}

struct LineMeet {
  int kind;  // 1 one point, 0 parallel apart, -1 the same line
  QP x;
};
inline LineMeet line_meet(const QP& a, const QP& b, const QP& c, const QP& d) {
  const Implicit l = implicit(a, b), m = implicit(c, d);
  const Q det = l.A * m.B - m.A * l.B;
  if (det == 0) {
    const bool same_line = l.A * m.C == m.A * l.C && l.B * m.C == m.B * l.C;
    return {same_line ? -1 : 0, QP{}};
  }
  return {1, QP{(l.C * m.B - m.C * l.B) / det, (l.A * m.C - m.A * l.C) / det}};
}

// The lengths behind parallel / orthogonal, squared: (d x e)^2 / max(|d|^2, |e|^2) and
// (d . e)^2 / max(|d|^2, |e|^2), d = b - a, e = d' - c.
inline Q parallel_measure2(const QP& a, const QP& b, const QP& c, const QP& d) {
  const QP u = oracle::sub(b, a), v = oracle::sub(d, c);
  const Q x = oracle::cross(u, v);
  return x * x / std::max(oracle::dot(u, u), oracle::dot(v, v));
}
inline Q orthogonal_measure2(const QP& a, const QP& b, const QP& c, const QP& d) {
  const QP u = oracle::sub(b, a), v = oracle::sub(d, c);
  const Q x = oracle::dot(u, v);
  return x * x / std::max(oracle::dot(u, u), oracle::dot(v, v));
}

// ------------------------------------------------------------------ segments

inline bool in_box(const QP& a, const QP& b, const QP& x) {
  return std::min(a.x, b.x) <= x.x && x.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= x.y &&
         x.y <= std::max(a.y, b.y);
}

// The exact set s intersect t, sorted lexicographically: {}, {x} or {p, q} (p < q).
inline std::vector<QP> seg_meet(const QP& a, const QP& b, const QP& c, const QP& d) {
  if (same(a, b)) return seg_dist2(c, d, a) == 0 ? std::vector<QP>{a} : std::vector<QP>{};
  if (same(c, d)) return seg_dist2(a, b, c) == 0 ? std::vector<QP>{c} : std::vector<QP>{};
  const LineMeet m = line_meet(a, b, c, d);
  if (m.kind == 0) return {};
  if (m.kind == 1) {
    if (in_box(a, b, m.x) && in_box(c, d, m.x)) return {m.x};
    return {};
  }
  // one line: parameters along a -> b
  const auto t = [&](const QP& p) { return oracle::line_param(a, b, p); };
  const Q t0 = std::max(Q(0), std::min(t(c), t(d)));
  const Q t1 = std::min(Q(1), std::max(t(c), t(d)));
  if (t0 > t1) return {};
  const QP dir = oracle::sub(b, a);
  const QP p = add(a, dir, t0), q = add(a, dir, t1);
  if (t0 == t1) return {p};
  return lex_less(p, q) ? std::vector<QP>{p, q} : std::vector<QP>{q, p};
}

inline Q segseg_dist2(const QP& a, const QP& b, const QP& c, const QP& d) {
  if (!seg_meet(a, b, c, d).empty()) return 0;
  return std::min({seg_dist2(c, d, a), seg_dist2(c, d, b), seg_dist2(a, b, c), seg_dist2(a, b, d)});
}

// A proper crossing: one common point, interior to both (so not collinear, no endpoint).
inline bool proper_cross(const QP& a, const QP& b, const QP& c, const QP& d) {
  if (same(a, b) || same(c, d)) return false;
  const LineMeet m = line_meet(a, b, c, d);
  if (m.kind != 1 || !in_box(a, b, m.x) || !in_box(c, d, m.x)) return false;
  return !same(m.x, a) && !same(m.x, b) && !same(m.x, c) && !same(m.x, d);
}

// Squared distance from the line a b (a != b) to the segment c d.
inline Q line_seg_dist2(const QP& a, const QP& b, const QP& c, const QP& d) {
  if (side(a, b, c) * side(a, b, d) <= 0) return 0;
  return std::min(line_dist2(a, b, c), line_dist2(a, b, d));
}

// Band of a length h (given h^2) against eps: -1 (h <= eps/2), 0 (between), +1 (h >= 2 eps).
inline int band(const Q& h2, const Q& eps) {
  if (h2 * 4 <= eps * eps) return -1;
  if (h2 >= eps * eps * 4) return 1;
  return 0;
}

}  // namespace oracle_lines

// ------------------------------------------------------------------ generators
namespace geotest {

template <class T> struct Quad {  // segments / lines ab and cd
  Point<T> a, b, c, d;
};
template <class T> void showValue(const Quad<T>& q, std::ostream& os) {
  os << "a = " << paste(q.a) << ", b = " << paste(q.b) << ", c = " << paste(q.c)
     << ", d = " << paste(q.d);
}

template <class T> rc::Gen<Quad<T>> quad_of(rc::Gen<Point<T>> g) {
  return rc::gen::apply([](Point<T> a, Point<T> b, Point<T> c, Point<T> d) { return Quad<T>{a, b, c, d}; },
                        g, g, g, g);
}

// Four points of an n x n grid, n = 6 or 10 (T-junctions, overlaps, zero length: common).
template <class T> rc::Gen<Quad<T>> grid_quad() {
  return rc::gen::mapcat(rc::gen::element(6, 10), [](int n) {
    return quad_of(grid_point<T>(n, -(n / 2)));
  });
}

// All four points on one lattice line p + k v (k in -4..4), or one of them moved one unit
// (integral) / a few ULPs (floating). |coordinates| <= R.
template <class T> rc::Gen<Quad<T>> collinear_quad(long long R) {
  using L = long long;
  return rc::gen::apply(
      [R](L px, L py, L vx, L vy, std::vector<L> k, bool move, L m) {
        if (vx == 0 && vy == 0) vx = 1;
        const L span = 4 * std::max(std::abs(vx), std::abs(vy));
        const L lim = R - span;  // keeps p + k v inside [-R, R]
        px = std::max(-lim, std::min(lim, px)), py = std::max(-lim, std::min(lim, py));
        Point<T> p[4];
        for (int i = 0; i < 4; i++) p[i] = Point<T>(T(px + k[i] * vx), T(py + k[i] * vy));
        if (move) {
          if constexpr (std::is_integral<T>::value) {
            p[3].x = std::max<T>(-R, std::min<T>(R, p[3].x + m));
          } else {
            p[3].x = nudge(p[3].x, static_cast<int>(m)), p[3].y = nudge(p[3].y, static_cast<int>(-m));
          }
        }
        return Quad<T>{p[0], p[1], p[2], p[3]};
      },
      uniform_int(-R, R), uniform_int(-R, R),
      rc::gen::weightedOneOf<L>({{2, uniform_int(-6, 6)}, {1, uniform_int(-R / 8, R / 8)}}),
      rc::gen::weightedOneOf<L>({{2, uniform_int(-6, 6)}, {1, uniform_int(-R / 8, R / 8)}}),
      rc::gen::container<std::vector<L>>(4, uniform_int(-4, 4)), rc::gen::arbitrary<bool>(),
      rc::gen::element<L>(-3, -1, 1, 3));
}

// Nearly parallel: directions (k, j) and (k - 1, j) (e.g. (10000, 1), (9999, 1)), turned by
// a multiple of 90 degrees, from two start points; the second start is either random or
// on / next to the first segment, so crossings far out and near the ends both occur.
template <class T> rc::Gen<Quad<T>> nearly_parallel_quad(long long R) {
  using L = long long;
  return rc::gen::apply(
      [R](L k, L j, L rot, L ax, L ay, L cx, L cy, bool near, L s1, L s2, L off) {
        const auto turn = [rot](L x, L y) {
          for (L i = 0; i < rot; i++) std::swap(x, y), x = -x;
          return std::pair<L, L>(x, y);
        };
        const auto d1 = turn(k, j), d2 = turn(k - 1, j);
        const L lim = R / 2;
        ax = std::max(-lim, std::min(lim, ax)), ay = std::max(-lim, std::min(lim, ay));
        const L scale = std::max<L>(1, lim / (2 * std::max<L>(k, 1)));
        const L m1 = std::max<L>(1, std::min(scale, s1)), m2 = std::max<L>(1, std::min(scale, s2));
        if (near) cx = ax + d1.first * (m1 / 2) + off, cy = ay + d1.second * (m1 / 2) - off;
        cx = std::max(-lim, std::min(lim, cx)), cy = std::max(-lim, std::min(lim, cy));
        const Point<T> a{T(ax), T(ay)}, b{T(ax + d1.first * m1), T(ay + d1.second * m1)};
        const Point<T> c{T(cx), T(cy)}, d{T(cx + d2.first * m2), T(cy + d2.second * m2)};
        return Quad<T>{a, b, c, d};
      },
      rc::gen::weightedOneOf<L>({{2, uniform_int(2, 10000)}, {1, rc::gen::just<L>(10000)}}),
      uniform_int(1, 3), uniform_int(0, 3), uniform_int(-R, R), uniform_int(-R, R),
      uniform_int(-R, R), uniform_int(-R, R), rc::gen::arbitrary<bool>(),
      uniform_int(1, R), uniform_int(1, R), uniform_int(-2, 2));
}

}  // namespace geotest
