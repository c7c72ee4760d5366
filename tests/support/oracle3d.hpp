// oracle3d.hpp: exact-arithmetic oracles for the 3-D headers (Boost.Multiprecision, GMP;
// link -lgmp). Same independence rule as oracle.hpp: no geo:: calls, no Point3 member
// functions; points enter through .x, .y, .z only, converted exactly (oracle::q), and every
// quantity is written from its textbook definition, in a different form from the library:
//   orientation    the 4x4 determinant | a 1 ; b 1 ; c 1 ; d 1 | expanded along the column
//                  of ones into four 3x3 minors (rule of Sarrus); the library takes
//                  ((b - a) x (c - a)) . (d - a) on sorted points;
//   face areas     |u x v|^2 by Lagrange's identity |u|^2 |v|^2 - (u . v)^2, no cross product;
//   distances      minimisation of |P(s) - Q(t)|^2 over the parameters: the stationary point
//                  (Cramer's rule on the 2x2 normal equations, i.e. the Gram matrix) when it is
//                  admissible, every edge and corner of the parameter box otherwise, each
//                  candidate evaluated exactly and the least taken (the library uses cross
//                  products and a case split);
//   planes         the distance to the plane through a, b, c as the ratio of Gram
//                  determinants G(u, v, w) / G(u, v); projections by solving the normal
//                  equations in the plane's own parameters.
//
// API (namespace oracle3d; Q = oracle::Q):
//   P3, p3(p)              exact point from anything with x, y, z
//   sub, add, mul, dot, norm2, dist2     on P3
//   det3(u, v, w)          3x3 determinant of rows u, v, w (Sarrus)
//   orientation(a, b, c, d)  sign of the signed volume: +1 iff d is on the side of the
//                          normal (b - a) x (c - a); i.e. -sign(4x4 det with the ones column)
//   vol6(a, b, c, d)       the signed determinant itself (six times the signed volume)
//   face2(a, b, c)         |(b - a) x (c - a)|^2 (Lagrange), four times the squared area
//   altitude2(a, b, c, d)  squared smallest altitude = vol6^2 / max face2 (0 if all faces 0)
//   cmp_alt(a, b, c, d, L) sign(smallest altitude - L), L >= 0
//   seg_param(a, b, p)     (p - a).(b - a) / |b - a|^2 (a != b)
//   point_line2(p, a, b), point_seg2(p, a, b)   squared distances (a == b allowed for seg)
//   line_line2(a, b, c, d), seg_seg2(a, b, c, d) squared distances (lines: a != b, c != d)
//   plane_dist2(p, a, b, c)  squared distance to the plane abc (abc not collinear)
//   foot_plane(p, a, b, c), foot_line(p, a, b)  exact projections
//   gram2(u, v)            |u|^2 |v|^2 - (u.v)^2 (zero iff u, v parallel or one is zero)
#pragma once
#include "oracle.hpp"
#include <algorithm>
#include <cassert>
#include <vector>

namespace oracle3d {

using oracle::Q;

struct P3 {
  Q x, y, z;
};
template <class P> P3 p3(const P& p) { return P3{oracle::q(p.x), oracle::q(p.y), oracle::q(p.z)}; }

inline P3 sub(const P3& a, const P3& b) { return P3{a.x - b.x, a.y - b.y, a.z - b.z}; }
inline P3 add(const P3& a, const P3& b) { return P3{a.x + b.x, a.y + b.y, a.z + b.z}; }
inline P3 mul(const P3& a, const Q& k) { return P3{a.x * k, a.y * k, a.z * k}; }
inline Q dot(const P3& a, const P3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline Q norm2(const P3& a) { return dot(a, a); }
inline Q dist2(const P3& a, const P3& b) { return norm2(sub(a, b)); }
inline bool same(const P3& a, const P3& b) { return a.x == b.x && a.y == b.y && a.z == b.z; }

// Rule of Sarrus on the rows u, v, w.
inline Q det3(const P3& u, const P3& v, const P3& w) {
  return u.x * v.y * w.z + u.y * v.z * w.x + u.z * v.x * w.y - u.z * v.y * w.x -
         u.x * v.z * w.y - u.y * v.x * w.z;
}

// det | a 1 ; b 1 ; c 1 ; d 1 | = -M(a) + M(b) - M(c) + M(d), M(x) the minor without row x
// and without the ones column. The library's ((b-a) x (c-a)) . (d-a) is minus this.
inline Q vol6(const P3& a, const P3& b, const P3& c, const P3& d) {
  const Q det4 = -det3(b, c, d) + det3(a, c, d) - det3(a, b, d) + det3(a, b, c);
  return -det4;
}
inline int orientation(const P3& a, const P3& b, const P3& c, const P3& d) {
  return vol6(a, b, c, d).sign();
}

inline Q gram2(const P3& u, const P3& v) {
  const Q uv = dot(u, v);
  return norm2(u) * norm2(v) - uv * uv;
}
inline Q face2(const P3& a, const P3& b, const P3& c) { return gram2(sub(b, a), sub(c, a)); }

inline Q altitude2(const P3& a, const P3& b, const P3& c, const P3& d) {
  const Q F = std::max({face2(a, b, c), face2(a, b, d), face2(a, c, d), face2(b, c, d)});
  if (F == 0) return Q(0);
  const Q v = vol6(a, b, c, d);
  return v * v / F;
}
inline int cmp_alt(const P3& a, const P3& b, const P3& c, const P3& d, const Q& L) {
  assert(L >= 0);
  return Q(altitude2(a, b, c, d) - L * L).sign();
}

inline Q seg_param(const P3& a, const P3& b, const P3& p) {
  const P3 d = sub(b, a);
  assert(norm2(d) != 0);
  return dot(sub(p, a), d) / norm2(d);
}
inline P3 at(const P3& a, const P3& b, const Q& t) { return add(a, mul(sub(b, a), t)); }
inline Q clamp01(const Q& t) { return t < 0 ? Q(0) : t > 1 ? Q(1) : t; }

inline P3 foot_line(const P3& p, const P3& a, const P3& b) { return at(a, b, seg_param(a, b, p)); }
inline Q point_line2(const P3& p, const P3& a, const P3& b) { return dist2(p, foot_line(p, a, b)); }
inline Q point_seg2(const P3& p, const P3& a, const P3& b) {
  if (same(a, b)) return dist2(p, a);
  return dist2(p, at(a, b, clamp01(seg_param(a, b, p))));
}

// Stationary point of f(s, t) = |a + s u - c - t v|^2, u = b - a, v = d - c: the normal
// equations [u.u  -u.v; u.v  -v.v] [s; t] = [(c - a).u; (c - a).v], by Cramer's rule.
// Returns false when the system is singular (parallel or degenerate directions).
inline bool stationary(const P3& a, const P3& b, const P3& c, const P3& d, Q& s, Q& t) {
  const P3 u = sub(b, a), v = sub(d, c), w = sub(c, a);
  const Q A = norm2(u), B = dot(u, v), C = norm2(v), D = dot(w, u), E = dot(w, v);
  const Q den = A * C - B * B;  // gram2(u, v)
  if (den == 0) return false;
  s = (D * C - B * E) / den;
  t = (B * D - A * E) / den;
  return true;
}

inline Q line_line2(const P3& a, const P3& b, const P3& c, const P3& d) {
  assert(!same(a, b) && !same(c, d));
  Q s, t;
  if (!stationary(a, b, c, d, s, t)) return point_line2(c, a, b);
  return dist2(at(a, b, s), at(c, d, t));
}

// Every candidate pair of parameters in [0, 1]^2: the stationary point if inside, the
// minimiser along each of the four edges (clamped), the four corners.
inline Q seg_seg2(const P3& a, const P3& b, const P3& c, const P3& d) {
  std::vector<std::pair<Q, Q>> cand;
  Q s, t;
  if (stationary(a, b, c, d, s, t) && s >= 0 && s <= 1 && t >= 0 && t <= 1) cand.push_back({s, t});
  for (int e = 0; e < 2; e++) {
    const P3 pc = e ? d : c, pa = e ? b : a;
    cand.push_back({same(a, b) ? Q(0) : clamp01(seg_param(a, b, pc)), Q(e)});
    cand.push_back({Q(e), same(c, d) ? Q(0) : clamp01(seg_param(c, d, pa))});
    for (int f = 0; f < 2; f++) cand.push_back({Q(e), Q(f)});
  }
  Q best = -1;
  for (auto& [x, y] : cand) {
    const Q v = dist2(at(a, b, x), at(c, d, y));
    if (best < 0 || v < best) best = v;
  }
  return best;
}

// Distance to the plane through a, b, c: G(u, v, w) / G(u, v) with u = b - a, v = c - a,
// w = p - a (the Gram determinant of three vectors is det(u, v, w)^2).
inline Q plane_dist2(const P3& p, const P3& a, const P3& b, const P3& c) {
  const P3 u = sub(b, a), v = sub(c, a), w = sub(p, a);
  const Q g2 = gram2(u, v);
  assert(g2 != 0);
  const Q uu = norm2(u), vv = norm2(v), ww = norm2(w), uv = dot(u, v), uw = dot(u, w),
          vw = dot(v, w);
  const Q g3 = uu * (vv * ww - vw * vw) - uv * (uv * ww - vw * uw) + uw * (uv * vw - vv * uw);
  return g3 / g2;
}

// Foot of p on the plane abc: a + s u + t v with the normal equations
// [u.u u.v; u.v v.v] [s; t] = [w.u; w.v].
inline P3 foot_plane(const P3& p, const P3& a, const P3& b, const P3& c) {
  const P3 u = sub(b, a), v = sub(c, a), w = sub(p, a);
  const Q A = norm2(u), B = dot(u, v), C = norm2(v), D = dot(w, u), E = dot(w, v);
  const Q den = A * C - B * B;
  assert(den != 0);
  const Q s = (D * C - B * E) / den, t = (A * E - B * D) / den;
  return add(a, add(mul(u, s), mul(v, t)));
}

}  // namespace oracle3d
