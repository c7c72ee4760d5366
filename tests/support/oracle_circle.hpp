// oracle_circle.hpp: oracles for the circle headers (geometry/circle/*.hpp).
//
// Independence (oracle.hpp's rule): nothing here calls geo:: algorithms; circles enter as
// OC{QP c; Q r} built from exact conversions. Formulations differ from the library's:
//   where, relation  exact rationals, relation from the power of the centre distance against
//                    (r1 + r2)^2 and (r1 - r2)^2 written as products (d^2 - s^2) = (d-s)(d+s)
//                    is avoided: plain squares of rationals;
//   line count       the quadratic |a + t (b - a) - c|^2 = r^2 in t: sign of B^2 - A C (the
//                    library uses the cross-product form r^2 |d|^2 - cross^2);
//   circle points    the radical line A x + B y = E, then its crossings with circle 1 solved
//                    in x or y (the library walks along the centre line by the chord);
//   line points      t = (-B -+ sqrt(B^2 - A C)) / A in F (the library starts at the foot);
//   tangent lines    their number by cases (points, point and circle, else relation);
//   tangent points   Thales: the circle with diameter cp meets C (radical line again);
//   lens area        r1^2 t1 + r2^2 t2 - d h, t_i = atan2(h, a_i), in F (the library sums the
//                    Taylor series of x - sin x);
//   circle∩polygon, union   vertical decomposition: between consecutive breakpoints the region
//                    is trapezoids bounded by lines or arcs, integrated in closed form in F
//                    (the library uses a triangle fan / Green's theorem on arcs);
//   enclosing        brute force over all pairs (diameter) and triples (circumcircle by
//                    Cramer) in rationals: the smallest one containing every point.
// F = cpp_bin_float_50 (50 decimal digits, header-only) where a square root or an angle is
// needed; comparisons that decide counts are always exact.
#pragma once
#include "oracle.hpp"
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <algorithm>
#include <utility>
#include <vector>

namespace oracle_circle {

using oracle::Q;
using oracle::QP;
using F = boost::multiprecision::cpp_bin_float_50;

struct OC {
  QP c;
  Q r;
};
template <class C> OC oc(const C& circle) { return OC{oracle::qp(circle.c), oracle::q(circle.r)}; }

inline F f(const Q& v) { return F(numerator(v)) / F(denominator(v)); }
struct FP {
  F x, y;
};
inline FP fp(const QP& p) { return FP{f(p.x), f(p.y)}; }
inline F pi() { return boost::math::constants::pi<F>(); }

// -1 inside, 0 on, +1 outside.
inline int where(const OC& C, const QP& p) { return oracle::sign(Q(oracle::dist2(p, C.c) - C.r * C.r)); }

// sign(sqrt(d2) - L) exactly (any sign of L).
inline int cmp_sqrt(const Q& d2, const Q& L) {
  if (L < 0) return d2 > 0 || L < 0 ? 1 : 0;
  return oracle::sign(Q(d2 - L * L));
}

inline int relation(const OC& A, const OC& B) {
  const Q d2 = oracle::dist2(A.c, B.c), s = A.r + B.r, l = A.r - B.r;
  if (d2 == 0 && l == 0) return -1;
  if (d2 > s * s) return 4;
  if (d2 == s * s) return 3;
  if (d2 > l * l) return 2;
  return d2 == l * l ? 1 : 0;
}

// Number of distinct lines tangent to both (0 for concentric circles: equal ones have
// infinitely many). By cases on the exact position: two distinct points span one line; a
// point and a circle: 2, 1, 0 as the point is outside, on, inside; else relation().
inline int tangent_lines(const OC& A, const OC& B) {
  if (A.c.x == B.c.x && A.c.y == B.c.y) return 0;
  if (A.r == 0 && B.r == 0) return 1;
  if (A.r == 0) return 1 + where(B, A.c);
  if (B.r == 0) return 1 + where(A, B.c);
  return relation(A, B);
}

// Quadratic of line a + t d against C: A t^2 + 2 B t + Cc = 0.
struct Quad {
  Q A, B, C;
  Q disc() const { return B * B - A * C; }
};
inline Quad line_quad(const OC& C, const QP& a, const QP& b) {
  const QP d = oracle::sub(b, a), e = oracle::sub(a, C.c);
  return {oracle::dot(d, d), oracle::dot(d, e), Q(oracle::dot(e, e) - C.r * C.r)};
}
inline int line_count(const OC& C, const QP& a, const QP& b) {
  const int s = oracle::sign(line_quad(C, a, b).disc());
  return s < 0 ? 0 : s == 0 ? 1 : 2;
}
inline std::vector<FP> line_points(const OC& C, const QP& a, const QP& b) {
  const Quad q = line_quad(C, a, b);
  const Q disc = q.disc();
  if (disc < 0) return {};
  const F s = sqrt(f(disc)), A = f(q.A), B = f(q.B);
  const FP fa = fp(a), d = fp(oracle::sub(b, a));
  std::vector<FP> out;
  for (int k : {-1, 1}) {
    const F t = (-B + k * s) / A;
    out.push_back({fa.x + d.x * t, fa.y + d.y * t});
    if (disc == 0) break;
  }
  return out;
}

// Crossings of circle C with the line A x + B y = E (exact coefficients), in F.
inline std::vector<FP> radical_points(const OC& C, Q A, Q B, const Q& E) {
  Q cx = C.c.x, cy = C.c.y;
  const bool swap = abs(A) < abs(B);
  if (swap) std::swap(A, B), std::swap(cx, cy);
  // x = (E - B y) / A  ->  (F0 - B y)^2 + A^2 (y - cy)^2 = A^2 r^2, F0 = E - A cx
  const Q F0 = E - A * cx, a = B * B + A * A, b = -(F0 * B + A * A * cy);
  const Q c = F0 * F0 + A * A * (cy * cy - C.r * C.r), disc = b * b - a * c;
  if (disc < 0) return {};
  std::vector<FP> out;
  for (int k : {-1, 1}) {
    const F y = (f(-b) + k * sqrt(f(disc))) / f(a), x = (f(E) - f(B) * y) / f(A);
    out.push_back(swap ? FP{y, x} : FP{x, y});
    if (disc == 0) break;
  }
  return out;
}
inline std::vector<FP> circle_points(const OC& P, const OC& R) {
  const int rel = relation(P, R);
  if (rel != 1 && rel != 2 && rel != 3) return {};
  const Q A = 2 * (R.c.x - P.c.x), B = 2 * (R.c.y - P.c.y);
  const Q E = oracle::dot(R.c, R.c) - oracle::dot(P.c, P.c) + P.r * P.r - R.r * R.r;
  return radical_points(P, A, B, E);
}
// Tangent points from p (outside or on C): C meets the circle with diameter c p, whose
// radical line with C is (p - c) . x = r^2 + (p - c) . c.
inline std::vector<FP> tangent_points(const OC& C, const QP& p) {
  const QP v = oracle::sub(p, C.c);
  if (where(C, p) < 0) return {};
  if (where(C, p) == 0) return {fp(p)};  // (also a zero radius at p: no radical line)
  return radical_points(C, v.x, v.y, Q(C.r * C.r + oracle::dot(v, C.c)));
}

// ------------------------------------------------------------------ areas (in F)

inline F atan2f(const F& y, const F& x) { return atan2(y, x); }

inline F lens_area(const OC& A, const OC& B) {
  const int rel = relation(A, B);
  if (rel >= 3) return 0;
  if (rel != 2) {
    const Q m = A.r < B.r ? A.r : B.r;
    return pi() * f(m) * f(m);
  }
  const Q d2 = oracle::dist2(A.c, B.c);
  const F d = sqrt(f(d2)), r1 = f(A.r), r2 = f(B.r);
  const F a1 = f(Q(d2 + A.r * A.r - B.r * B.r)) / (2 * d), a2 = f(Q(d2 + B.r * B.r - A.r * A.r)) / (2 * d);
  const Q s = A.r + B.r, l = A.r - B.r;
  const F h = sqrt(f(Q((s * s - d2) * (d2 - l * l)))) / (2 * d);
  return r1 * r1 * atan2(h, a1) + r2 * r2 * atan2(h, a2) - d * h;
}

// Integral of sqrt(r^2 - (x - cx)^2) dx from x0 to x1 (|x - cx| <= r).
inline F arc_integral(const F& cx, const F& r, const F& x0, const F& x1) {
  auto G = [&](const F& x) {
    F u = (x - cx) / r;
    if (u > 1) u = 1;
    if (u < -1) u = -1;
    return r * r * (u * sqrt(1 - u * u) + asin(u)) / 2;
  };
  return G(x1) - G(x0);
}

inline void add_circle_breaks(std::vector<F>& xs, const OC& C) {
  xs.push_back(f(C.c.x) - f(C.r));
  xs.push_back(f(C.c.x) + f(C.r));
}

// Area of C ∩ polygon P (simple, either orientation), by vertical slabs.
inline F polygon_area(const OC& C, const std::vector<QP>& P) {
  const size_t n = P.size();
  const F cx = f(C.c.x), cy = f(C.c.y), r = f(C.r);
  std::vector<F> xs;
  add_circle_breaks(xs, C);
  for (size_t i = 0; i < n; i++) {
    xs.push_back(f(P[i].x));
    for (const FP& p : line_points(C, P[i], P[(i + 1) % n])) xs.push_back(p.x);
  }
  std::sort(xs.begin(), xs.end());
  F total = 0;
  for (size_t k = 0; k + 1 < xs.size(); k++) {
    const F x0 = std::max(xs[k], cx - r), x1 = std::min(xs[k + 1], cx + r);
    if (!(x1 > x0)) continue;
    const F xm = (x0 + x1) / 2, s = sqrt(r * r - (xm - cx) * (xm - cx));
    struct E { F at, c, k; };  // y = c + k x, value at xm
    std::vector<E> ys;
    for (size_t i = 0; i < n; i++) {
      const FP a = fp(P[i]), b = fp(P[(i + 1) % n]);
      if (!((a.x < xm && xm < b.x) || (b.x < xm && xm < a.x))) continue;
      const F kk = (b.y - a.y) / (b.x - a.x);
      ys.push_back({a.y + kk * (xm - a.x), a.y - kk * a.x, kk});
    }
    std::sort(ys.begin(), ys.end(), [](const E& u, const E& v) { return u.at < v.at; });
    const F arc = arc_integral(cx, r, x0, x1), w = x1 - x0;
    for (size_t i = 0; i + 1 < ys.size(); i += 2) {
      const E& lo = ys[i];
      const E& hi = ys[i + 1];
      if (std::min(hi.at, cy + s) <= std::max(lo.at, cy - s)) continue;
      const F top = hi.at < cy + s ? hi.c * w + hi.k * (x1 * x1 - x0 * x0) / 2 : cy * w + arc;
      const F bot = lo.at > cy - s ? lo.c * w + lo.k * (x1 * x1 - x0 * x0) / 2 : cy * w - arc;
      total += top - bot;
    }
  }
  return total;
}

// Area of the union of circles, by vertical slabs.
inline F union_area(const std::vector<OC>& C) {
  std::vector<F> xs;
  for (size_t i = 0; i < C.size(); i++) {
    if (C[i].r == 0) continue;
    add_circle_breaks(xs, C[i]);
    for (size_t j = 0; j < i; j++)
      for (const FP& p : circle_points(C[i], C[j])) xs.push_back(p.x);
  }
  std::sort(xs.begin(), xs.end());
  F total = 0;
  for (size_t k = 0; k + 1 < xs.size(); k++) {
    const F x0 = xs[k], x1 = xs[k + 1];
    if (!(x1 > x0)) continue;
    const F xm = (x0 + x1) / 2;
    struct I { F lo, hi; size_t bot, top; };
    std::vector<I> iv;
    for (size_t i = 0; i < C.size(); i++) {
      const F cx = f(C[i].c.x), r = f(C[i].r), u = xm - cx;
      if (C[i].r == 0 || !(u * u < r * r)) continue;
      const F s = sqrt(r * r - u * u), cy = f(C[i].c.y);
      iv.push_back({cy - s, cy + s, i, i});
    }
    std::sort(iv.begin(), iv.end(), [](const I& a, const I& b) { return a.lo < b.lo; });
    std::vector<I> merged;
    for (const I& v : iv) {
      if (!merged.empty() && v.lo <= merged.back().hi) {
        if (v.hi > merged.back().hi) merged.back().hi = v.hi, merged.back().top = v.top;
      } else {
        merged.push_back(v);
      }
    }
    for (const I& m : merged) {
      const OC& T = C[m.top];
      const OC& B = C[m.bot];
      const F top = f(T.c.y) * (x1 - x0) + arc_integral(f(T.c.x), f(T.r), x0, x1);
      const F bot = f(B.c.y) * (x1 - x0) - arc_integral(f(B.c.x), f(B.r), x0, x1);
      total += top - bot;
    }
  }
  return total;
}

// ------------------------------------------------------------------ enclosing circle

struct ExactCircle {
  QP c;
  Q r2;
};
inline ExactCircle circum(const QP& a, const QP& b, const QP& c, bool& ok) {
  // 2 (b - a) . x = |b|^2 - |a|^2,  2 (c - a) . x = |c|^2 - |a|^2  (Cramer)
  const Q a1 = 2 * (b.x - a.x), b1 = 2 * (b.y - a.y), e1 = oracle::dot(b, b) - oracle::dot(a, a);
  const Q a2 = 2 * (c.x - a.x), b2 = 2 * (c.y - a.y), e2 = oracle::dot(c, c) - oracle::dot(a, a);
  const Q det = a1 * b2 - a2 * b1;
  ok = det != 0;
  if (!ok) return {};
  const QP o{Q((e1 * b2 - e2 * b1) / det), Q((a1 * e2 - a2 * e1) / det)};
  return {o, oracle::dist2(o, a)};
}
inline ExactCircle enclosing(const std::vector<QP>& P) {
  ExactCircle best{P[0], Q(0)};
  bool have = P.size() == 1;
  auto consider = [&](const ExactCircle& e) {
    if (have && e.r2 >= best.r2) return;
    for (const QP& p : P)
      if (oracle::dist2(p, e.c) > e.r2) return;
    best = e, have = true;
  };
  for (size_t i = 0; i < P.size(); i++)
    for (size_t j = i + 1; j < P.size(); j++) {
      const QP m{Q((P[i].x + P[j].x) / 2), Q((P[i].y + P[j].y) / 2)};
      consider({m, oracle::dist2(m, P[i])});
      for (size_t k = j + 1; k < P.size(); k++) {
        bool ok = false;
        const ExactCircle e = circum(P[i], P[j], P[k], ok);
        if (ok) consider(e);
      }
    }
  return best;
}

}  // namespace oracle_circle
