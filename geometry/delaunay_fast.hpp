// delaunay_fast.hpp: delaunay's contract (delaunay.hpp),
// faster. delaunay_fast(p): a Triangulation as delaunay(p)
// documents it
//   (same rep and edges count; the same triangles unless 4+
//   points are cocircular, then another Delaunay choice).
// in_circle_fast(a, b, c, d): in_circle's answer; long long: a
//   double filter first, the exact in_circle when it is
//   unsure.
// Time: O(n log n), memory O(n); no global sort. Points are
//   counting-sorted into x-buckets split at the x-quantiles of
//   a sample, grouped into vertical strips of about sqrt(n log
//   n) / 2 points; each strip is sorted by y and triangulated
//   by halving across y (the plane turned by -90 degrees),
//   then the strips are merged pairwise across x (Dwyer's
//   cuts: fewer long thin triangles built, deleted).
// Precision: as delaunay. The filter: differences exact in
//   double, error < 8u times the permanent (u = 2^-53); a zero
//   permanent means every term is 0.
// Degenerate: as delaunay.
// Source: R. A. Dwyer, Algorithmica 2 (1987) (strips); J. R.
//   Shewchuk, "Adaptive precision floating-point arithmetic
//   and fast robust geometric predicates" (1997) (filter).
// Tests: unit delaunay_fast_test; property delaunay_prop
//   (both variants); bench delaunay_bench.
#pragma once
#include "delaunay.hpp"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace geo {

template <class T> int in_circle_fast(Point<T> a, Point<T> b,
                                      Point<T> c, Point<T> d) {
  if constexpr (std::is_same_v<T, long long>) {
    Point<double> A(double(a.x - d.x), double(a.y - d.y)),
        B(double(b.x - d.x), double(b.y - d.y)),
        C(double(c.x - d.x), double(c.y - d.y));
    double det = 0, perm = 0;
    auto t = [&](auto p, auto q, auto r) {
      double l = p.norm2();
      det += l * q.cross(r);
      perm += l * (std::abs(q.x * r.y) + std::abs(q.y * r.x));
    };
    t(A, B, C), t(B, C, A), t(C, A, B);  // perm = 0: all 0
    if (perm == 0 || std::abs(det) > 0x1p-50 * perm)
      return (det > 0) - (det < 0);
  }
  return in_circle(a, b, c, d);
}

template <class T>
Triangulation delaunay_fast(const std::vector<Point<T>>& p) {
  for ([[maybe_unused]] auto& q : p) assert(in_range(q, 1e9));
  size_t n = p.size(), m = 0, w, F, k, P2 = 1;
  std::vector<int> rep(n);
  std::vector<size_t> cut{0}, bk(n);
  w = 2 + size_t(std::sqrt(double(n) * std::log2(n + 1)) / 2);
  F = 2 * n / w, k = std::min(n, 16 * F);  // buckets, sample
  std::vector<T> sm;  // padded for a branch-free search
  for (size_t i = 0; i < k; i++) sm.push_back(p[i * n / k].x);
  std::sort(sm.begin(), sm.end());
  while (P2 <= k) P2 *= 2;
  sm.resize(P2 - 1, std::numeric_limits<T>::max());
  std::vector<size_t> st(F + 2);  // to be: bucket b at st[b]
  for (size_t i = 0, b, s; i < n; i++) {
    for (b = 0, s = P2 / 2; s > 0; s /= 2)  // sample <= x
      b += sm[b + s - 1] <= p[i].x ? s : 0;
    bk[i] = b * F / (k + 1), st[bk[i] + 2]++;
  }
  for (size_t b = 1; b <= F; b++) st[b + 1] += st[b];
  std::vector<std::pair<Point<T>, int>> s(n);
  auto S = s.data();
  for (size_t i = 0; i < n; i++)
    S[st[bk[i] + 1]++] = {p[i], int(i)};
  auto f1 = [](auto& a, auto& b) {  // by (y, -x, index)
    return std::tuple(a.first.y, b.first.x, a.second) <
           std::tuple(b.first.y, a.first.x, b.second);
  };
  // Strips: consecutive buckets, >= w points, sorted by f1,
  // duplicates merged; < 2 distinct points: join the next.
  for (size_t b0 = 0, b1 = 0; b0 < F; b0 = b1) {
    while (b1 < F && st[b1] - st[b0] < w) b1++;
    auto e = std::move(S + st[b0], S + st[b1], S + m);
    std::sort(S + cut.back(), e, f1);
    m = cut.back();
    for (auto i = S + m, j = i; i < e; S[m++] = *i, i = j)
      for (; j < e && j->first == i->first; j++)
        rep[size_t(j->second)] = i->second;
    if (m - cut.back() >= 2) cut.push_back(m);
  }
  if (cut.size() > 1 && m - cut.back() == 1)  // join the last
    cut.back() = m, std::sort(S + cut.end()[-2], S + m, f1);
  if (m < 2) return {{}, {}, rep};
  Delaunay<T, in_circle_fast<T>> d;
  for (size_t i = 0; i < m; i++)
    d.P.push_back(S[i].first), d.id.push_back(S[i].second);
  d.H.reserve(6 * m + 8);
  auto X = [&](int e) { return d.pt(d.org(e)); };
  auto rec = [&](auto& self, size_t a, size_t b) {
    if (b - a == 1) {  // a strip; its hull edges out of the
      int e = d.build(int(cut[a]), int(cut[b])).first, l = e,
          h = e;  // x-extremes
      for (int f = d.nx(e ^ 1); f != e; f = d.nx(f ^ 1))
        l = X(f) < X(l) ? f : l, h = X(h) < X(f) ? f : h;
      return std::pair(l, d.pv(h));
    }
    auto l = self(self, a, (a + b) / 2);
    return d.merge(l, self(self, (a + b) / 2, b));
  };
  return d.out(rec(rec, 0, cut.size() - 1).first, rep);
}

}  // namespace geo
