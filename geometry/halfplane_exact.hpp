// halfplane_exact.hpp: halfplane_intersection_exact(H, box):
// halfplane_intersection's contract (halfplane.hpp) with every
// decision exact for floating input too, and exactly left
// turns of the returned values at every scale: halfplane.hpp's
// sweep on the arithmetic Rm (a filter) and Xp (exact).
// Rm<T>, Xp<T>, hp_sg: that arithmetic (hp_sg of an Rm is 2
//   when it cannot decide).
// Result: as halfplane.hpp: 0 empty (exactly), 1 a point, 2 a
//   segment, >= 3 every consecutive triple has orient > 0 AND
//   an exactly positive turn (its exact area is > 0), no
//   repeated vertices. Each vertex within 8u (|v| + M) of an
//   exact vertex v (u = 2^-53, M the largest |input
//   coordinate|); each exact vertex within 2 eps + 64u (|v| +
//   M) of the result.
// Time: O(n log n), halfplane.hpp's; long long: its time;
//   double: 2-5x the default (each vertex from expansions;
//   5x on lines tangent to a circle).
// Precision: decisions exact for the half-planes pushed
//   outward by an infinitesimal (symbolic perturbation). long
//   long: the coordinate range (docs/eps.md), box too, in
//   __int128. Floating: exact
//   on the given values (a double is a rational): each sign is
//   first taken from Rm, the rounded value v with a running
//   bound e on its error (each result adds 2u |v|), when |v| >
//   e or e = 0, else from Xp, the expansion (Shewchuk:
//   two-sum and FMA two-product, exact while no product
//   underflows: coordinates 0 or 1e-60 <= |x| <= 1e60).
//   Vertices: t = N / D of exact N, D, each rounded once, then
//   a + (b - a) t. The cleaning drops, of a turn that orient
//   or the exact sign does not see as left, the point opposite
//   the longest side. The double area2 of the result errs by
//   its own rounding (about 2 n^2 u D^2, D its largest
//   coordinate difference), so a sliver's computed sign can be
//   wrong at 1e9. Exact types: the exact region.
// Degenerate: as halfplane.hpp. Asserted: a != b; box >= 0;
//   coordinates and box in the ranges above.
// Source: Zhu Zeyuan's S&I half-plane intersection (2006);
//   Edelsbrunner and Muecke, "Simulation of Simplicity"
//   (1990); Shewchuk, "Adaptive Precision Floating-Point
//   Arithmetic" (1997).
// Tests: unit halfplane_exact_test (the cases both variants
//   run); property halfplane_prop (both headers); bench
//   planar_bench.
#pragma once
#include "halfplane.hpp"
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace geo {

// a rounded value v and a bound e on its error (0: exact)
template <class T> struct Rm {
  T v, e;
  Rm(T x = 0, T r = -1)  // r: the operands' error
      : v(x),
        e(r < 0 ? 0
                : r + std::abs(x) *
                          std::numeric_limits<T>::epsilon()) {}
  Rm operator+(Rm y) const { return {v + y.v, e + y.e}; }
  Rm operator-(Rm y) const { return {v - y.v, e + y.e}; }
  Rm operator*(Rm y) const {
    return {v * y.v,
            std::abs(v) * y.e + std::abs(y.v) * e + e * y.e};
  }
};
template <class T> int hp_sg(Rm<T> x) {  // 2: not sure
  return std::abs(x.v) > x.e || x.e == 0 ? hp_sg(x.v) : 2;
}
// an expansion: the exact sum of c, nonoverlapping parts in
// increasing magnitude; add: Grow-Expansion (two-sum); *: FMA
// two-products
template <class T> struct Xp {
  std::vector<T> c;
  Xp(T x = 0) : c(x != 0, x) {}
  void add(T b) {
    size_t k = 0;
    for (T a : c) {
      T s = a + b, z = s - a;
      c[k] = a - (s - z) + (b - z), k += c[k] != 0, b = s;
    }
    c.resize(k);
    if (b != 0) c.push_back(b);
  }
  Xp operator+(Xp y) const {
    for (T b : c) y.add(b);
    return y;
  }
  Xp operator-(Xp y) const {
    for (T& b : y.c) b = -b;
    return *this + y;
  }
  Xp operator*(const Xp& y) const {
    Xp r;
    for (T a : c)
      for (T b : y.c)
        r.add(a * b), r.add(std::fma(a, b, -a * b));
    return r;
  }
  explicit operator T() const {  // from the largest part
    return std::accumulate(c.rbegin(), c.rend(), T(0));
  }
};
template <class T> int hp_sg(Xp<T> x) { return hp_sg(T(x)); }

template <class T>
std::vector<Point<frac_t<T>>> halfplane_intersection_exact(
    const std::vector<Line<T>>& H, T box = T(0)) {
  if constexpr (!is_exact_v<T>)
    for (auto& l : H)  // 0 or 1e-60 <= |x| <= 1e60
      for ([[maybe_unused]] T x :
           {l.a.x, l.a.y, l.b.x, l.b.y, box})
        assert(x == 0 ||
               (std::abs(x) >= 1e-60 && std::abs(x) <= 1e60));
  return halfplane_intersection<T, Rm, Xp>(H, box);
}

}  // namespace geo
