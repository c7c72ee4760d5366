// circle/max_cover.hpp: the most points a closed disc of
// radius R covers (points on its circle and repeated points
// all count).
// max_cover(P, R) -> int: 0 for empty P, else >= 1.
// How: an optimal disc can be moved until a point p is on its
//   circle; its centre is then p + R (cos t, sin t), and q (v
//   = q - p, 0 < |v| <= 2R) is covered for t in [phi - a, phi
//   + a], phi = arg v, a = acos(|v| / 2R): events at the
//   directions v |v|^2 -+ perp(v) sqrt(S), S = |v|^2 (4R^2 -
//   |v|^2), swept counter-clockwise from angle 0 with entries
//   before exits at one direction (a closed disc).
// Time: O(n^2 log n).
// Precision: long long: exact for |x|,|y| <= 1e9 and R <= 2e4
//   (asserted): each event's half-plane and the sign of the
//   cross product of two events are signs of a sqrt(A) + b
//   sqrt(B) with integers, decided by one squaring in __int128
//   (largest term 1024 R^8 <= 1.7e38); a double filter decides
//   when |cross| > 1e-11 (4 R^2), far above its rounding. So
//   three points on one circle of radius R and pairs exactly
//   2R apart are ties, found exactly (docs: the derivation).
//   Floating: eps is a LENGTH: the sweep runs with radius R +
//   eps and each angle interval widened by eps / 2 (R + eps):
//   the answer k has cover(R) <= k <= cover(R + 2 eps), cover
//   exact on the given numbers, while R <= eps / (64u) (1.4e5
//   at eps 1e-9, u = 2^-53).
// Degenerate: empty P: 0; R = 0: the most repeated point;
//   equal points always counted together; collinear points
//   fine. Asserts R >= 0 and every point in range.
// Source: the angular sweep (e.g. cp-algorithms, "circle and
//   points", POJ 1981); the exact comparison is ours (docs).
// Tests: unit circle_max_cover_test; property
//   circle_max_cover_prop; judge max_points_in_circle.
#pragma once
#include "../point.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace geo {

// sign of a sqrt(A) + b sqrt(B), A, B >= 0 (exact in W)
template <class W> int sgn2(W a, W A, W b, W B) {
  int i = A > 0 ? (a > 0) - (a < 0) : 0,
      j = B > 0 ? (b > 0) - (b < 0) : 0;
  W x = a * a * A, y = b * b * B;
  return i == j || !j ? i : !i ? j : i * ((x > y) - (x < y));
}
template <class T>
int max_cover(const std::vector<Point<T>>& P, T R) {
  using F = real_t<T>;
  using W = wide_t<T>;
  assert(R >= 0 && (!is_exact_v<T> || R <= T(2e4)));
  struct E {  // v = q - p, D = |v|^2, s = -1 entry, +1 exit
    Point<T> v;
    T D;
    int s, h;  // h: 0 for angles in [0, pi), else 1 (exact T)
    F a;       // the angle (the key)
  };
  F r = F(R) + F(eps<T>), pi = std::acos(F(-1));
  T w = 4 * R * R;
  auto ev = [&](Point<T> v, T D, int s) {
    E e{v, D, s, 0, 0};
    if constexpr (is_exact_v<T>) {
      W S = W(D) * (w - D), y = W(v.y) * D, x = W(v.x) * D;
      int a = sgn2<W>(y, 1, s * v.x, S);
      e.h = a < 0 || (!a && sgn2<W>(x, 1, -s * v.y, S) < 0);
    }
    F z = std::max(4 * r * r - F(D), F(0)),
      d = std::sqrt(F(D));
    e.a = std::atan2(F(v.y), F(v.x)) +
          s * (std::atan2(std::sqrt(z), d) +
               F(eps<T>) / (2 * r));
    e.a -= 2 * pi *
           std::round((e.a - pi / 2 - pi * e.h) / 2 / pi);
    return e;
  };
  auto turn = [&](const E& e, const E& f) {  // sign e.u x f.u
    W C = e.v.cross(f.v), d = e.v.dot(f.v), M = W(e.D) * f.D,
      G = w - e.D, H = w - f.D, s = e.s * f.s;
    int x = sgn2<W>(1, M, s, G * H),
        y = f.s * sgn2<W>(1, e.D * H, -s, f.D * G);
    int c = x * ((C > 0) - (C < 0)),
        k = y * ((d > 0) - (d < 0));
    W m = x * M - w * (d < 0 ? -d : d);
    return c == k || !k ? c
           : !c         ? k
                        : c * sgn2<W>(m, 1, x * s, M * G * H);
  };
  auto lt = [&](const E& e, const E& f) {
    int o = (e.a < f.a) - (f.a < e.a);
    if constexpr (is_exact_v<T>)
      o = e.h != f.h                 ? f.h - e.h
          : e.v == f.v && e.s == f.s ? 0
                                     : turn(e, f);
    return o ? o > 0 : e.s < f.s;
  };
  int best = 0;
  for (auto p : P) {
    std::vector<E> V;
    int k = 0;
    for (auto q : P) {
      assert(in_range(q, 1e9));
      auto v = q - p;
      T D = v.norm2();
      if (D == 0) k++;
      else if (is_exact_v<T> ? D <= w
                             : std::sqrt(F(D)) <= 2 * r)
        V.push_back(ev(v, D, -1)), V.push_back(ev(v, D, 1)),
            k += lt(V.back(), V.end()[-2]);  // wraps past 0
    }
    std::sort(V.begin(), V.end(), [](auto& e, auto& f) {
      return e.a < f.a || (e.a == f.a && e.s < f.s);
    });
    for (size_t i = 0, j = 0; is_exact_v<T> && i < V.size();
         i = j) {
      while (++j < V.size() && V[j].a - V[j - 1].a < 1e-9) {}
      std::sort(V.begin() + i, V.begin() + j, lt);  // exact
    }
    best = std::max(best, k);
    for (auto& e : V) best = std::max(best, k -= e.s);
  }
  return best;
}

}  // namespace geo
