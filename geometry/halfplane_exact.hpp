// halfplane_exact.hpp: halfplane_intersection_exact(H, box):
// halfplane_intersection's contract (halfplane.hpp) with every
// decision exact for floating input too, and exactly left
// turns of the returned values at every scale.
// Result: as halfplane.hpp: 0 empty (exactly), 1 a point, 2 a
//   segment, >= 3 every consecutive triple has orient > 0 AND
//   an exactly positive turn (hp_cross on the returned values:
//   its exact area is > 0), no repeated vertices. Each vertex
//   within 8u (|v| + M) of an exact vertex v (u = 2^-53, M the
//   largest |input coordinate|); each exact vertex within
//   2 eps + 64u (|v| + M) of the result.
// Time: O(n log n), as halfplane.hpp (about 1.1x its time on
//   long long input, tests/bench/planar_bench.cpp).
// Precision: decisions exact for the half-planes pushed
//   outward by an infinitesimal (symbolic perturbation).
//   long long: |x|,|y| and box <= 1e9 (degree-4 signs in
//   __int128 < 1.3e38). Floating: exact on the given values (a
//   double is a rational): a rounded evaluation with an error
//   bound, else expansions (Shewchuk), for coordinates 0 or
//   1e-60 <= |x| <= 1e60 (no product underflows). Vertices:
//   long long t = N / D of exact N, D, then a1 + (b1 - a1) t
//   in double (within 5u (|v| + M)); floating
//   t = N / D of two exact cross products, each rounded once,
//   then a1 + (b1 - a1) t. The cleaning drops, of a turn that
//   orient or the exact sign does not see as left, the point
//   opposite the longest side. The double area2 of the result
//   errs by its own rounding (about 2 n^2 u D^2, D its largest
//   coordinate difference), so a sliver's computed sign can be
//   wrong at 1e9. Exact types: the exact region.
// Degenerate: as halfplane.hpp. Asserted: a != b; box >= 0;
//   coordinates and box in the ranges above.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   Edelsbrunner and Muecke, "Simulation of Simplicity"
//   (1990); Shewchuk, "Adaptive Precision Floating-Point
//   Arithmetic" (1997).
// Tests: unit halfplane_test; property halfplane_prop (both
//   headers); bench planar_bench.
#pragma once
#include "line_base.hpp"
#include "orient.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

namespace geo {

// Exact floating arithmetic (Shewchuk 1997): the exact sum of
// nonoverlapping components in increasing magnitude (two-sum;
// FMA two-product). Exact while no product underflows.
template <class T> struct Expansion {
  std::vector<T> c;
  void add(T b) {  // Grow-Expansion, zero components dropped
    size_t k = 0;
    for (size_t i = 0; i < c.size(); i++) {
      const T a = c[i], s = a + b, bv = s - a,
              e = (a - (s - bv)) + (b - bv);
      if (e != 0) c[k++] = e;
      b = s;
    }
    c.resize(k);
    if (b != 0) c.push_back(b);
  }
  void add_product(T x, T y) {
    const T p = x * y;
    add(std::fma(x, y, -p)), add(p);
  }
  friend Expansion operator*(const Expansion& x,
                             const Expansion& y) {
    Expansion r;
    for (T a : x.c)
      for (T b : y.c) r.add_product(a, b);
    return r;
  }
  friend Expansion operator+(Expansion x, const Expansion& y) {
    for (T b : y.c) x.add(b);
    return x;
  }
  int sign() const {
    return c.empty() ? 0 : c.back() > 0 ? 1 : -1;
  }
  T value() const {  // summed from the largest: relative error
                     // about 2u
    T s = 0;
    for (size_t i = c.size(); i-- > 0;) s += c[i];
    return s;
  }
};

// (b - a) x (d - c) exactly: b x d - b x c - a x d + a x c, 16
// exact products.
template <class T>
Expansion<T> cross_exact(const Point<T>& a, const Point<T>& b,
                         const Point<T>& c,
                         const Point<T>& d) {
  Expansion<T> s;
  s.c.reserve(16);
  auto add = [&s](const Point<T>& p, const Point<T>& q, T k) {
    s.add_product(k * p.x, q.y), s.add_product(-k * p.y, q.x);
  };
  add(b, d, T(1)), add(b, c, T(-1)), add(a, d, T(-1)),
      add(a, c, T(1));
  return s;
}

// The exact sign of (b - a) x (d - c). Floating: filtered
// (error <= 4u (|l| + |r|)).
template <class T>
int hp_cross(const Point<T>& a, const Point<T>& b,
             const Point<T>& c, const Point<T>& d) {
  const Point<T> u = b - a, v = d - c;
  if constexpr (is_exact_v<T>) {
    return sgn(u.cross(v));
  } else {
    const T l = u.x * v.y, r = u.y * v.x;
    if (std::abs(l - r) >
        4 * std::numeric_limits<T>::epsilon() *
            (std::abs(l) + std::abs(r)))
      return l > r ? 1 : -1;
    return cross_exact(a, b, c, d).sign();
  }
}

template <class T> struct HalfPlane {
  Point<T> a, b, d, w;
};  // d = b - a (rounded); w: outward axis

// The crossing of l1 and l2. Floating: t = N / D with N, D
// exact, rounded once each, then a1 + d1 t: each coordinate
// errs by <= 8u (|x| + |a1|) (max norms).
template <class T>
Point<frac_t<T>> hp_vertex(const HalfPlane<T>& l1,
                           const HalfPlane<T>& l2) {
  if constexpr (std::is_floating_point<T>::value) {
    const T t = cross_exact(l1.a, l2.a, l2.a, l2.b).value() /
                cross_exact(l1.a, l1.b, l2.a, l2.b).value();
    return l1.a + l1.d * t;
  } else {  // N, D exact; long long: rounded once each
    using R = frac_t<T>;
    R t = R((l2.a - l1.a).cross(l2.d)) / R(l1.d.cross(l2.d));
    return point_cast<R>(l1.a) + point_cast<R>(l1.d) * t;
  }
}

// Side of l3 at the crossing of l1, l2 (not parallel), the
// lines pushed out by d -> 0+. Sign of F = (d1 x d2) (d3 x (o1
// - o3)) + (d3 x d1) ((o2 - o1) x d2), o = a; if 0, o = w.
template <class T>
int hp_side(const HalfPlane<T>& l1, const HalfPlane<T>& l2,
            const HalfPlane<T>& l3, bool perturbed = true) {
  auto F = [&](const Point<T>& o1, const Point<T>& o2,
               const Point<T>& o3) {
    if constexpr (is_exact_v<T>) {
      using W = wide_t<T>;
      const W f =
          W(l1.d.cross(l2.d)) * W(l3.d.cross(o1 - o3)) +
          W(l3.d.cross(l1.d)) * W((o2 - o1).cross(l2.d));
      return (f > 0) - (f < 0);
    } else {
      return (cross_exact(l1.a, l1.b, l2.a, l2.b) *
                  cross_exact(l3.a, l3.b, o3, o1) +
              cross_exact(l3.a, l3.b, l1.a, l1.b) *
                  cross_exact(o1, o2, l2.a, l2.b))
          .sign();
    }
  };
  const int D = hp_cross(l1.a, l1.b, l2.a, l2.b);
  int s = 2;
  if constexpr (!is_exact_v<T>) {  // filters: F rounded (error
                                   // <= 10u m), then the side
    const T u = std::numeric_limits<
        T>::epsilon();  // of l3 at the accurate crossing x
    T m1, m2, m3, m4;
    auto cr = [](const Point<T>& v, const Point<T>& w, T& m) {
      m = std::abs(v.x * w.y) + std::abs(v.y * w.x);
      return v.x * w.y - v.y * w.x;
    };
    const T f =
        cr(l1.d, l2.d, m1) * cr(l3.d, l1.a - l3.a, m2) +
        cr(l3.d, l1.d, m3) * cr(l2.a - l1.a, l2.d, m4);
    if (std::abs(f) > 6 * u * (m1 * m2 + m3 * m4)) {
      s = f > 0 ? 1 : -1;
    } else {
      const Point<T> x = hp_vertex(l1, l2);
      const T side = cr(l3.d, x - l3.a, m1),
              dx =
                  std::max(std::abs(x.x), std::abs(x.y)) +
                  std::max(std::abs(l1.a.x), std::abs(l1.a.y));
      if (std::abs(side) > 3 * u * m1 + 8 * u * dx *
                                            (std::abs(l3.d.x) +
                                             std::abs(l3.d.y)))
        s = (side > 0 ? 1 : -1) * D;
    }
  }
  if (s == 2) s = F(l1.a, l2.a, l3.a);
  if (s == 0 && perturbed) s = F(l1.w, l2.w, l3.w);
  return D > 0 ? s : -s;
}

// Debug precondition on a coordinate: |x| <= 1e9 (integral); 0
// or 1e-60..1e60 (floating).
template <class T> bool hp_in_range(const T& x) {
  if constexpr (!std::is_floating_point<T>::value)
    return in_range(x, 1000000000);
  else
    return x == 0 ||
           (std::abs(x) >= T(1e-60) && std::abs(x) <= T(1e60));
}

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection_exact(
    const std::vector<Line<T>>& H, T box = T(0)) {
  using P = Point<T>;
  using L = HalfPlane<T>;
  using R = frac_t<T>;
  assert(box >= 0 && hp_in_range(box));
  std::vector<L> v, u;
  auto add = [&](P a, P b) {
    assert(a != b && hp_in_range(a.x) && hp_in_range(a.y) &&
           hp_in_range(b.x) && hp_in_range(b.y));
    P d = b - a;
    v.push_back({a, b, d,
                 d.x != 0 ? P(0, d.x > 0 ? -1 : 1)
                          : P(d.y > 0 ? 1 : -1, 0)});
  };
  for (auto& l : H) add(l.a, l.b);
  P o(-box, -box);  // the box, counter-clockwise
  for (P d : {P(2, 0), P(0, 2), P(-2, 0), P(0, -2)})
    if (box > 0) add(o, o + d * box), o += d * box;
  // by direction (exact): the half [0, pi) or [pi, 2pi) of d
  // (a rounded difference keeps its sign), then the turn
  auto half = [](P d) { return P(d.y, d.x) < P(); };
  auto turn = [](const L& p, const L& q) {
    return hp_cross(p.a, p.b, q.a, q.b);
  };
  auto less = [&](const L& p, const L& q) {
    return half(p.d) != half(q.d) ? half(q.d) : turn(p, q) > 0;
  };
  std::sort(v.begin(), v.end(), [&](const L& p, const L& q) {
    if (less(p, q) || less(q, p)) return less(p, q);
    return hp_cross(p.a, p.b, p.a, q.a) < 0;  // inner first
  });  // same direction: the inner one first, kept alone
  for (auto& l : v)
    if (u.empty() || less(u.back(), l)) u.push_back(l);
  size_t m = u.size(), f = 0, e = 0;  // the deque is q[f, e)
  for (size_t i = 0; i < m; i++)      // a gap >= pi: unbounded
    if (turn(u[i], u[(i + 1) % m]) <= 0) return {};
  std::vector<L> q(m);
  for (auto& l : u) {
    while (e - f > 1 && hp_side(q[e - 2], q[e - 1], l) <= 0)
      e--;
    while (e - f > 1 && hp_side(q[f], q[f + 1], l) <= 0) f++;
    if (e > f && turn(q[e - 1], l) <= 0) return {};  // empty
    q[e++] = l;
  }
  while (e - f > 2 && hp_side(q[e - 2], q[e - 1], q[f]) <= 0)
    e--;
  while (e - f > 2 && hp_side(q[f], q[f + 1], q[e - 1]) <= 0)
    f++;
  if (e - f < 3 || turn(q[e - 1], q[f]) <= 0) return {};
  size_t k = e - f;
  auto at = [&](size_t i) -> L& { return q[f + i % k]; };
  // vertex i: at(i) x at(i + 1), once (exact merge)
  std::vector<Point<R>> r;
  for (size_t i = 0; i < k; i++)
    if (hp_side(at(i + k - 1), at(i), at(i + 1), false) ||
        (i + 1 == k && r.empty()))
      r.push_back(hp_vertex(at(i), at(i + 1)));
  // rounded vertices may turn straight or right, for orient or
  // exactly: drop, of such a triple, the point opposite its
  // longest side; recheck all
  for (size_t i = 0, ok = 0, n; (n = r.size()) > 2 && ok < n;
       i++) {
    auto a = r[i % n], b = r[(i + 1) % n], c = r[(i + 2) % n];
    if (orient(a, b, c) > 0 && hp_cross(a, b, a, c) > 0 &&
        ++ok)
      continue;
    R d[3] = {dist2(c, a), dist2(a, b), dist2(b, c)};
    auto j =
        size_t(std::max_element(d, d + 3) - d);  // c, a, b
    r.erase(r.begin() + long((i + (j + 1) % 3) % n));
    ok = 0;
  }
  if (r.size() == 2 && r[0] == r[1]) r.pop_back();
  return r;
}

}  // namespace geo
