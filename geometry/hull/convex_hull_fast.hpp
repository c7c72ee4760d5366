// hull/convex_hull_fast.hpp: convex_hull's contract (hull/convex_hull.hpp), faster.
// convex_hull_fast(pts), convex_hull_fast<true>(pts): the same output as convex_hull(pts),
//   convex_hull<true>(pts) (order, start, degenerate cases, floating eps rules). Takes
//   pts by const& and copies only the points the pre-pass keeps.
// Time O(n log n); about 0.15x a std::sort of the input on uniform points, 0.4-0.6x with
//   every point on the hull. One pass drops the points strictly inside the 16-gon P of a
//   sample's extreme points in 16 directions (Akl-Toussaint; skipped when the sample says
//   it would drop < 1/4); the rest is sorted by (y, x) (radix sort for long long and
//   double) and goes to convex_hull's chains (hull_of_sorted).
// Precision: as convex_hull. long long: |x|,|y| <= 1e9 (asserted) keeps the pre-pass's
//   cross products below 8e18, its keys and levels below 2e11. Floating: the pre-pass
//   drops only points at least 2 eps inside P.
// Degenerate: as convex_hull.
// Source: S. G. Akl, G. T. Toussaint, IPL 7 (1978); radix sort: Knuth, TAOCP 3, 5.2.5;
//   order-preserving bits of a double: M. Herf, "Radix Tricks".
#pragma once
#include "convex_hull.hpp"
#include <algorithm>
#include <cassert>
#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

namespace geo {

// Sorts p by (y, x). long long and double, n >= 512: LSD radix sort by y on 8-bit digits,
// skipping the digits every key shares, then each run of equal y sorted by x.
template <class T> void sort_by_y_then_x(std::vector<Point<T>>& p) {
  using U = unsigned long long;
  constexpr bool dbl = std::is_same_v<T, double>;
  if constexpr (dbl || std::is_same_v<T, long long>) {
    if (p.size() >= 512) {
      U base = ~U(0);  // long long: the key is y - min y (unsigned: any range)
      if constexpr (!dbl)
        for (const Point<T>& q : p) base = std::min(base, static_cast<U>(q.y) ^ U(1) << 63);
      auto key = [base](const Point<T>& q) {
        U u = static_cast<U>(q.y);
        if constexpr (dbl) {
          if (q.y == 0) return U(1) << 63;  // -0.0 as +0.0
          std::memcpy(&u, &q.y, sizeof u);
          return u >> 63 ? ~u : u | U(1) << 63;  // negatives reversed, below the positives
        }
        return (u ^ U(1) << 63) - base;
      };
      std::vector<std::size_t> cnt(8 * 257);
      for (const Point<T>& q : p)
        for (U k = key(q), d = 0; d < 8; d++, k >>= 8) cnt[d * 257 + (k & 255) + 1]++;
      std::vector<Point<T>> tmp(p.size());
      for (U d = 0; d < 8; d++) {
        std::size_t* c = &cnt[d * 257];
        if (c[(key(p[0]) >> 8 * d & 255) + 1] == p.size()) continue;  // a digit all share
        for (int b = 0; b < 256; b++) c[b + 1] += c[b];
        for (const Point<T>& q : p) tmp[c[key(q) >> 8 * d & 255]++] = q;
        p.swap(tmp);
      }
      for (auto i = p.begin(), j = i; i != p.end(); i = j) {  // ties in y: by x
        while (++j != p.end() && j->y == i->y) {}
        if (j - i > 1) std::sort(i, j, [](const Point<T>& a, const Point<T>& b) { return a.x < b.x; });
      }
      return;
    }
  }
  std::sort(p.begin(), p.end(), [](const Point<T>& a, const Point<T>& b) {
    return a.y < b.y || (a.y == b.y && a.x < b.x);
  });
}

template <bool keep_collinear = false, class T>
std::vector<Point<T>> convex_hull_fast(const std::vector<Point<T>>& pts) {
  if (pts.empty()) return {};
  for (const auto& q : pts) assert(in_range(q, 1000000000));
  // Pre-pass. P: the extremes of a sample in 16 directions (a, b), key a x + b y, from -90
  // degrees counter-clockwise (consecutive repeats removed); points strictly inside P go.
  // Q: the 16-gon {key_k < lev_k for all k} (16 comparisons, no products), the polygon of
  // the sample's support lines shrunk towards P's centroid by a factor lambda, the largest
  // of 31/32, ..., 1/2 for which Q's vertices are strictly inside P (else Q is empty). Then
  // Q lies strictly inside P (every edge of Q lies between two checked vertices): it only
  // decides the bulk of the points faster, with no products.
  constexpr int D = 16;  // dir[k + 8] = -dir[k]
  static constexpr int dir[D][2] = {{0, -1}, {1, -2}, {1, -1}, {2, -1}, {1, 0}, {2, 1}, {1, 1}, {1, 2},
                                    {0, 1}, {-1, 2}, {-1, 1}, {-2, 1}, {-1, 0}, {-2, -1}, {-1, -1}, {-1, -2}};
  auto keys = [](const Point<T>& q, T* key) {  // key[k] = dir[k] . q, by sums
    const T s = q.x + q.y, d = q.x - q.y;
    const T k[D / 2] = {-q.y, d - q.y, d, d + q.x, q.x, s + q.x, s, s + q.y};
    for (int i = 0; i < D / 2; i++) key[i] = k[i], key[i + D / 2] = -k[i];
  };
  T best[D], key[D];
  Point<T> ext[D];
  const std::size_t stride = pts.size() / 1024 + 1;
  for (std::size_t i = 0; i < pts.size(); i += stride) {
    keys(pts[i], key);
    for (int k = 0; k < D; k++)
      if (i == 0 || key[k] > best[k]) best[k] = key[k], ext[k] = pts[i];
  }
  std::vector<Point<T>> poly;
  for (const Point<T>& e : ext)
    if (poly.empty() || e != poly.back()) poly.push_back(e);
  while (poly.size() > 1 && poly.back() == poly[0]) poly.pop_back();
  const int m = static_cast<int>(poly.size());
  Point<T> edge[D], start[D], c, lb = poly[0], ub = poly[0];  // c: centroid, [lb, ub]: box
  T margin[D];  // q is inside P iff edge[k].cross(q - start[k]) > margin[k] for every k
  for (int k = 0; k < D; k++) {  // fewer than D edges: repeat edge 0; fewer than 3: none
    const Point<T>* o = poly.data();
    start[k] = m >= 3 ? o[k < m ? k : 0] : pts[0];
    edge[k] = m >= 3 ? o[k + 1 < m ? k + 1 : (k < m ? 0 : 1)] - start[k] : Point<T>();
    margin[k] = T(0);
    if constexpr (!is_exact_v<T>) margin[k] = 2 * eps<T> * edge[k].norm();
  }
  for (const Point<T>& v : poly) {
    c += v;
    lb = {std::min(lb.x, v.x), std::min(lb.y, v.y)}, ub = {std::max(ub.x, v.x), std::max(ub.y, v.y)};
  }
  c = c / T(m);
  auto inside = [&](const Point<T>& q, int f) {  // long long: |cross| <= 2 (2e9)^2 < 2^63
    bool in = true;
    for (int k = 0; k < D; k++) in &= edge[k].cross(q - start[k]) > T(f) * margin[k];
    return in;
  };
  T lev[D], kc[D];
  keys(c, kc);
  for (int num : {31, 30, 29, 28, 27, 26, 25, 24, 22, 20, 16, 0}) {  // lambda = num / 32; 0: Q empty
    bool ok = true;
    for (int k = 0; k < D; k++) lev[k] = kc[k] + (best[k] - kc[k]) * T(num) / T(32);
    for (int k = 0; k < D && ok; k++) {  // vertex on lines k, k + 1 (determinant 1)
      const int* a = dir[k];
      const int* b = dir[(k + 1) % D];
      const Point<T> v{lev[k] * T(b[1]) - lev[(k + 1) % D] * T(a[1]),
                       lev[(k + 1) % D] * T(a[0]) - lev[k] * T(b[0])};
      ok = lb.x <= v.x && v.x <= ub.x && lb.y <= v.y && v.y <= ub.y && inside(v, 2);
    }  // floating: twice the margin covers the rounding of lev and v
    if (ok) break;
  }
  using U = unsigned long long;  // long long: lo < key < hi as one unsigned comparison
  U width[D / 2] = {};
  if constexpr (std::is_same_v<T, long long>)
    for (int k = 0; k < D / 2; k++)
      if (-lev[k + D / 2] < lev[k]) width[k] = static_cast<U>(lev[k] + lev[k + D / 2] - 1);
  auto between = [&](T t, int k) -> int {  // -lev[k + 8] < t < lev[k]
    if constexpr (std::is_same_v<T, long long>) return static_cast<U>(t + lev[k + D / 2] - 1) < width[k];
    else return (-lev[k + D / 2] < t) && (t < lev[k]);
  };
  auto in_q = [&](const Point<T>& q) {
    const T s = q.x + q.y, d = q.x - q.y;
    return between(-q.y, 0) & between(d - q.y, 1) & between(d, 2) & between(d + q.x, 3) &
           between(q.x, 4) & between(s + q.x, 5) & between(s, 6) & between(s + q.y, 7);
  };
  std::size_t sampled = 0, sample_inside = 0;
  for (std::size_t i = 0; i < pts.size(); i += stride) sampled++, sample_inside += inside(pts[i], 1);
  std::vector<Point<T>> p;  // pass 1, unless the sample says it drops little
  if (4 * sample_inside >= sampled) {
    for (const Point<T>& q : pts)
      if (!in_q(q) && !inside(q, 1)) p.push_back(q);
  } else {
    p = pts;
  }
  sort_by_y_then_x(p);
  p.erase(std::unique(p.begin(), p.end()), p.end());
  return hull_of_sorted<keep_collinear>(std::move(p));
}

}  // namespace geo
