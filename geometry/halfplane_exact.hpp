// halfplane_exact.hpp: halfplane_intersection_exact(H, box):
// halfplane_intersection's contract (halfplane.hpp) with every
// decision exact for floating input too, and exactly left
// turns of the returned values at every scale: halfplane.hpp's
// sweep on the filter Dd; where Dd is not sure of a sign or a
// value it throws and the sweep reruns on Xp (exact).
// Xp<T>: an expansion (an exact floating sum; +, -, * through
//   f(y, r) = *this * y + r, and its rounded value).
// Dd<T>: h + l and a bound e on its error (0: exact); its
//   value or hp_sg throws when not sure. The sweep uses both
//   for floating coordinates only (exact ones: wide_t).
// Result: as halfplane.hpp: 0 empty (exactly), 1 a point, 2 a
//   segment, >= 3 every consecutive triple has orient > 0 AND
//   an exactly positive turn (its exact area is > 0), no
//   repeated vertices. Each vertex within 8u (|v| + M) of an
//   exact vertex v (u = 2^-53, M the largest |input
//   coordinate|); each exact vertex within 2 eps + 64u (|v| +
//   M) of the result.
// Time: O(n log n), halfplane.hpp's steps; planar_bench (1e5
//   and 1e6 lines tangent to a circle): long long 1.2x and
//   1.0x the default, double 4.7x and 4x (1.1 us per
//   line). Input where Dd is unsure (exact ties of non-integer
//   doubles, e.g. three lines through one point): a second
//   run in expansions, about 100x the default.
// Precision: decisions exact for the half-planes pushed
//   outward by an infinitesimal (symbolic perturbation). long
//   long: the coordinate range (docs/eps.md), box too, in
//   __int128. Floating: exact on the given values (a double
//   is a rational): each sign is that of Dd's value v when
//   |v| >= 2e (so e = 0 or |v| > e), else (rerun) Xp,
//   the expression as an expansion (Shewchuk: two-sum and FMA
//   two-product, exact while no product underflows:
//   coordinates 0 or 1e-60 <= |x| <= 1e60). Dd: two-sum and
//   FMA two-product on the high parts, the low parts rounded,
//   each rounding's bound (2u |result|, 0 where exact) added.
//   Vertices: t = N / D of exact N, D, each rounded once
//   (Dd: only where e <= 2^-9 u |value|, so within (1 +
//   2^-9) u), then a + (b - a) t. The cleaning drops, of a
//   turn that orient or the exact sign does not see as left,
//   the point opposite the longest side. The double area2 of
//   the result errs by its own rounding (about 2 n^2 u D^2, D
//   its largest coordinate difference), so a sliver's
//   computed sign can be wrong at 1e9. Exact types: the exact
//   region.
// Degenerate: as halfplane.hpp. Asserted: a != b; box >= 0;
//   coordinates and box in the ranges above.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   Edelsbrunner and Muecke, "Simulation of Simplicity"
//   (1990); Shewchuk, "Adaptive Precision Floating-Point
//   Arithmetic" (1997).
// Tests: unit halfplane_exact_test (the cases both variants
//   run; a tie that needs the rerun; Xp and Dd alone against
//   rationals); property halfplane_prop (both headers); bench
//   planar_bench.
#pragma once
#include "halfplane.hpp"
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace geo {

// an expansion: the exact sum of c, nonoverlapping parts in
// increasing magnitude (zeros anywhere); += is Grow-Expansion
// (two-sum), f adds FMA two-products
template <class T> struct Xp {
  std::vector<T> c;
  Xp(T x = 0) : c{x} {}
  void operator+=(T b) {
    size_t k = 0;
    for (T a : c) {
      T s = a + b, z = s - a;
      c[k] = a - (s - z) + (b - z), k += c[k] != 0, b = s;
    }
    c.resize(k), c.push_back(b);
  }
  Xp f(const Xp& y, Xp r) const {  // *this * y + r
    for (T a : c)
      for (T b : y.c) r += a * b, r += std::fma(a, b, -a * b);
    return r;
  }
  Xp operator+(Xp y) const { return f(1, y); }
  Xp operator-(Xp y) const { return y.f(-1, *this); }
  Xp operator*(const Xp& y) const { return f(y, 0); }
  operator T() const {  // rounded, from the largest part
    return std::accumulate(c.rbegin(), c.rend(), T(0));
  }
};
// the filter: h + l, within e of the exact value (two-sum and
// FMA two-product); a value or sign it is not sure of throws
template <class T> struct Dd {
  T h, l, e;
  static constexpr T u = std::numeric_limits<T>::epsilon();
  static T ad(T x, T y, T& e) {  // x + y, its error to e
    return e += (x != 0 && y != 0) * u * std::abs(x + y),
           x + y;
  }
  Dd(T x = 0, T y = 0, T r = 0) : h(x), l(y), e(r) {}
  T m() const { return std::abs(h) + std::abs(l); }
  Dd operator+(Dd y) const {
    T s = h + y.h, z = s - h, r = e + y.e, t = ad(l, y.l, r);
    return {s, ad(t, h - (s - z) + (y.h - z), r), r};
  }
  Dd operator-() const { return {-h, -l, e}; }
  Dd operator-(Dd y) const { return *this + -y; }
  Dd operator*(Dd y) const {
    T p = h * y.h, a = h * y.l, b = l * y.h, c = l * y.l,
      r = m() * y.e + (y.m() + y.e) * e +
          u * (std::abs(a) + std::abs(b) + std::abs(c)),
      q = ad(ad(a, b, r), c, r);
    return {p, ad(std::fma(h, y.h, -p), q, r), r};
  }
  T v(T k) const {  // h + l if k e <= |h + l|, else throws
    return e * k > std::abs(h + l) ? throw 0 : h + l;
  }
  operator T() const { return v(1024 / u); }  // rounded once
  friend int hp_sg(Dd x) { return hp_sg(x.v(2)); }
};

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection_exact(
    const std::vector<Line<T>>& H, T box = T(0)) try {
  if constexpr (!is_exact_v<T>)  // 0 or 1e-60 <= |x| <= 1e60
    for (auto& l : H)
      for ([[maybe_unused]] T v :
           {l.a.x, l.a.y, l.b.x, l.b.y, box})
        assert(v == 0 || (v * v >= 1e-120 && v * v <= 1e120));
  return halfplane_intersection<T, Dd>(H, box);  // the filter
} catch (int) {  // unsure: every decision in expansions
  return halfplane_intersection<T, Xp>(H, box);
}

}  // namespace geo
